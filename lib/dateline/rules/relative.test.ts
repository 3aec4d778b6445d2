// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayWord, relativeDates, relativeMinutes } from './relative';
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
  });
  it('reads day words with their weekday, time and zone, anchored to the visit', () => {
    const sunday = new Date('2024-06-02T12:00:00Z');
    expect(dayWord('اليوم (الأحد)', sunday)).toMatchObject({ days: 0, hh: null });
    expect(dayWord('Yesterday at 6:12 pm ET', sunday)).toMatchObject({ days: -1, hh: 18, mi: 12, offset: -240 });
    expect(dayWord("Aujourd'hui à 06h12", sunday)).toMatchObject({ days: 0, hh: 6, mi: 12, offset: null });
    expect(dayWord('آخر تحديث: اليوم 09:00', sunday)).toMatchObject({ kind: 'modified', hh: 9 });
    // A weekday one day off is the page's own zone; further off, nothing is read.
    expect(dayWord('اليوم (السبت)', sunday)).toMatchObject({ days: -1 });
    expect(dayWord('اليوم (الأربعاء)', sunday)).toBeNull();
  });
  it('reads a day word only when the line holds nothing else', () => {
    const now = new Date('2024-06-02T12:00:00Z');
    for (const t of ['ليبيا اليوم', "Today's news", 'The minister said yesterday', 'Today 5 people died', 'سياسة اليوم']) expect(dayWord(t, now), t).toBeNull();
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
