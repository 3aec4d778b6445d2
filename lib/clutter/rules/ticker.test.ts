import { describe, expect, it } from 'vitest';
import { ticker } from './ticker';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('ticker rule', () => {
  it('finds a marquee crawl with its «عاجل» label, and a "Breaking" strip', () => {
    const ctx = ctxFor(`
      <div id="t1"><span>عاجل</span><marquee><a href="/n/1">خبر عاجل عن زيارة الوفد إلى العاصمة</a></marquee></div>
      <div id="t2"><b>Breaking</b> <a href="/n/2">Storm closes the harbour for two days</a> <a href="/n/3">Minister resigns</a></div>`, { lang: 'ar' });
    expect(proposed(ticker, ctx)).toEqual(expect.arrayContaining(['div#t1', 'div#t2']));
  });
  it('finds class-named tickers but not a prose article tagged breaking', () => {
    const ctx = ctxFor(`
      <div class="news-ticker" id="k"><a href="/a">One headline here</a> · <a href="/b">Another headline</a></div>
      <article class="breaking" id="art"><p>${prose(6)}</p></article>`);
    const got = proposed(ticker, ctx);
    expect(got).toContain('div#k.news-ticker');
    expect(got).not.toContain('article#art.breaking');
  });
});
