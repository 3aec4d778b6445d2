// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text';
import { tables } from './months';

const first = (s: string, lang?: string) => parseText(s, { lang }).dates[0];

describe('month tables', () => {
  it('hold Intl names and the data-file variants', () => {
    const { months, weekdays } = tables();
    expect(months.get('كانون الثاني')).toEqual({ month: 1, cal: 'gregory' });
    expect(months.get('جويلية')).toEqual({ month: 7, cal: 'gregory' });
    expect(months.get('дек')?.month ?? months.get('декабря')?.month).toBe(12);
    expect(months.get('فروردين')).toEqual({ month: 1, cal: 'persian' });
    expect(months.get('رمضان')).toEqual({ month: 9, cal: 'islamic' });
    expect(weekdays.get('الاحد')).toBe(0);
  });
});

describe('parseText', () => {
  it('reads day, month, year, time and GMT in any order («GMT 06:12 2020 الأحد ,27 …»)', () => {
    const d = first('GMT 06:12 2020 الأحد ,27 كانون الأول / ديسمبر');
    expect(d.when).toEqual({ y: 2020, m: 12, d: 27, hh: 6, mi: 12, ss: 0, offset: 0 });
    expect(d.weekdayOk).toBe(true);
  });
  it('flags a weekday that contradicts the date', () => {
    expect(first('Monday, December 27, 2020').weekdayOk).toBe(false);
  });
  it('reads month-first numeric dates for English, day-first otherwise', () => {
    expect(first('05/11/2020', 'en').when.m).toBe(5);
    expect(first('05/11/2020', 'fr').when.m).toBe(11);
    expect(first('13/11/2020', 'en').when).toMatchObject({ m: 11, d: 13 });
  });
  it('converts 12-hour clocks (am/pm, ص/م)', () => {
    expect(first('Dec 27, 2020 12:05 am').when.hh).toBe(0);
    expect(first('27 ديسمبر 2020 10:30 م').when.hh).toBe(22);
  });
  it('reads named zones and offsets', () => {
    expect(first('Dec 27, 2020 6:12 PM EST').when.offset).toBe(-300);
    expect(first('July 4, 2021 6:12 PM ET').when.offset).toBe(-240);
    expect(first('27.12.2020 06:12 +0300').when.offset).toBe(180);
    expect(first('27.12.2020 06:12').when.offset).toBeNull();
  });
  it('marks dates without a year', () => {
    expect(first('PARIS, 27 déc (AFP)').yearless).toBe(true);
  });
  it('converts Solar Hijri and Islamic dates through Intl', () => {
    expect(first('۷ دی ۱۳۹۹').when).toMatchObject({ y: 2020, m: 12, d: 27 });
    expect(first('12 جمادى الأولى 1442').when).toMatchObject({ y: 2020, m: 12, d: 27 });
  });
  it('finds nothing in text without a date', () => {
    expect(parseText('May the best team win on Sunday').dates).toEqual([]);
    expect(parseText('Call 555-1234 at 10:30').dates).toEqual([]);
  });
  it('pairs each date with its own time', () => {
    const ds = parseText('Published 27 Dec 2020 06:12, updated 28 Dec 2020 08:00').dates;
    expect(ds.map((d) => [d.when.d, d.when.hh])).toEqual([[27, 6], [28, 8]]);
  });
});
