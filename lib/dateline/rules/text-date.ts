/**
 * Rule "text-date": dates written in the visible text of the article's header
 * zone (byline, date line, lead opening) in any language and calendar the
 * parser knows; body text only when a cue says it is the publication or update
 * date ("Published on …" at the end of a story).
 */
import type { DateCandidate } from '../types';
import type { Region } from '../region';
import { parseText, zoneInLine } from '../parse-text';
import { cueOf, mentionsDateCue } from '../cues';
import { clip, norm } from '../normalize';
import { validDay } from '../zones';

function attrWords(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

/** A dated value of the page with a year (URL path, JSON-LD, meta, <time>), used to give a year-less date its year. */
export interface YearHint {
  y: number;
  m: number;
  d: number;
  /** Where it was read ("url", "json-ld", …), for the evidence. */
  rule: string;
}

const DAY_MS = 86_400_000;

/**
 * The year of a date written without one («27 déc»).
 * Input: month 1..12, day, visit time, optional {@link YearHint}.
 * With a hint: the year (hint's year −1, same, +1) that puts the day closest to the hint's day,
 * never after the visit (+1 day of slack for zones). Without: the latest such day not after the visit.
 * Output: {year, note for the evidence, fromHint}, or null when no candidate year is a real, past day (29 Feb).
 */
export function inferYear(m: number, d: number, now: Date, hint?: YearHint | null): { year: number; note: string; fromHint: boolean } | null {
  const limit = now.getTime() + DAY_MS;
  const real = (y: number) => validDay(y, m, d) && Date.UTC(y, m - 1, d) <= limit;
  if (hint) {
    const target = Date.UTC(hint.y, hint.m - 1, hint.d);
    const ys = [hint.y - 1, hint.y, hint.y + 1].filter(real).sort((a, b) => Math.abs(Date.UTC(a, m - 1, d) - target) - Math.abs(Date.UTC(b, m - 1, d) - target));
    // Only a hint within half a year says which year it is.
    if (ys.length && Math.abs(Date.UTC(ys[0], m - 1, d) - target) <= 183 * DAY_MS) {
      const hd = `${hint.y}-${String(hint.m).padStart(2, '0')}-${String(hint.d).padStart(2, '0')}`;
      return { year: ys[0], note: ` [no year written: ${ys[0]} inferred, nearest to the ${hint.rule} date ${hd}]`, fromHint: true };
    }
  }
  for (let y = now.getUTCFullYear(); y >= now.getUTCFullYear() - 8; y--) {
    if (real(y) && Date.UTC(y, m - 1, d) <= now.getTime()) return { year: y, note: ` [no year written: ${y} inferred from the visit time, the latest such day before the visit]`, fromHint: false };
  }
  return null;
}

/**
 * Candidates from text segments of the region.
 * Input: region; `now` (visit time); `hint`: a dated value of the page with a year
 * (see {@link inferYear}) that gives year-less dates ("27 déc") their year; without one,
 * the most trusted date with a year written in the header text, else the most recent such
 * day not after the visit.
 * Output: DateCandidate[] in document order: header zone 0.75, lead opening 0.6,
 * body with cue 0.5, year-less 0.45 with a hint, 0.35 without; halved when a weekday
 * name contradicts the date. A year-less date is read only in a short line or at the start of
 * the lead or of a short paragraph that may be the lead (Segment.opening: «PARIS, 27 déc (AFP) -
 * Le gouvernement a annoncé…»); it says where its year came from (`note`: "… inferred …").
 * A time without a zone takes a zone written elsewhere on the same line (zoneInLine).
 * Copyright dates are dropped.
 */
export function textDates(region: Region, now: Date, hint: YearHint | null = null): DateCandidate[] {
  const out: DateCandidate[] = [];
  /** Year-less dates, given their year once every date with a year is known (a hint from the page's own text). */
  const yearless: { at: number; c: DateCandidate; seg: string; s: string; cap: number }[] = [];
  for (const seg of region.segments) {
    // A body line is read only with a cue ("Published on …"): skip the others unparsed.
    if (seg.zone === 'body' && !seg.lead && !mentionsDateCue(norm(seg.text)) && !cueOf('', attrWords(seg.el))) continue;
    const { norm: s, dates } = parseText(seg.text, { lang: region.lang });
    let prevEnd = 0;
    for (const f of dates) {
      const before = s.slice(Math.max(prevEnd, f.start - 60), f.start);
      prevEnd = f.end;
      const cue = cueOf(before, attrWords(seg.el));
      if (cue === 'copyright') continue;
      let conf: number;
      if (seg.lead) {
        if (f.start > 80) continue;
        conf = 0.6;
      } else if (seg.zone === 'header') conf = 0.75;
      else if (cue && !region.linkCard(seg.el)) conf = 0.5;
      else continue;
      const when = { ...f.when };
      if (f.weekdayOk === false) conf *= 0.5;
      const c: DateCandidate = { kind: cue === 'modified' ? 'modified' : 'published', when, rule: 'text-date', text: clip(seg.text), confidence: conf, dateOnly: when.hh === null };
      if (f.yearless) {
        // Without a year only a short line or a dateline opening is trusted.
        if (seg.text.length > 80 && !((seg.lead || seg.opening) && f.start <= 40)) continue;
        yearless.push({ at: out.length, c, seg: seg.text, s, cap: 0.35 });
        out.push(c);
        continue;
      }
      zoneFromLine(c, seg.text, s);
      out.push(c);
    }
  }
  if (!yearless.length) return out;
  // The page's own text dated with a year: the most trusted header-zone date, for «27 déc».
  const own = hint ? null : out.filter((c) => c.confidence >= 0.6 && !yearless.some((p) => p.c === c)).sort((a, b) => b.confidence - a.confidence)[0];
  const h = hint ?? (own ? { y: own.when.y, m: own.when.m, d: own.when.d, rule: 'header text' } : null);
  const drop = new Set<DateCandidate>();
  for (const p of yearless) {
    const y = inferYear(p.c.when.m, p.c.when.d, now, h);
    if (y === null) {
      drop.add(p.c);
      continue;
    }
    p.c.when.y = y.year;
    p.c.note = y.note;
    p.c.confidence = Math.min(p.c.confidence, h && y.fromHint ? 0.45 : p.cap);
    zoneFromLine(p.c, p.seg, p.s);
  }
  return drop.size ? out.filter((c) => !drop.has(c)) : out;
}

/** A time without a zone takes a zone written elsewhere on the same line (zoneInLine); the note says so. */
function zoneFromLine(c: DateCandidate, raw: string, s: string): void {
  const w = c.when;
  if (w.hh === null || w.offset !== null) return;
  const z = zoneInLine(raw, s, { y: w.y, m: w.m, d: w.d, hh: w.hh, mi: w.mi });
  if (!z) return;
  w.offset = z.offset;
  c.note = (c.note ?? '') + ` [zone from the same line: ${z.label}]`;
}

