// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ianaOffset, isoUtc, usDst, whenToMs, zoneOffset, zonePhraseAt } from './zones';
import { norm } from './normalize';

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
  it('reads zone phrases with the daylight-saving rules of their IANA zone at that date', () => {
    expect(ianaOffset('Europe/Paris', 2020, 12, 27, 6, 12)).toBe(60);
    expect(ianaOffset('Europe/Paris', 2021, 6, 27, 6, 12)).toBe(120);
    // Egypt: no DST in 2020, DST again from 2023.
    expect(zonePhraseAt(norm('بتوقيت القاهرة'), 2020, 7, 1, 10, 0)).toMatchObject({ offset: 120 });
    expect(zonePhraseAt(norm('بتوقيت القاهرة'), 2024, 7, 1, 10, 0)).toMatchObject({ offset: 180 });
    // Iran dropped DST in 2022.
    expect(zonePhraseAt(norm('به وقت تهران'), 2021, 7, 1)?.offset).toBe(270);
    expect(zonePhraseAt(norm('به وقت تهران'), 2023, 7, 1)?.offset).toBe(210);
    expect(zonePhraseAt(norm('(heure de Paris)'), 2021, 6, 27)).toEqual({ offset: 120, length: '(heure de paris)'.length });
    expect(zonePhraseAt(norm('توقيت القاهرة'), 2020, 1, 1)?.offset).toBe(120);
    expect(zonePhraseAt(norm('heure de Parisienne'), 2020, 1, 1)).toBeNull();
    expect(ianaOffset('Nowhere/Zone', 2020, 1, 1)).toBeUndefined();
  });
});
