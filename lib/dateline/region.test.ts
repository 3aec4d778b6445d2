// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildRegion } from './region';
import { page, LONG_EN } from '../../test/unit/dateline/dom';

describe('buildRegion', () => {
  it('scopes to the headline article and splits header from body', () => {
    const doc = page(`<header><span>Site clock 06:12</span></header><main><article><h1>Headline of the main story on this page</h1><p class="meta">27 Dec 2020</p><p>${LONG_EN}</p><p>Short body line 12</p></article><aside><p>Rail 2021</p></aside></main>`);
    const r = buildRegion(doc, null);
    expect(r.scope.tagName).toBe('ARTICLE');
    expect(r.segments.map((s) => [s.zone, s.lead ?? false, s.text.slice(0, 12)])).toEqual([
      ['header', false, '27 Dec 2020'],
      ['header', true, LONG_EN.slice(0, 12)],
      ['body', false, 'Short body l'],
    ]);
  });
  it('finds the headline before an extraction root and scopes to both', () => {
    const doc = page(`<div id="wrap"><div class="head"><h1>Headline of the main story on this page</h1><span>27 Dec 2020</span></div><div id="content"><p>${LONG_EN}</p></div></div>`);
    const r = buildRegion(doc, doc.getElementById('content'));
    expect(r.headline?.tagName).toBe('H1');
    expect(r.scope.id).toBe('wrap');
  });
  it('marks short paragraphs after the headline, and the one right after the first long paragraph, as possible leads (openings); not date lines', () => {
    const short = 'LONDON (Reuters) - The Bank of England held interest rates on Thursday, its governor said.';
    const doc = page(`<article><p class="kicker">A kicker above the headline that is long enough to count here</p><h1>Headline of the main story on this page</h1><p>Rates stay on hold as the central bank waits for more signs that inflation is easing.</p><p>27 Dec 2020</p><p>${short}</p><p>${LONG_EN}</p><p>${short}</p><p>${short}</p></article>`);
    const r = buildRegion(doc, null);
    expect(r.segments.filter((s) => s.opening).map((s) => [s.zone, s.text.slice(0, 10)])).toEqual([['header', 'Rates stay'], ['header', 'LONDON (Re'], ['body', 'LONDON (Re']]);
  });
  it('never takes a standfirst (by its class or its parent\'s) for the lead or an opening', () => {
    const sf = 'The central bank kept its main rate unchanged for a third meeting in a row, saying it wanted to see more evidence that price pressures are easing before it moves again.';
    const doc = page(`<article><h1>Headline of the main story on this page</h1><p class="standfirst">${sf}</p><div class="dek"><p>${sf.slice(0, 100)}</p></div><p>${LONG_EN}</p></article>`);
    const r = buildRegion(doc, null);
    expect(r.firstLong?.textContent).toBe(LONG_EN);
    expect(r.segments.filter((s) => s.opening)).toEqual([]);
  });
  it('excludes link cards, share bars and nested story cards', () => {
    const doc = page(`<article><h1>Headline of the main story on this page</h1><div class="share-tools"><span>27 Dec</span></div><ul><li><span>1 Jan 2021</span><a href="/x">A different story with a long headline text</a></li></ul><p>${LONG_EN}</p></article>`);
    const r = buildRegion(doc, null);
    expect(r.segments.filter((s) => !s.lead)).toEqual([]);
  });
});
