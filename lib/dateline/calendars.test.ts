// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toGregorian } from './calendars';

describe('toGregorian', () => {
  it('converts Solar Hijri dates (Nowruz 1403 = 2024-03-20)', () => {
    expect(toGregorian('persian', 1403, 1, 1)).toEqual({ y: 2024, m: 3, d: 20 });
    expect(toGregorian('persian', 1399, 10, 7)).toEqual({ y: 2020, m: 12, d: 27 });
  });
  it('converts Umm al-Qura dates (1 Ramadan 1445 = 2024-03-11)', () => {
    expect(toGregorian('islamic', 1445, 9, 1)).toEqual({ y: 2024, m: 3, d: 11 });
  });
  it('returns null for a day that does not exist', () => {
    expect(toGregorian('persian', 1399, 12, 31)).toBeNull();
  });
});
