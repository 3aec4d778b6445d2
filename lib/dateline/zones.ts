/**
 * Time-zone names and offsets printed next to times (data/zones.json), and the
 * date/time value shared by all rules.
 */
import zones from './data/zones.json';
import { norm } from './normalize';

/** A calendar date with an optional wall-clock time and UTC offset. */
export interface When {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
  /** Wall-clock time, null when only the day is known. */
  hh: number | null;
  mi: number;
  ss: number;
  /** UTC offset of the wall-clock time in minutes (180 = +03:00), null when the text gave none. */
  offset: number | null;
}

const fixed = zones.fixed as Record<string, number>;
const us = zones.us as Record<string, number>;
const phrases = Object.entries(zones.phrases as Record<string, number>).map(([k, v]) => [norm(k), v] as const);

/** True when US daylight-saving time is in effect on that civil day (second Sunday of March to first Sunday of November). */
export function usDst(y: number, m: number, d: number): boolean {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  const firstSun = (month: number) => 1 + ((7 - new Date(Date.UTC(y, month - 1, 1)).getUTCDay()) % 7);
  return m === 3 ? d >= firstSun(3) + 7 : d < firstSun(11);
}

/**
 * Offset in minutes of a zone abbreviation ("gmt", "cest", "et") on the given day, or undefined if unknown.
 * "ET"/"CT"/"MT"/"PT" follow US daylight-saving rules.
 */
export function zoneOffset(name: string, y: number, m: number, d: number): number | undefined {
  const k = norm(name).replace(/\./g, '');
  if (k in fixed) return fixed[k];
  if (k in us) return us[k] + (usDst(y, m, d) ? 60 : 0);
  return undefined;
}

/** Arabic/other multi-word zone phrases («بتوقيت غرينتش») found at the start of normalised text `s`. */
export function zonePhraseAt(s: string): { offset: number; length: number } | null {
  for (const [p, v] of phrases) if (s.startsWith(p)) return { offset: v, length: p.length };
  return null;
}

/**
 * UTC milliseconds of a {@link When}. A missing time is midnight; a missing offset uses `fallbackOffset` (minutes, default 0 = UTC).
 */
export function whenToMs(w: When, fallbackOffset = 0): number {
  const off = w.offset ?? fallbackOffset;
  return Date.UTC(w.y, w.m - 1, w.d, w.hh ?? 0, w.mi, w.ss) - off * 60_000;
}

/** ISO 8601 UTC string without milliseconds ("2020-12-27T06:12:00Z"). */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** True when y/m/d is a real calendar day. */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d && t.getUTCMonth() === m - 1;
}
