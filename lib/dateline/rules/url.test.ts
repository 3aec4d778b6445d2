// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { urlDates } from './url';

describe('url rule', () => {
  it('reads /yyyy/mm/dd/, yyyy-mm-dd and yyyymmdd', () => {
    expect(urlDates('https://x.com/2020/12/27/title')[0].when).toMatchObject({ y: 2020, m: 12, d: 27, hh: null });
    expect(urlDates('https://x.com/news/2020-12-27-title')[0].when.d).toBe(27);
    expect(urlDates('https://x.com/a/story-20201227.html')[0].when.m).toBe(12);
  });
  it('ignores ids, month-only paths and impossible days', () => {
    expect(urlDates('https://x.com/news/242/turkey.html')).toEqual([]);
    expect(urlDates('https://x.com/2020/12/title')).toEqual([]);
    expect(urlDates('https://x.com/2020/13/45/title')).toEqual([]);
    expect(urlDates('https://x.com/item/12345678')).toEqual([]);
  });
});
