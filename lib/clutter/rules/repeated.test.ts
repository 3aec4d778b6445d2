import { describe, expect, it } from 'vitest';
import { repeated } from './repeated';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('repeated rule', () => {
  it('finds footers printed twice and rows of the same brand word, not unique lines', () => {
    const ctx = ctxFor(`
      <article id="art"><p>${prose(4)}</p><span>brandname</span></article>
      <footer>
        <div class="copy" id="c1"><p>All rights reserved 2023</p></div>
        <div class="copy" id="c2"><p>All rights reserved 2023</p></div>
        <div class="brand" id="b1"><span>brandname</span> <span>brandname</span></div>
        <div class="brand" id="b2"><span>brandname</span></div>
        <address id="addr">1 Main Street</address>
      </footer>`, { kept: 'article p', root: 'article' });
    expect(proposed(repeated, ctx)).toEqual(['div#c1.copy', 'div#c2.copy', 'div#b1.brand', 'div#b2.brand']);
  });
  it('ignores attribute text, the article, and the header/nav', () => {
    const ctx = ctxFor(`
      <header id="h"><nav><a href="/">Home</a><a href="/news">World news</a><a href="/c">Contact the newsroom</a></nav><img alt="Site" src="l.png"></header>
      <article id="art"><p>${prose(2)}</p><p>Same line twice</p><p>Same line twice</p></article>
      <div id="x"><img alt="Site" src="l.png"><span>Site map</span></div>
      <div id="f"><a href="/">Home</a><a href="/news">World news</a><a href="/c">Contact the newsroom</a></div>`, { kept: 'article p', root: 'article' });
    expect(proposed(repeated, ctx)).toEqual(['div#f']);
  });
  it('keeps the first of far-apart copies, and short labels repeated only twice', () => {
    const ctx = ctxFor(`
      <div id="list"><ul><li><p id="ing">Smoked paprika powder, two teaspoons</p></li><li><p>Salt</p></li></ul></div>
      <div id="sp"><section><div><h2 id="echo">Smoked paprika powder, two teaspoons</h2></div></section><span>60 min.</span></div>
      <div id="st"><span>60 min.</span></div>`);
    expect(proposed(repeated, ctx)).toEqual(['section']); // the echo's outermost wrapper with the same text
  });
});
