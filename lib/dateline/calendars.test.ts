// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toGregorian } from './calendars';
import { hebrewNumerals, parseText } from './parse-text';

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
  it('converts Hebrew dates by month name, leap-year Adar I/II included (Intl "hebrew")', () => {
    expect(toGregorian('hebrew', 5781, 4, 12)).toEqual({ y: 2020, m: 12, d: 27 }); // 12 Tevet 5781
    expect(toGregorian('hebrew', 5785, 1, 1)).toEqual({ y: 2024, m: 10, d: 3 }); // Rosh Hashana 5785
    expect(toGregorian('hebrew', 5784, 8, 14)).toEqual({ y: 2024, m: 3, d: 24 }); // Purim, 14 Adar II 5784
    expect(toGregorian('hebrew', 5783, 7, 14)).toEqual({ y: 2023, m: 3, d: 7 }); // Purim, 14 Adar 5783 (common year)
    expect(toGregorian('hebrew', 5783, 8, 14)).toBeNull(); // no Adar II in a common year
    expect(toGregorian('hebrew', 5781, 14, 29)).toEqual({ y: 2021, m: 9, d: 6 }); // 29 Elul 5781
  });
  it('converts Buddhist Era years (Intl "buddhist": Gregorian months, year − 543)', () => {
    expect(toGregorian('buddhist', 2563, 12, 27)).toEqual({ y: 2020, m: 12, d: 27 });
  });
  it('reads Hebrew numerals for days and years, not the א׳/ב׳ of Adar', () => {
    expect(parseText('י״ב בטבת תשפ״א').dates[0]).toMatchObject({ cal: 'hebrew', when: { y: 2020, m: 12, d: 27 } });
    expect(parseText('ט״ו באדר ב׳ תשפ״ד').dates[0]).toMatchObject({ cal: 'hebrew', when: { y: 2024, m: 3, d: 25 } });
  });
  it('reads the thousands of a Hebrew year («ה׳», a bare «ה») and ASCII geresh/gershayim', () => {
    expect(hebrewNumerals('12 בטבת התשפ״א')).toBe('12 בטבת 5781');
    expect(hebrewNumerals('בטבת ה׳תשפ״א')).toBe('בטבת 5781');
    expect(hebrewNumerals('בטבת ה׳ תשפ״א')).toBe('בטבת 5781');
    expect(hebrewNumerals(`י"ב בטבת ה'תשפ"א`)).toBe('12 בטבת 5781');
    expect(hebrewNumerals("י''ב בטבת תשפ''א")).toBe('12 בטבת 5781');
    // «ה» against a day is an article, not the thousands; «ה׳» before a day is read on its own.
    expect(hebrewNumerals('הי״ב בטבת')).toBe('ה12 בטבת');
    expect(hebrewNumerals('יום ה׳ י״ב בטבת')).toBe('יום 5 12 בטבת');
    expect(parseText('י״ב בטבת, בשנת התשפ״א').dates[0]).toMatchObject({ cal: 'hebrew', when: { y: 2020, m: 12, d: 27 } });
  });
  it('reads Buddhist Era years only on Thai pages', () => {
    expect(parseText('27 ธ.ค. 2563 06:12').dates[0]).toMatchObject({ cal: 'buddhist', when: { y: 2020, m: 12, d: 27, hh: 6 } });
    expect(parseText('27/12/2563', { lang: 'th' }).dates[0]).toMatchObject({ cal: 'buddhist', when: { y: 2020 } });
    expect(parseText('27/12/2563', { lang: 'en' }).dates.every((d) => d.cal === 'gregory')).toBe(true);
  });
});
