// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toGregorian } from './calendars';
import { parseText } from './parse-text';

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
  it('converts the tabular and astronomical Islamic variants, which can differ by a day', () => {
    expect(toGregorian('islamic', 1442, 5, 12, 'islamic-civil')).toEqual({ y: 2020, m: 12, d: 27 });
    expect(toGregorian('islamic', 1442, 5, 12, 'islamic-tbla')).toEqual({ y: 2020, m: 12, d: 26 });
  });
  it('picks the Islamic variant that agrees with the Gregorian date or weekday written beside it', () => {
    // Saturday 12 Jumada I 1442 is the astronomical/tabular reading (Umm al-Qura gives Sunday).
    expect(parseText('السبت 12 جمادى الأولى 1442 هـ').dates[0]).toMatchObject({ when: { y: 2020, m: 12, d: 26 }, weekdayOk: true });
    expect(parseText('12 جمادى الأولى 1442 هـ الموافق 26 ديسمبر 2020').dates[0].when).toMatchObject({ m: 12, d: 26 });
    expect(parseText('12 جمادى الأولى 1442 هـ').dates[0].when).toMatchObject({ m: 12, d: 27 });
  });
  it('reads numeric Hijri dates marked هـ, day first', () => {
    expect(parseText('الأحد 12/5/1442هـ', { lang: 'en' }).dates[0]).toMatchObject({ cal: 'islamic', when: { y: 2020, m: 12, d: 27 }, weekdayOk: true });
    expect(parseText('12/5/1442').dates.every((d) => d.cal === 'gregory')).toBe(true);
  });
});
