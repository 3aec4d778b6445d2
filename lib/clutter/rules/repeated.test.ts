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
      <header id="h"><nav><a href="/">Home</a><a href="/news">News</a></nav><img alt="Site" src="l.png"></header>
      <article id="art"><p>${prose(2)}</p><p>Same line twice</p><p>Same line twice</p></article>
      <div id="x"><img alt="Site" src="l.png"><span>Site map</span></div>
      <div id="f"><a href="/">Home</a><a href="/news">News</a></div>`, { kept: 'article p', root: 'article' });
    expect(proposed(repeated, ctx)).toEqual(['div#f']);
  });
});
