/**
 * Rule "relative": "2 hours ago", «منذ ساعتين», «قبل 3 أيام», "il y a 2 heures",
 * "vor 2 Stunden"; day words: "today"/«اليوم (الأحد)»/"aujourd'hui"/"heute",
 * "yesterday"/«أمس», with a weekday name checked and a time read; in the header zone
 * only, anchored to the visit time. Last resort: confidence 0.3.
 */
import cues from '../data/cues.json';
import type { DateCandidate } from '../types';
import type { Region } from '../region';
import { clip, norm } from '../normalize';
import { cueOf } from '../cues';
import { tables } from '../months';
import { findTimes, zoneNear } from '../parse-text';

const R = cues.relative as unknown as {
  prefix: string[];
  suffix: string[];
  units: Record<string, number>;
  duals: Record<string, [number, number]>;
  yesterday: string[];
  today: string[];
  joiners: string[];
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => xs.map(norm).sort((a, b) => b.length - a.length).map(esc).join('|');
const UNITS = new Map(Object.entries(R.units).map(([k, v]) => [norm(k), v]));
const DUALS = new Map(Object.entries(R.duals).map(([k, v]) => [norm(k), v]));
const UNIT_ALT = alt([...Object.keys(R.units), ...Object.keys(R.duals)]);
const PREFIX_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(R.prefix)})\\s+(?:(\\d+)\\s*)?(${UNIT_ALT})(?![\\p{L}])`, 'u');
const SUFFIX_RE = new RegExp(`(?:^|[^\\p{L}\\d])(?:(\\d+)\\s*)?(${UNIT_ALT})\\s+(?:${alt(R.suffix)})(?![\\p{L}])`, 'u');
const DAY_WORDS = [...R.today.map((w) => [norm(w), 0] as const), ...R.yesterday.map((w) => [norm(w), -1] as const)].sort((a, b) => b[0].length - a[0].length);
const JOINERS = new Set(R.joiners.map(norm));
const IS_LETTER = /\p{L}/u;

/**
 * Minutes before the visit that a relative phrase means, or null.
 * Input: any text. Output: minutes (≥ 1) or null. «ساعتين» = 120, "an hour ago" = 60.
 */
export function relativeMinutes(text: string): number | null {
  return relativeAt(text)?.mins ?? null;
}

/** {@link relativeMinutes} with the text before the phrase (normalised), for its cue ("Updated", «آخر تحديث»). */
function relativeAt(text: string): { mins: number; before: string } | null {
  const s = norm(text);
  const m = PREFIX_RE.exec(s) ?? SUFFIX_RE.exec(s);
  if (m) {
    const unit = m[2];
    const dual = DUALS.get(unit);
    const per = UNITS.get(unit);
    const mins = dual ? dual[0] * dual[1] : per !== undefined ? (m[1] ? +m[1] : 1) * per : null;
    if (mins !== null) return { mins, before: s.slice(0, m.index) };
  }
  return null;
}

/** A day named relative to the visit: which day (0 today, -1 yesterday), the weekday and time written with it. */
export interface DayWord {
  /** Days from the visit day (UTC) after the weekday check: -2..1. */
  days: number;
  /** Time written with it, or null. */
  hh: number | null;
  mi: number;
  /** UTC offset of that time in minutes when a zone was written, else null. */
  offset: number | null;
  /** "modified" when an update cue precedes it («آخر تحديث اليوم»). */
  kind: 'published' | 'modified';
}

/**
 * Reads a line that names the day relative to the visit: «اليوم (الأحد)», "Today",
 * «أمس 10:30», "Yesterday at 6:12 pm ET", "Aujourd'hui à 06h12", "heute, 10:30 Uhr".
 * The line must hold only an optional cue ("Updated", «نشر»), the day word, an optional
 * weekday name, time and zone, and joining words: «ليبيا اليوم» or "Today's news" are not read.
 * A weekday name must agree with the day (one day either way is allowed for the page's
 * time zone), else nothing is read.
 * Input: the line, the visit time. Output: {@link DayWord} or null.
 */
export function dayWord(text: string, now: Date): DayWord | null {
  const s = norm(text).trim();
  if (s.length > 80) return null;
  let at = -1;
  let len = 0;
  let base = 0;
  for (const [w, b] of DAY_WORDS) {
    let i = s.indexOf(w);
    while (i >= 0 && ((i > 0 && IS_LETTER.test(s[i - 1])) || IS_LETTER.test(s[i + w.length] ?? ''))) i = s.indexOf(w, i + 1);
    if (i >= 0) {
      at = i;
      len = w.length;
      base = b;
      break;
    }
  }
  if (at < 0) return null;
  const before = s.slice(0, at);
  const cue = cueOf(before);
  if (before.replace(/[\s\p{P}\p{S}]/gu, '') && (cue === null || cue === 'copyright' || before.length > 30)) return null;
  const { weekdays } = tables();
  const rest = s.slice(at + len);
  const times = findTimes(rest);
  const t = times[0] ?? null;
  let weekday: number | null = null;
  let zoneEnd = -1;
  let offset: number | null = null;
  if (t) {
    const today = new Date(now.getTime() + base * 86_400_000);
    const z = zoneNear(rest, t, today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
    if (z) {
      offset = z.offset;
      zoneEnd = z.end;
    }
  }
  // Everything else on the line must be a weekday name, a joiner, "uhr" or punctuation.
  for (const m of rest.matchAll(/\d+|\p{L}+|\S/gu)) {
    const p = m.index!;
    if (times.some((x) => p >= x.start && p < x.end) || (t && p >= t.end && p < zoneEnd)) continue;
    const v = m[0];
    if (weekdays.has(v)) {
      if (weekday !== null && weekdays.get(v) !== weekday) return null;
      weekday = weekdays.get(v)!;
    } else if (!(JOINERS.has(v) || v === 'uhr' || !IS_LETTER.test(v) && !/\d/.test(v))) return null;
  }
  let days = base;
  if (weekday !== null) {
    const dow = (k: number) => new Date(now.getTime() + k * 86_400_000).getUTCDay();
    const k = [base, base - 1, base + 1].find((x) => dow(x) === weekday);
    if (k === undefined) return null;
    days = k;
  }
  return { days, hh: t ? t.hh : null, mi: t ? t.mi : 0, offset, kind: cue === 'modified' ? 'modified' : 'published' };
}

/**
 * Candidates from relative phrases in header-zone segments (not the lead paragraph):
 * an amount ago ("2 hours ago", «منذ ساعتين») or a day word ({@link dayWord}: «اليوم (الأحد)», "Yesterday at 6:12 pm").
 * An update cue before the phrase ("Updated 2 hours ago", «آخر تحديث: منذ ساعتين») makes it a
 * modified date, else a published one.
 * Output: at most one candidate of each kind (the first segment that has one), anchored to `now`
 * (day precision for days, or the day with the written time), confidence 0.3 (a last resort).
 */
export function relativeDates(region: Region, now: Date): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const c of relativeEach(region, now)) if (!out.some((o) => o.kind === c.kind)) out.push(c);
  return out;
}

function* relativeEach(region: Region, now: Date): Generator<DateCandidate> {
  for (const seg of region.segments) {
    if (seg.zone !== 'header' || seg.lead || seg.text.length > 120) continue;
    const rel = relativeAt(seg.text);
    if (rel !== null) {
      const mins = rel.mins;
      const t = new Date(Math.floor((now.getTime() - mins * 60_000) / 60_000) * 60_000);
      const dayOnly = mins >= 1440;
      yield {
        kind: cueOf(rel.before.slice(-40)) === 'modified' ? 'modified' : 'published',
        when: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: dayOnly ? null : t.getUTCHours(), mi: dayOnly ? 0 : t.getUTCMinutes(), ss: 0, offset: 0 },
        rule: 'relative',
        text: clip(seg.text),
        confidence: 0.3,
        dateOnly: dayOnly,
      };
      continue;
    }
    const dw = dayWord(seg.text, now);
    if (dw) {
      const day = new Date(now.getTime() + dw.days * 86_400_000);
      yield {
        kind: dw.kind,
        when: { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), hh: dw.hh, mi: dw.mi, ss: 0, offset: dw.hh === null ? 0 : dw.offset },
        rule: 'relative',
        text: clip(seg.text),
        confidence: 0.3,
        dateOnly: dw.hh === null,
      };
    }
  }
}
