/**
 * Free-text date parser for many languages: month names (Intl + data tables,
 * Gregorian, Solar Hijri, Islamic), numeric forms (27.12.2020, 2020-12-27,
 * 12/27/2020, 2020年12月27日), weekday names checked against the date, times
 * (06:12, 6:12 AM, 06h12, 06:12 Uhr, ١٠:٣٠ مساءً) and zones (GMT, UTC+3,
 * +03:00, ET, CEST, «بتوقيت غرينتش»). Pure string code, no DOM.
 */
import { tables, type Calendar } from './months';
import { norm } from './normalize';
import { ISLAMIC_VARIANTS, toGregorian } from './calendars';
import { validDay, zoneOffset, zonePhraseAt, zonePhraseIn, type When } from './zones';

/** One date found in a text. */
export interface FoundDate {
  when: When;
  /** Span [start, end) in the normalised text (see {@link parseText}'s `norm`). */
  start: number;
  end: number;
  /** true/false when a weekday name next to the date agrees/disagrees with it; null when there is none. */
  weekdayOk: boolean | null;
  /** The year was not written (filled in by the caller from the visit time). */
  yearless: boolean;
  /** Calendar the page wrote the date in. */
  cal: Calendar;
  /** The time carried an explicit zone or offset. */
  zoned: boolean;
}

export interface ParseTextResult {
  /** The normalised text the spans refer to. */
  norm: string;
  dates: FoundDate[];
}

interface Tok {
  v: string;
  start: number;
  end: number;
  num: boolean;
}

const FILLERS = new Set(['.', ',', '-', '/', '(', ')', '|', 'de', 'del', 'di', 'den', 'le', 'the', 'of', 'du', 'th', 'st', 'nd', 'rd', 'er', 'eme', 'o', 'a', 'º', '°', 'ª', ':', 'في', 'من', '\u05f3', '\u05f4', 'בשנת', 'שנת', 'พ', 'ศ']);

/**
 * Digits, letters, or one other non-space character. `\S` after `\d+|\p{L}+` is the
 * same as `[^\s\p{L}\d]` (digits and letters are taken by the earlier alternatives) and
 * compiles faster: every `\p{L}` class costs V8 about half a millisecond on first use.
 */
const TOKEN_RE = /\d+|\p{L}+|\S/gu;

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    out.push({ v: m[0], start: m.index!, end: m.index! + m[0].length, num: /^\d/.test(m[0]) });
  }
  return out;
}

export interface Time {
  hh: number;
  mi: number;
  ss: number;
  offset: number | null;
  start: number;
  end: number;
}

const TIME_RE = /(?<![\d:.])(\d{1,2})\s?(?::|h(?=\d))\s?(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?![\d:])(?:\s*(a\.\s?m\.?|p\.\s?m\.?|am|pm|صباحا|صباح|ص|مساءا|مساء|م|ظهرا|uhr|h)(?![\p{L}]))?/gu;
/** "06.12 GMT", "6.12pm": a dot between hour and minutes only when a zone or am/pm follows. */
const DOT_TIME_RE = /(?<![\d:.\/-])(\d{1,2})\.(\d{2})(?![\d.])(?=\s*(?:a\.?\s?m|p\.?\s?m|gmt|utc|bst|cet|cest|uhr|(?:h|[ecmp][sd]?t)(?![\p{L}])))\s*(a\.\s?m\.?|p\.\s?m\.?|am|pm|uhr)?/gu;
const HOUR_RE = /(?<![\d:.])(\d{1,2})\s?(a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\p{L}])/gu;

/**
 * Times of day in normalised text `s` ("06:12", "6:12 pm", "06h12", "10:30 م").
 * Output: {hh, mi, ss, start, end} (24-hour clock, offset null) in text order.
 */
export function findTimes(s: string): Time[] {
  const out: Time[] = [];
  const push = (hh: number, mi: number, ss: number, suf: string | undefined, start: number, end: number) => {
    const sfx = (suf ?? '').replace(/[\s.]/g, '');
    const pm = sfx === 'pm' || sfx.startsWith('مساء') || sfx === 'م' || sfx === 'ظهرا';
    const am = sfx === 'am' || sfx.startsWith('صباح') || sfx === 'ص';
    if (pm || am) {
      if (hh < 1 || hh > 12) return;
      if (pm && hh < 12) hh += 12;
      if (am && hh === 12) hh = 0;
    }
    if (hh > 23 || mi > 59 || ss > 59) return;
    out.push({ hh, mi, ss, offset: null, start, end });
  };
  for (const m of s.matchAll(TIME_RE)) push(+m[1], +m[2], m[3] ? +m[3] : 0, m[4], m.index!, m.index! + m[0].length);
  for (const m of s.matchAll(DOT_TIME_RE)) push(+m[1], +m[2], 0, m[3], m.index!, m.index! + m[0].length);
  for (const m of s.matchAll(HOUR_RE)) {
    if (out.some((t) => m.index! >= t.start && m.index! < t.end)) continue;
    push(+m[1], 0, 0, m[2], m.index!, m.index! + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Zone right after a time. Abbreviations are Latin or Cyrillic letters only (the keys of data/zones.json), which also keeps the pattern cheap to compile. */
const ZONE_AFTER = /^\s*\(?\s*(?:(gmt|utc|z)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2})|([a-z\u0430-\u044f\u0451]{2,5})(?![\p{L}]))\)?/u;
const ZONE_BEFORE = /(gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*$/u;

/** Zone written right after (or, for GMT/UTC, right before) a time in normalised text `s`; returns the offset in minutes and where it ends, or null. */
export function zoneNear(s: string, t: Time, y: number, m: number, d: number): { offset: number; end: number } | null {
  const after = s.slice(t.end, t.end + 40);
  const ph = zonePhraseAt(after.trimStart(), y, m, d, t.hh, t.mi);
  if (ph) return { offset: ph.offset, end: t.end + (after.length - after.trimStart().length) + ph.length };
  const a = ZONE_AFTER.exec(after);
  if (a) {
    if (a[1]) {
      if (a[1] === 'z' && a.index + a[0].indexOf('z') !== 0) {
        // a lone "z" word further away is not a zone
      } else {
        const off = a[2] ? (a[2] === '-' ? -1 : 1) * (+a[3] * 60 + (a[4] ? +a[4] : 0)) : 0;
        return { offset: off, end: t.end + a[0].length };
      }
    } else if (a[5]) {
      return { offset: (a[5] === '-' ? -1 : 1) * (+a[6] * 60 + +a[7]), end: t.end + a[0].length };
    } else if (a[8]) {
      const off = zoneOffset(a[8], y, m, d);
      if (off !== undefined) return { offset: off, end: t.end + a[0].length };
    }
  }
  const before = s.slice(Math.max(0, t.start - 14), t.start);
  const b = ZONE_BEFORE.exec(before);
  if (b) return { offset: b[2] ? (b[2] === '-' ? -1 : 1) * (+b[3] * 60 + (b[4] ? +b[4] : 0)) : 0, end: t.end };
  return null;
}

const LINE_GMT = /(?<![\p{L}])(gmt|utc)(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\p{L}\d])/u;
const CAPS_ABBR = /(?<![\p{L}])([A-Z]{3,5})(?![\p{L}])/gu;

/**
 * A zone written elsewhere on the line of a date whose time has none
 * ("Updated 27 Dec 2020, 06:12. All times GMT+3", «… 10:30 - التوقيت بتوقيت القاهرة»):
 * GMT/UTC with an optional offset, a zone phrase (data/zones.json), or an
 * abbreviation written in capitals in `raw` ("EST", "CET"; lower-case "est"/"cet" are words).
 * Input: the raw line, its normalised form, the local date and time. Output: {offset, label} or null.
 */
export function zoneInLine(raw: string, s: string, w: { y: number; m: number; d: number; hh: number; mi: number }): { offset: number; label: string } | null {
  const g = LINE_GMT.exec(s);
  if (g) return { offset: g[2] ? (g[2] === '-' ? -1 : 1) * (+g[3] * 60 + (g[4] ? +g[4] : 0)) : 0, label: g[0] };
  const p = zonePhraseIn(s, w.y, w.m, w.d, w.hh, w.mi);
  if (p) return { offset: p.offset, label: p.phrase };
  for (const m of raw.matchAll(CAPS_ABBR)) {
    const off = zoneOffset(m[1], w.y, w.m, w.d);
    if (off !== undefined) return { offset: off, label: m[1] };
  }
  return null;
}

interface RawDate {
  y: number | null;
  m: number;
  d: number;
  cal: Calendar;
  start: number;
  end: number;
  weekday: number | null;
}

/** Gregorian y/m/d order of a numeric date with separator; `mdy` for US English pages. */
function numericDates(s: string, mdy: boolean, thai = false): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(/(?<![\d.\/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d\/-]|\.\d)/g)) {
    out.push({ y: +m[1], m: +m[3], d: +m[4], cal: 'gregory', start: m.index!, end: m.index! + m[0].length, weekday: null });
  }
  for (const m of s.matchAll(/(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d\/-]|\.\d)/g)) {
    let a = +m[1], b = +m[3];
    let y = +m[4];
    if (m[4].length === 2) y += 2000;
    const hijri = y >= 1300 && y <= 1500 && HIJRI_MARK.test(s.slice(m.index! + m[0].length, m.index! + m[0].length + 12));
    if (mdy && !hijri && m[2] === '/' && a <= 12 && b > 0) [a, b] = [b, a];
    else if (a <= 12 && b > 12) [a, b] = [b, a];
    out.push({ y, m: b, d: a, cal: thai && yearOk(y, 'buddhist') ? 'buddhist' : 'gregory', start: m.index!, end: m.index! + m[0].length, weekday: null });
  }
  // Hungarian/Korean "2020. 12. 27." (spaces after the dots, closing dot required).
  for (const m of s.matchAll(/(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)/g)) {
    out.push({ y: +m[1], m: +m[2], d: +m[3], cal: 'gregory', start: m.index!, end: m.index! + m[0].length, weekday: null });
  }
  // A numeric date whose year is followed by «هـ» is in the Islamic calendar ("12/5/1442 هـ").
  for (const r of out) {
    if (r.y === null || r.y < 1300 || r.y > 1500) continue;
    const mk = HIJRI_MARK.exec(s.slice(r.end, r.end + 12));
    if (mk) {
      r.cal = 'islamic';
      r.end += mk[0].length;
    }
  }
  for (const m of s.matchAll(/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g)) {
    out.push({ y: +m[1], m: +m[2], d: +m[3], cal: 'gregory', start: m.index!, end: m.index! + m[0].length, weekday: null });
  }
  return out;
}

/** «هـ» (normalised to «ه»), «هجري», «هجرية» after a year: the Islamic calendar. */
const HIJRI_MARK = /^\s*(?:ه|هجري|هجريه|هجرية)(?![\p{L}])/u;

function yearOk(y: number, cal: Calendar): boolean {
  if (cal === 'gregory') return y >= 1900 && y <= 2100;
  if (cal === 'hebrew') return y >= 5660 && y <= 5860; // 1900–2100
  if (cal === 'buddhist') return y >= 2443 && y <= 2643; // 1900–2100 + 543
  return y >= 1300 && y <= 1500;
}

/** A Thai page (language or script): a year of 2443–2643 is a Buddhist Era year (พ.ศ.). */
const THAI = /[\u0e00-\u0e7f]/;

const GEMATRIA: Record<string, number> = { 'א': 1, 'ב': 2, 'ג': 3, 'ד': 4, 'ה': 5, 'ו': 6, 'ז': 7, 'ח': 8, 'ט': 9, 'י': 10, 'כ': 20, 'ך': 20, 'ל': 30, 'מ': 40, 'ם': 40, 'נ': 50, 'ן': 50, 'ס': 60, 'ע': 70, 'פ': 80, 'ף': 80, 'צ': 90, 'ץ': 90, 'ק': 100, 'ר': 200, 'ש': 300, 'ת': 400 };
/**
 * Hebrew numerals: letters with gershayim before the last («י״ב», «תשפ״א», ASCII «י"ב», «י''ב») or
 * one letter with geresh («ט׳», ASCII «ט'»); not the «א׳/ב׳» of «אדר א׳». A year may carry its
 * thousands: «ה׳» or «ה'» before it («ה׳תשפ״א», «ה׳ תשפ״א») or a bare «ה» written against it
 * («התשפ״א»: 5 before 400 breaks the descending order of a numeral, so it is the thousands).
 */
const HEB_NUM = /(?<![\p{L}])(?:(ה)(?:([\u05f3'](?!'))\s?)?)?([\u05d0-\u05ea]{1,4})(?:[\u05f4"]|'')([\u05d0-\u05ea])(?![\p{L}])|(?<![\p{L}]|אדר )([\u05d0-\u05ea])[\u05f3'](?!['\p{L}])/gu;

function gematria(letters: string): number {
  let v = 0;
  for (const ch of letters) v += GEMATRIA[ch] ?? 0;
  return v;
}

/** Letter values never rise from left to right (how Hebrew numerals are written: «תשפ״א», «ט״ו»). */
function descending(letters: string): boolean {
  let prev = Infinity;
  for (const ch of letters) {
    const v = GEMATRIA[ch] ?? 0;
    if (v > prev) return false;
    prev = v;
  }
  return true;
}

/**
 * Hebrew numerals in normalised text as digits: a day (1–30) stays a number, a year
 * written without its thousands («תשפ״א» = 781) or with them («ה׳תשפ״א», «התשפ״א») becomes
 * 5781. Geresh/gershayim (׳ ״) and their ASCII stand-ins (' " '') are read alike.
 * Input: text after norm(). Output: the same text with those numerals replaced; other values
 * are left as they are.
 */
export function hebrewNumerals(s: string): string {
  if (!/[\u05f3\u05f4'"]/.test(s) || !/[\u05d0-\u05ea]/.test(s)) return s;
  const plain = (letters: string): string | null => {
    const v = gematria(letters);
    if (v >= 1 && v <= 30) return String(v);
    if (v >= 660 && v <= 860) return String(5000 + v);
    return null;
  };
  return s.replace(HEB_NUM, (all, he: string | undefined, geresh: string | undefined, a: string | undefined, b: string | undefined, one: string | undefined) => {
    if (one) {
      const v = gematria(one);
      return v >= 1 && v <= 30 ? String(v) : all;
    }
    const rest = `${a}${b}`;
    const numeral = all.slice(all.length - rest.length - (all.includes("''") ? 2 : 1)); // «תשפ״א» without what precedes it
    if (he && (geresh || (descending(rest) && !descending(he + rest)))) {
      // Thousands written: «ה׳תשפ״א», «ה׳ תשפ״א», «התשפ״א».
      const v = gematria(rest);
      if (v >= 660 && v <= 860) return String(5000 + v);
    }
    if (he && geresh) {
      // «ה׳» then a numeral that is no year («יום ה׳ י״ב …»): each on its own, as before.
      const prefix = all.slice(0, all.length - numeral.length);
      return (/\s$/.test(prefix) ? '5 ' : prefix) + (plain(rest) ?? numeral);
    }
    if (he && !descending(he + rest)) {
      // «הי״ב»: an article or preposition «ה» against a numeral.
      const v = plain(rest);
      return v === null ? all : he + v;
    }
    return plain(he ? he + rest : rest) ?? all;
  });
}

function namedDates(s: string, toks: Tok[], thai = false): RawDate[] {
  const { months, weekdays } = tables();
  const out: RawDate[] = [];
  const monthAt = (i: number): { month: number; cal: Calendar; next: number } | null => {
    if (i >= toks.length || toks[i].num) return null;
    if (i + 1 < toks.length && !toks[i + 1].num) {
      const two = months.get(`${toks[i].v} ${toks[i + 1].v}`);
      if (two) return { ...two, next: i + 2 };
    }
    // Abbreviations with an inner dot ("ธ.ค.").
    if (toks[i + 1]?.v === '.' && toks[i + 2] && !toks[i + 2].num && toks[i + 1].start === toks[i].end) {
      const dotted = months.get(`${toks[i].v}.${toks[i + 2].v}`);
      if (dotted) return { ...dotted, next: i + 3 };
    }
    const one = months.get(toks[i].v);
    return one ? { ...one, next: i + 1 } : null;
  };
  const skip = (i: number, dir: 1 | -1, alsoWeekday = false): number => {
    let n = 0;
    while (i >= 0 && i < toks.length && n < 4 && (FILLERS.has(toks[i].v) || (alsoWeekday && weekdays.has(toks[i].v)))) {
      i += dir;
      n++;
    }
    return i;
  };
  const isDay = (t: Tok | undefined) => !!t && t.num && t.v.length <= 2 && +t.v >= 1 && +t.v <= 31;
  let buddhist = false;
  const isYear = (t: Tok | undefined, cal: Calendar) => {
    if (!t || !t.num || t.v.length !== 4) return false;
    if (yearOk(+t.v, cal)) return true;
    // Gregorian months with a Buddhist Era year on Thai pages.
    if (thai && cal === 'gregory' && yearOk(+t.v, 'buddhist')) return (buddhist = true);
    return false;
  };
  for (let i = 0; i < toks.length; i++) {
    const mm = monthAt(i);
    if (!mm) continue;
    let j = mm.next;
    // Dual month names: «كانون الأول / ديسمبر», «نوفمبر (تشرين الثاني)».
    for (let k = 0; k < 2; k++) {
      const at = skip(j, 1);
      const other = monthAt(at);
      if (!other || other.cal !== mm.cal || other.month !== mm.month) break;
      j = other.next;
      if (toks[j]?.v === ')') j++;
    }
    let day: number | null = null;
    let year: number | null = null;
    buddhist = false;
    let start = toks[i].start;
    let end = toks[j - 1].end;
    const r = skip(j, 1);
    const l = skip(i - 1, -1);
    if (isDay(toks[r]) && !(isDay(toks[l]) && !isYear(toks[skip(r + 1, 1)], mm.cal))) {
      day = +toks[r].v;
      end = toks[r].end;
      const r2 = skip(r + 1, 1);
      // "November 20 15:23 2019": a time between the day and the year (the span stops at the
      // day, so the time is still read as this date's time).
      const rt = toks[r2]?.num && toks[r2 + 1]?.v === ':' && toks[r2 + 2]?.num && toks[r2 + 2].v.length === 2 ? skip(r2 + 3, 1) : -1;
      if (isYear(toks[r2], mm.cal)) {
        year = +toks[r2].v;
        end = toks[r2].end;
      } else if (rt > 0 && isYear(toks[rt], mm.cal) && toks[rt].start - toks[r2 + 2].end <= 3) {
        year = +toks[rt].v;
      } else {
        // Year first: Hungarian "2020. december 27.", "2020 Dec 27".
        const l2 = skip(i - 1, -1);
        if (isYear(toks[l2], mm.cal) && i - l2 <= 2) {
          year = +toks[l2].v;
          start = toks[l2].start;
        }
      }
    } else if (isDay(toks[l])) {
      day = +toks[l].v;
      start = toks[l].start;
      if (isYear(toks[r], mm.cal)) {
        year = +toks[r].v;
        end = toks[r].end;
      } else {
        const l2 = skip(l - 1, -1, true);
        if (isYear(toks[l2], mm.cal)) {
          year = +toks[l2].v;
          start = toks[l2].start;
        }
      }
    } else continue;
    // Weekday name just before the date (or before the day), or right after it.
    let weekday: number | null = null;
    for (const t of toks) if (t.start >= start && t.end <= end && weekdays.has(t.v)) weekday = weekdays.get(t.v)!;
    for (let k = 1; weekday === null && k <= 4; k++) {
      const t = toks[tokIndexAt(toks, start) - k];
      if (!t) break;
      if (weekdays.has(t.v)) {
        weekday = weekdays.get(t.v)!;
        start = t.start;
        break;
      }
      if (!FILLERS.has(t.v) && !(t.num && t.v.length === 4)) break;
    }
    if (weekday === null) {
      const t = toks[skip(tokIndexAt(toks, end - 1) + 1, 1)];
      if (t && weekdays.has(t.v)) weekday = weekdays.get(t.v)!;
    }
    out.push({ y: year, m: mm.month, d: day, cal: buddhist && year !== null && !yearOk(year, 'gregory') ? 'buddhist' : mm.cal, start, end, weekday });
    i = j - 1;
  }
  return out;
}

/** Weekday name among the few tokens just before `start` (fillers skipped), or null. */
function weekdayBefore(toks: Tok[], start: number): number | null {
  const { weekdays } = tables();
  let i = tokIndexAt(toks, start) - 1;
  for (let k = 0; i >= 0 && k < 4; k++, i--) {
    const v = toks[i].v;
    if (weekdays.has(v)) return weekdays.get(v)!;
    if (!FILLERS.has(v)) break;
  }
  return null;
}

function tokIndexAt(toks: Tok[], pos: number): number {
  for (let i = 0; i < toks.length; i++) if (toks[i].start <= pos && pos < toks[i].end) return i;
  return toks.length;
}

/**
 * Finds every date (with its time and zone when written next to it) in a text.
 * Input: raw text (any language/digits); `opts.lang` (BCP 47) picks month/day
 * order for "12/27/2020" (month first for English). Output: normalised text and
 * the dates in text order. Dates whose year is missing have `yearless` and y=0.
 * Never throws.
 */
export function parseText(raw: string, opts: { lang?: string } = {}): ParseTextResult {
  const s = hebrewNumerals(norm(raw));
  const thai = /^th/i.test(opts.lang ?? '') || THAI.test(s);
  const toks = tokenize(s);
  const mdy = /^en(-us)?$/i.test(opts.lang ?? 'en') || /^en-(us|ca|ph)$/i.test(opts.lang ?? '');
  const raws = [...namedDates(s, toks, thai), ...numericDates(s, mdy, thai)]
    .sort((a, b) => a.start - b.start)
    .filter((r, i, arr) => !arr.some((o, k) => k !== i && o.start <= r.start && o.end >= r.end && (o.end - o.start > r.end - r.start || k < i)));
  const times = findTimes(s).filter((t) => !raws.some((r) => t.start < r.end && t.end > r.start));
  const used = new Set<Time>();
  const dates: FoundDate[] = [];
  raws.forEach((r, idx) => {
    const yearless = r.y === null;
    let g = { y: r.y ?? 2000, m: r.m, d: r.d };
    if (r.weekday === null) r.weekday = weekdayBefore(toks, r.start);
    if (r.cal === 'islamic' && !yearless) {
      // Which Islamic calendar: the variant that gives the Gregorian date written next to it
      // («… 1442 هـ الموافق 27 ديسمبر 2020»), else the one that agrees with the weekday name,
      // else Umm al-Qura.
      const next = raws[idx + 1];
      const target = next && next.cal === 'gregory' && next.y !== null && next.start - r.end <= 25 ? next : null;
      let pick: { y: number; m: number; d: number } | null = null;
      for (const v of ISLAMIC_VARIANTS) {
        const c = toGregorian('islamic', g.y, g.m, g.d, v);
        if (!c) continue;
        if (target ? c.y === target.y && c.m === target.m && c.d === target.d : r.weekday !== null && new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay() === r.weekday) {
          pick = c;
          break;
        }
      }
      const c = pick ?? toGregorian('islamic', g.y, g.m, g.d);
      if (!c) return;
      g = c;
    } else if (r.cal !== 'gregory') {
      if (yearless) return;
      const c = toGregorian(r.cal, g.y, g.m, g.d);
      if (!c) return;
      g = c;
    }
    if (!validDay(g.y, g.m, g.d)) return;
    // The time that belongs to this date: nearest unused one between the neighbouring dates, after first.
    const lo = idx > 0 ? raws[idx - 1].end : 0;
    const hi = idx + 1 < raws.length ? raws[idx + 1].start : s.length;
    const cands = times.filter((t) => !used.has(t) && t.start >= lo && t.end <= hi);
    const after = cands.filter((t) => t.start >= r.end && t.start - r.end <= 40);
    const before = cands.filter((t) => t.end <= r.start && r.start - t.end <= 40).reverse();
    const t = after[0] ?? before[0] ?? null;
    let when: When = { ...g, hh: null, mi: 0, ss: 0, offset: null };
    let start = r.start;
    let end = r.end;
    let zoned = false;
    if (t) {
      used.add(t);
      const z = zoneNear(s, t, g.y, g.m, g.d);
      when = { ...g, hh: t.hh, mi: t.mi, ss: t.ss, offset: z ? z.offset : null };
      zoned = !!z;
      start = Math.min(start, t.start);
      end = Math.max(end, z ? z.end : t.end);
    }
    let weekdayOk: boolean | null = null;
    if (r.weekday !== null && !yearless) weekdayOk = new Date(Date.UTC(g.y, g.m - 1, g.d)).getUTCDay() === r.weekday;
    dates.push({ when, start, end, weekdayOk, yearless, cal: r.cal, zoned });
  });
  return { norm: s, dates };
}
