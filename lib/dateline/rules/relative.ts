/**
 * Rule "relative": "2 hours ago", «منذ ساعتين», «قبل 3 أيام», "il y a 2 heures",
 * "vor 2 Stunden", "yesterday"/«أمس» in the header zone only, anchored to the
 * visit time. Last resort: confidence 0.3.
 */
import cues from '../data/cues.json';
import type { DateCandidate } from '../types';
import type { Region } from '../region';
import { clip, norm } from '../normalize';

const R = cues.relative as unknown as {
  prefix: string[];
  suffix: string[];
  units: Record<string, number>;
  duals: Record<string, [number, number]>;
  yesterday: string[];
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => xs.map(norm).sort((a, b) => b.length - a.length).map(esc).join('|');
const UNITS = new Map(Object.entries(R.units).map(([k, v]) => [norm(k), v]));
const DUALS = new Map(Object.entries(R.duals).map(([k, v]) => [norm(k), v]));
const UNIT_ALT = alt([...Object.keys(R.units), ...Object.keys(R.duals)]);
const PREFIX_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(R.prefix)})\\s+(?:(\\d+)\\s*)?(${UNIT_ALT})(?![\\p{L}])`, 'u');
const SUFFIX_RE = new RegExp(`(?:^|[^\\p{L}\\d])(?:(\\d+)\\s*)?(${UNIT_ALT})\\s+(?:${alt(R.suffix)})(?![\\p{L}])`, 'u');
const YESTERDAY_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(R.yesterday)})(?![\\p{L}])`, 'u');

/**
 * Minutes before the visit that a relative phrase means, or null.
 * Input: any text. Output: minutes (≥ 1) or null. «ساعتين» = 120, "an hour ago" = 60.
 */
export function relativeMinutes(text: string): number | null {
  const s = norm(text);
  const m = PREFIX_RE.exec(s) ?? SUFFIX_RE.exec(s);
  if (m) {
    const unit = m[2];
    const dual = DUALS.get(unit);
    if (dual) return dual[0] * dual[1];
    const per = UNITS.get(unit);
    if (per !== undefined) return (m[1] ? +m[1] : 1) * per;
  }
  if (YESTERDAY_RE.test(s)) return 1440;
  return null;
}

/**
 * Candidates from relative phrases in header-zone segments (not the lead paragraph).
 * Output: at most one published candidate, `now` minus the amount, day-precision
 * for days (dateOnly), confidence 0.3.
 */
export function relativeDates(region: Region, now: Date): DateCandidate[] {
  for (const seg of region.segments) {
    if (seg.zone !== 'header' || seg.lead || seg.text.length > 120) continue;
    const mins = relativeMinutes(seg.text);
    if (mins === null) continue;
    const t = new Date(Math.floor((now.getTime() - mins * 60_000) / 60_000) * 60_000);
    const dayOnly = mins >= 1440;
    return [{
      kind: 'published',
      when: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: dayOnly ? null : t.getUTCHours(), mi: dayOnly ? 0 : t.getUTCMinutes(), ss: 0, offset: 0 },
      rule: 'relative',
      text: clip(seg.text),
      confidence: 0.3,
      dateOnly: dayOnly,
    }];
  }
  return [];
}
