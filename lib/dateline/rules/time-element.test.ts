// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timeElementDates } from './time-element';
import { buildRegion } from '../region';
import { article, page, LONG_EN } from '../../../test/unit/dateline/dom';

describe('time-element rule', () => {
  it('reads <time datetime> in the header with published/updated kinds', () => {
    const doc = article('<p>Posted <time datetime="2020-12-27T06:12:00Z">Dec 27</time></p><p>Updated <time datetime="2020-12-28T06:12:00Z">Dec 28</time></p>');
    const c = timeElementDates(buildRegion(doc, null));
    expect(c.map((x) => `${x.kind}:${x.when.d}:${x.confidence}`)).toEqual(['published:27:0.85', 'modified:28:0.85']);
  });
  it('reads data-* timestamps and <time> text', () => {
    const doc = article('<span data-timestamp="1609049520"></span><time>27 December 2020</time>');
    const c = timeElementDates(buildRegion(doc, null));
    expect(c.map((x) => x.when.d)).toEqual([27, 27]);
  });
  it('skips time elements in asides, nav, comments and other stories', () => {
    const doc = page(`<main><article><h1>Headline of the main story on this page</h1><p>${LONG_EN}</p><div class="comments"><time datetime="2021-01-01">a</time></div><article><a href="/o">Another story with a long enough headline</a><time datetime="2021-01-02">b</time></article></article><aside><time datetime="2021-01-03">c</time></aside><nav><time datetime="2021-01-04">d</time></nav></main>`);
    expect(timeElementDates(buildRegion(doc, null))).toEqual([]);
  });
  it('trusts body-zone times less than header ones', () => {
    const doc = article('', '', { after: '<p><time datetime="2020-12-27">x</time></p>' });
    expect(timeElementDates(buildRegion(doc, null))[0].confidence).toBeLessThan(0.85);
  });
});
