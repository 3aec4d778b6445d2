/**
 * Rule "text-date": dates written in the visible text of the article's header
 * zone (byline, date line, lead opening) in any language and calendar the
 * parser knows; body text only when a cue says it is the publication or update
 * date ("Published on …" at the end of a story).
 */
import type { DateCandidate } from '../types';
import type { Region } from '../region';
import { parseText } from '../parse-text';
import { cueOf, mentionsDateCue } from '../cues';
import { clip, norm } from '../normalize';

function attrWords(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

/**
 * Candidates from text segments of the region.
 * Input: region; `now` (visit time) fills the year of year-less dates
 * ("27 déc", most recent such day not after now).
 * Output: DateCandidate[] in document order: header zone 0.75, lead opening 0.6,
 * body with cue 0.5, year-less 0.35; halved when a weekday name contradicts the date.
 * Copyright dates are dropped.
 */
export function textDates(region: Region, now: Date): DateCandidate[] {
  const out: DateCandidate[] = [];
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
      if (f.yearless) {
        // Without a year only a short line or a dateline opening is trusted.
        if (seg.text.length > 80 && !(seg.lead && f.start <= 40)) continue;
        when.y = now.getUTCFullYear();
        if (Date.UTC(when.y, when.m - 1, when.d) > now.getTime()) when.y -= 1;
        conf = Math.min(conf, 0.35);
      }
      if (f.weekdayOk === false) conf *= 0.5;
      out.push({
        kind: cue === 'modified' ? 'modified' : 'published',
        when,
        rule: 'text-date',
        text: clip(seg.text),
        confidence: conf,
        dateOnly: when.hh === null,
      });
    }
  }
  return out;
}

