// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isoUtc, usDst, whenToMs, zoneOffset } from './zones';

describe('zones', () => {
  it('follows US daylight-saving dates for ET/PT', () => {
    expect(usDst(2021, 3, 13)).toBe(false);
    expect(usDst(2021, 3, 14)).toBe(true);
    expect(usDst(2021, 11, 6)).toBe(true);
    expect(usDst(2021, 11, 7)).toBe(false);
    expect(zoneOffset('ET', 2021, 7, 1)).toBe(-240);
    expect(zoneOffset('PT', 2021, 1, 1)).toBe(-480);
  });
  it('knows fixed abbreviations and leaves ambiguous ones out', () => {
    expect(zoneOffset('CEST', 2021, 7, 1)).toBe(120);
    expect(zoneOffset('IST', 2021, 7, 1)).toBeUndefined();
  });
  it('converts local wall time to UTC ISO', () => {
    expect(isoUtc(whenToMs({ y: 2020, m: 12, d: 27, hh: 9, mi: 12, ss: 0, offset: 180 }))).toBe('2020-12-27T06:12:00Z');
    expect(isoUtc(whenToMs({ y: 2020, m: 12, d: 27, hh: 9, mi: 12, ss: 0, offset: null }, -300))).toBe('2020-12-27T14:12:00Z');
  });
});
