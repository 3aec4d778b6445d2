// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPageOffset } from './page-offset';
import { buildRegion } from './region';
import { article } from '../../test/unit/dateline/dom';
import type { DateCandidate } from './types';

const cand = (offset: number | null, confidence: number, rule = 'meta'): DateCandidate => ({ kind: 'published', when: { y: 2020, m: 12, d: 27, hh: 6, mi: 0, ss: 0, offset }, rule, text: 'x', confidence });

describe('page offset', () => {
  it('takes the most trusted zoned candidate first, never a relative one', () => {
    const doc = article('');
    expect(findPageOffset(doc, buildRegion(doc, null), [cand(60, 0.5), cand(180, 0.9), cand(-300, 0.99, 'relative')])).toEqual({ offset: 180, from: 'the meta value' });
  });
  it('then the most frequent non-UTC offset of <time datetime> anywhere on the page', () => {
    const doc = article('', '', { after: '<footer><time datetime="2020-12-01T10:00:00+02:00"></time><time datetime="2020-12-02T10:00:00+03:00"></time><time datetime="2020-12-03T10:00+0300"></time><time datetime="2020-12-03T10:00:00Z"></time></footer>' });
    expect(findPageOffset(doc, buildRegion(doc, null), [cand(null, 0.9)])).toEqual({ offset: 180, from: '<time datetime> elsewhere on the page' });
  });
  it('then offsets in meta and JSON-LD values; UTC stamps say nothing', () => {
    const withLd = article('', '', { head: '<script type="application/ld+json">{"@type":"Event","startDate":"2020-12-30T20:00:00-05:00"}</script>' });
    expect(findPageOffset(withLd, buildRegion(withLd, null), [])?.offset).toBe(-300);
    const utc = article('', '', { head: '<meta name="build" content="2020-12-30T20:00:00+00:00"><time datetime="2020-12-30T20:00:00Z"></time>' });
    expect(findPageOffset(utc, buildRegion(utc, null), [])).toBeNull();
  });
});
