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

/** Abbreviation → offset, keys normalised like the text they are looked up with («SEČ» → "sec"). */
const fixed: Record<string, number> = Object.fromEntries(Object.entries(zones.fixed as Record<string, number>).map(([k, v]) => [norm(k).replace(/\./g, ''), v]));
const us = zones.us as Record<string, number>;
/** Zone phrases, normalised, longest first; «بتوقيت X» also as «توقيت X». */
const phrases: (readonly [string, number | string])[] = Object.entries(zones.phrases as Record<string, number | string>)
  .flatMap(([k, v]) => {
    const n = norm(k);
    return n.startsWith('بتوقيت ') ? [[n, v] as const, [n.slice(1), v] as const] : [[n, v] as const];
  })
  .sort((a, b) => b[0].length - a[0].length);

const zoneFmts = new Map<string, Intl.DateTimeFormat | null>();

/**
 * UTC offset in minutes of IANA zone `zone` at the wall-clock time y-m-d hh:mi there
 * (daylight-saving time and past rule changes included, from Intl).
 * Output: minutes (120 = +02:00), or undefined when the engine does not know the zone.
 */
export function ianaOffset(zone: string, y: number, m: number, d: number, hh = 12, mi = 0): number | undefined {
  if (!zoneFmts.has(zone)) {
    try {
      zoneFmts.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }));
    } catch {
      zoneFmts.set(zone, null);
    }
  }
  const f = zoneFmts.get(zone);
  if (!f) return undefined;
  const offsetAt = (ms: number): number => {
    const p: Record<string, number> = {};
    for (const x of f.formatToParts(new Date(ms))) if (x.type !== 'literal') p[x.type] = +x.value;
    return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000);
  };
  const wall = Date.UTC(y, m - 1, d, hh, mi);
  const first = offsetAt(wall);
  // The instant is wall time minus the offset; read the offset again there (right across a DST change).
  return offsetAt(wall - first * 60_000);
}

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

/**
 * Zone phrase at the start of normalised text `s` («بتوقيت القاهرة», "(heure de Paris)",
 * "Cairo time"), with the offset it means at local date y-m-d hh:mi (phrases naming an
 * IANA zone follow its daylight-saving rules). An opening "(" or "," before the phrase
 * is part of the match. Output: offset in minutes and matched length, or null.
 */
export function zonePhraseAt(s: string, y: number, m: number, d: number, hh = 12, mi = 0): { offset: number; length: number } | null {
  const lead = /^[(,]\s*/.exec(s)?.[0].length ?? 0;
  const t = s.slice(lead);
  for (const [p, v] of phrases) {
    if (!t.startsWith(p) || /[\p{L}]/u.test(t[p.length] ?? '')) continue;
    const offset = typeof v === 'number' ? v : ianaOffset(v, y, m, d, hh, mi);
    if (offset === undefined) return null;
    const close = t[p.length] === ')' && lead && s[0] === '(' ? 1 : 0;
    return { offset, length: lead + p.length + close };
  }
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

/**
 * A zone phrase anywhere in normalised text `s` as whole words («بتوقيت القاهرة», "heure de Paris"),
 * with its offset at local date y-m-d hh:mi. Output: {offset, phrase} of the first one, or null.
 */
export function zonePhraseIn(s: string, y: number, m: number, d: number, hh = 12, mi = 0): { offset: number; phrase: string } | null {
  let best: { at: number; offset: number; phrase: string } | null = null;
  for (const [p, v] of phrases) {
    const at = s.indexOf(p);
    if (at < 0 || (best && at >= best.at)) continue;
    if (/[\p{L}]/u.test(s[at - 1] ?? '') || /[\p{L}]/u.test(s[at + p.length] ?? '')) continue;
    const offset = typeof v === 'number' ? v : ianaOffset(v, y, m, d, hh, mi);
    if (offset !== undefined) best = { at, offset, phrase: p };
  }
  return best ? { offset: best.offset, phrase: best.phrase } : null;
}

