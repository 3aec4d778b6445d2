// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseStructured } from './parse-structured';

describe('parseStructured', () => {
  it('reads ISO 8601 with zone, without zone and date-only', () => {
    expect(parseStructured('2020-12-27T09:12:00+03:00')).toEqual({ y: 2020, m: 12, d: 27, hh: 9, mi: 12, ss: 0, offset: 180 });
    expect(parseStructured('2017-11-03 03:01:00.000000')?.offset).toBeNull();
    expect(parseStructured('2020-12-27')).toMatchObject({ hh: null });
    expect(parseStructured('2017-11-16T14:15+0000')?.offset).toBe(0);
  });
  it('reads Unix seconds and milliseconds', () => {
    expect(parseStructured('1609049520')).toMatchObject({ y: 2020, m: 12, d: 27, hh: 6, mi: 12, offset: 0 });
    expect(parseStructured('1609049520000')).toMatchObject({ hh: 6, mi: 12 });
  });
  it('falls back to the text parser (RFC 2822)', () => {
    expect(parseStructured('Sun, 27 Dec 2020 06:12:00 GMT')).toMatchObject({ y: 2020, hh: 6, offset: 0 });
  });
  it('rejects non-dates and impossible days', () => {
    expect(parseStructured('')).toBeNull();
    expect(parseStructured('2020-02-30')).toBeNull();
    expect(parseStructured('hello')).toBeNull();
  });
});
