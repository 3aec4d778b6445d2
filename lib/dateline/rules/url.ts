/**
 * Rule "url": the calendar day in the page address (/2020/12/27/, /2020-12-27-,
 * _20201227_). Gives a day only (no time).
 */
import type { DateCandidate } from '../types';
import { validDay } from '../zones';

/**
 * Candidate from the URL path. Input: page URL. Output: one published candidate
 * (confidence 0.55, dateOnly) or none. Years outside 1995..2100 are ignored.
 */
export function urlDates(url: string): DateCandidate[] {
  let path = url;
  try {
    const u = new URL(url);
    path = decodeURIComponent(u.pathname) + u.search;
  } catch {
    /* not a URL: use the string as is */
  }
  const pats = [
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/,
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/,
  ];
  for (const re of pats) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (y < 1995 || !validDay(y, mo, d)) continue;
    return [{ kind: 'published', when: { y, m: mo, d, hh: null, mi: 0, ss: 0, offset: null }, rule: 'url', text: m[0].replace(/^[/_-]/, ''), confidence: 0.55, dateOnly: true }];
  }
  return [];
}
