// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textDates } from './text-date';
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
});
