// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { relativeDates, relativeMinutes } from './relative';
import { buildRegion } from '../region';
import { article } from '../../../test/unit/dateline/dom';

describe('relative rule', () => {
  it('reads amounts, units and Arabic duals', () => {
    expect(relativeMinutes('منذ ساعتين')).toBe(120);
    expect(relativeMinutes('منذ ساعة')).toBe(60);
    expect(relativeMinutes('قبل 3 أيام')).toBe(3 * 1440);
    expect(relativeMinutes('5 minutes ago')).toBe(5);
    expect(relativeMinutes('il y a 2 heures')).toBe(120);
    expect(relativeMinutes('vor 2 Stunden')).toBe(120);
    expect(relativeMinutes('2 saat önce')).toBe(120);
    expect(relativeMinutes('yesterday')).toBe(1440);
  });
  it('does not fire on ordinary text', () => {
    expect(relativeMinutes('Hours of talks ended')).toBeNull();
    expect(relativeMinutes('ليبيا اليوم')).toBeNull();
  });
  it('anchors to now with low confidence, header zone only', () => {
    const now = new Date('2024-06-01T12:00:00Z');
    const c = relativeDates(buildRegion(article('<span>2 hours ago</span>'), null), now);
    expect(c[0]).toMatchObject({ confidence: 0.3, when: { hh: 10, mi: 0 } });
    expect(relativeDates(buildRegion(article('', '', { after: '<p>2 hours ago</p>' }), null), now)).toEqual([]);
  });
});
