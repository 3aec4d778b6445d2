// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inferYear, textDates } from './text-date';
import { buildRegion } from '../region';
import { article } from '../../../test/unit/dateline/dom';

const now = new Date('2024-06-01T00:00:00Z');

describe('text-date rule', () => {
  it('reads the header date line and classifies updates', () => {
    const doc = article('<p>Published 27 Dec 2020</p><p>Updated 28 Dec 2020</p>');
    expect(textDates(buildRegion(doc, null), now).map((c) => `${c.kind}:${c.when.d}`)).toEqual(['published:27', 'modified:28']);
  });
  it('ignores body dates without a cue and copyright lines', () => {
    const doc = article('<p>© 2020 The Paper, 27 Dec 2020</p>', '', { after: '<p>The match on 27 December 2020 was postponed.</p>' });
    expect(textDates(buildRegion(doc, null), now)).toEqual([]);
  });
  it('accepts a body line with a publication cue at lower confidence', () => {
    const doc = article('', '', { after: '<p>Originally published 27 Dec 2020</p>' });
    expect(textDates(buildRegion(doc, null), now)[0].confidence).toBe(0.5);
  });
  it('fills a missing year from the visit time, never into the future', () => {
    const doc = article('<p>27 Dec</p>');
    const c = textDates(buildRegion(doc, null), new Date('2021-01-10T00:00:00Z'))[0];
    expect(c.when.y).toBe(2020);
    expect(c.confidence).toBeLessThanOrEqual(0.35);
  });
  it('takes the year nearest to a dated hint, never a future day', () => {
    const visit = new Date('2024-06-01T00:00:00Z');
    expect(inferYear(12, 27, visit, { y: 2019, m: 12, d: 27, rule: 'url' })?.year).toBe(2019);
    // 31 Dec next to a URL day of 1 Jan: the day before, in the previous year.
    expect(inferYear(12, 31, visit, { y: 2021, m: 1, d: 1, rule: 'url' })?.year).toBe(2020);
    // The nearest year would be in the future, and the year before is far from the hint:
    // the hint says nothing, the latest past day is taken.
    expect(inferYear(6, 20, visit, { y: 2024, m: 5, d: 30, rule: 'meta' })).toMatchObject({ year: 2023, fromHint: false });
    expect(inferYear(12, 27, visit)?.note).toContain('latest such day before the visit');
    // 29 February: the latest leap year before the visit.
    expect(inferYear(2, 29, new Date('2023-06-01T00:00:00Z'))?.year).toBe(2020);
  });
  it('gives a year-less date the year of the page URL and says so', () => {
    const doc = article('<p>27 Dec</p>');
    const c = textDates(buildRegion(doc, null), new Date('2021-01-10T00:00:00Z'), { y: 2019, m: 12, d: 27, rule: 'url' })[0];
    expect(c.when.y).toBe(2019);
    expect(c.note).toContain('url date 2019-12-27');
  });
});
