import { describe, expect, it } from 'vitest';
import { recircTokens } from './recirc-tokens';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('recirc-tokens rule', () => {
  it('finds promo, related and most-read widgets by class/id tokens', () => {
    const ctx = ctxFor(`
      <div class="promo-box" id="p"><img src="a.png" alt=""><p>Short teaser line</p><h4><a href="/p">Promo headline</a></h4></div>
      <aside id="related-posts"><a href="/1">First related post title</a><a href="/2">Second related post title</a></aside>
      <div class="most-read" id="m"><a href="/3">Most read one</a><a href="/4">Most read two</a></div>`);
    expect(proposed(recircTokens, ctx)).toEqual(['div#p.promo-box', 'aside#related-posts', 'div#m.most-read']);
  });
  it('ignores token boxes without links or made of long prose', () => {
    const ctx = ctxFor(`
      <div class="related" id="r1">${prose(1)}</div>
      <div class="popular" id="r2"><p>${prose(10)}</p><a href="/x">one link</a></div>`);
    expect(proposed(recircTokens, ctx)).toEqual([]);
  });
  it('inside the article, keeps a titled list of fewer than 3 links unless its heading is a related cue; one-link teasers still go', () => {
    const box = (id: string, head: string, n: number) => `<div class="related-posts" id="${id}"><h2>${head}</h2><ul class="related-list">${Array.from({ length: n }, (_, i) => `<li><a href="/${id}${i}">Earlier chapter number ${i} of this long running story</a></li>`).join('')}</ul></div>`;
    const teaser = '<div class="related-teaser" id="t1"><a href="/x">One teaser headline about another story</a></div>';
    const ctx = ctxFor(`<article id="a"><p>${prose(4)}</p>${box('t2', 'Timeline', 2)}${box('t3', 'Timeline', 3)}${box('r2', 'Related stories', 2)}${teaser}</article>${box('o2', 'Timeline', 2)}`, { root: '#a', kept: '#a > p' });
    expect(proposed(recircTokens, ctx)).toEqual(['div#t3.related-posts', 'ul.related-list', 'div#r2.related-posts', 'ul.related-list', 'div#t1.related-teaser', 'div#o2.related-posts', 'ul.related-list']);
  });
});
