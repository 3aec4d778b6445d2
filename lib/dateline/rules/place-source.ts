/**
 * Rule "dateline-line": place and source from the line that opens the story
 * («أنقرة - ليبيا اليوم», «القاهرة (رويترز) -», «لندن: «الشرق الأوسط»»,
 * «عمان - بترا - …», "MOMBASA, Kenya (AP) —", "LONDON (Reuters) -",
 * "PARIS, 27 déc (AFP) -", "WASHINGTON — …", a mixed-case place only with an agency
 * credit or a date after it: "Paris, 27 décembre 2020 –"), and rule "byline-agency": a
 * wire-service credit in the byline ("By Jane Doe, Associated Press",
 * «المصدر: وكالات»).
 */
import agencies from '../data/agencies.json';
import type { Evidence } from '../../types';
import type { Region, Segment } from '../region';
import { clip, norm } from '../normalize';
import { parseText } from '../parse-text';
import { tables } from '../months';
import { mentionsDateCue } from '../cues';
import { regionNames, timeZoneCities } from '../../entities/gazetteer';
import latin from '../../entities/data/latin.json';

export interface PlaceSource {
  place: string | null;
  source: string | null;
  placeEvidence: Evidence | null;
  sourceEvidence: Evidence | null;
}

const D = '[-–—‐―]';
const BYLINE_START = /^(by|par|von|por|di|door|av|przez|بقلم|كتب|كتبت|تقرير|إعداد|اعداد|إعداد:|بواسطة|حاوره|حوار|photo|foto|video|image)\b/iu;
const LATIN = /\p{Script=Latin}/u;
const UPPER_START = /^\p{Lu}/u;
const LETTERS = /^[\p{L}\s,'’-]+$/u;
const PARTICLE = /^(de|del|la|le|el|al|da|do|dos|di|am|an|der|sur|upon|on)$/;
/** Abbreviations in place names: "St.", "Ft.", "N.H.", "D.C.". */
const ABBREV = /^(?:\p{Lu}[\p{Ll}\p{Lu}]{0,2}\.|(?:\p{Lu}\.){1,3})$/u;
/** Picture credits, not datelines: "Jane Doe (Getty Images) -". */
const PICTURE_CREDIT = /\b(images?|photos?|fotos?|file|archives?|pool|getty|afp\s*photo)\b/i;
/** All-capital Latin place ("WASHINGTON", "RIO DE JANEIRO"). */
const CAPS_PLACE = /^[\p{Lu}\s.'’-]+$/u;
// PLACE[, extra] (SOURCE) — ; EFE style "Madrid, 27 dic (EFE).-"
const RE_PAREN = new RegExp(`^([^()\\-–—:«"“]{2,60}?)\\s*\\(([^()]{2,40})\\)\\.?\\s*(?:${D}|:)`, 'u');
// PLACE: «SOURCE»
const RE_QUOTED = new RegExp(`^([^:«"“\\-–—]{2,40}?)\\s*(?::|${D})\\s*[«"“]([^»"”]{2,40})[»"”]`, 'u');
// PLACE - SOURCE (whole short block) or PLACE - SOURCE - text
const RE_DASHED = new RegExp(`^([^\\-–—:]{2,40}?)\\s+${D}\\s+([^\\-–—:]{2,40}?)\\s*(?:${D}\\s*(.*))?$`, 'u');
// PLACE — text
// (a hyphen only with a space after it: "A HIGH-powered team" is a word, not "PLACE - text")
const RE_PLACE_ONLY = new RegExp(`^([^\\-–—:]{2,40}?)\\s*(?:[–—―]|[-‐](?=\\s))\\s*(.{20,})$`, 'u');
const AGENCIES = agencies.names.map((n) => ({ name: n, key: norm(n) })).sort((a, b) => b.key.length - a.key.length);

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A plausible place name: 1–4 words, no digits, not a byline, Latin words capitalised; dots only in short abbreviations ("St. Louis", "N.H."). */
function placeOk(p: string): boolean {
  const s = p.trim();
  if (!s || s.length > 40 || wordCount(s) > 4 || /[\d٠-٩۰-۹!?؟«»"“”]/.test(s)) return false;
  if (s.includes('.') && !s.split(/[\s,]+/).every((w) => !w.includes('.') || ABBREV.test(w))) return false;
  if (BYLINE_START.test(s)) return false;
  if (LATIN.test(s)) return s.split(/[\s,]+/).filter(Boolean).every((w) => UPPER_START.test(w) || PARTICLE.test(w));
  return LETTERS.test(s);
}

function sourceOk(s: string): boolean {
  const t = s.trim();
  return !!t && t.length <= 40 && wordCount(t) <= 5 && !/[.!?؟]$/.test(t) && !BYLINE_START.test(t);
}

/**
 * Place without a trailing date: "PARIS, 27 déc" → "PARIS", «القاهرة، 27 ديسمبر» → «القاهرة»,
 * and without a comma when the words after the place are one date and nothing else
 * («القاهرة 27 ديسمبر», «القاهرة في 27 ديسمبر», "CAIRO Dec 27", "PARIS 27 décembre").
 */
function stripDate(place: string): string {
  const parts = place.split(/\s*[,،]\s*/);
  if (parts.length > 1 && parseText(parts.slice(1).join(' ')).dates.length) return parts[0];
  if (parts.length > 1 && /\d/.test(parts.slice(1).join(' '))) return parts[0];
  const words = place.trim().split(/\s+/);
  if (/[\d٠-٩۰-۹]/.test(place)) {
    for (let k = 1; k < words.length && k <= 4; k++) {
      if (datedRest(words.slice(k).join(' '))) return words.slice(0, k).join(' ');
    }
  }
  return place.trim();
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().trim();
let known: Set<string> | null = null;
/**
 * True when `name` is a known place: a city of the IANA time-zone ids, a country or territory
 * name from Intl.DisplayNames (English, French, German, Spanish, Italian, Portuguese), or one
 * of the entity module's extra places (capitals, US states, regions: lib/entities/data/latin.json).
 * Compared without case or accents ("LONDON" = "London", "BOGOTA" = "Bogotá").
 */
export function knownPlace(name: string): boolean {
  if (!known) {
    known = new Set([...timeZoneCities(), ...['en', 'fr', 'de', 'es', 'it', 'pt'].flatMap((l) => regionNames(l).filter((e) => e.type === 'PLACE').map((e) => e.name)), ...latin.placesExtra].map(fold));
  }
  return known.has(fold(name));
}

interface LineHit {
  place: string;
  source: string | null;
  conf: number;
}

/**
 * Reads a dateline at the start of `text`.
 * Input: a line or the opening of the lead paragraph; `whole` when `text` is a whole short block.
 * Output: place (and source when written) with confidence, or null.
 */
export function parseDatelineLine(text: string, whole: boolean): LineHit | null {
  const t = text.replace(/\s+/g, ' ').trim();
  // PLACE[, extra] (SOURCE) —
  let m = RE_PAREN.exec(t);
  if (m) {
    const place = stripDate(m[1]).replace(/,\s*$/, '');
    const lead = place.split(/\s*,\s*/)[0];
    const source = m[2].trim();
    if (placeOk(lead) && place.length <= 40 && sourceOk(source) && !parseText(source).dates.length) {
      // A place in capitals is a dateline whatever the credit; a mixed-case one ("Washington (AP) —")
      // only when the credit is a news agency or an organisation written like one.
      if (!LATIN.test(lead) || CAPS_PLACE.test(lead)) return { place, source, conf: 0.9 };
      if (agencyIn(source) === source || /^\p{Lu}{2,6}$/u.test(source)) return { place, source, conf: 0.85 };
      if (UPPER_START.test(source) && wordCount(source) <= 3 && !PICTURE_CREDIT.test(source)) return { place, source, conf: 0.6 };
    }
  }
  // PLACE: «SOURCE»
  m = RE_QUOTED.exec(t);
  if (m && placeOk(m[1]) && sourceOk(m[2])) return { place: m[1].trim(), source: m[2].trim(), conf: 0.85 };
  // PLACE - SOURCE (whole short block) or PLACE - SOURCE - text
  m = RE_DASHED.exec(t);
  if (m && placeOk(m[1]) && sourceOk(m[2])) {
    if (whole && !m[3]) return { place: m[1].trim(), source: m[2].trim(), conf: 0.85 };
    if (m[3] && m[3].length > 20 && wordCount(m[2]) <= 3) return { place: m[1].trim(), source: m[2].trim(), conf: 0.7 };
  }
  // PLACE — text (lead only): Latin place in capitals, or one or two Arabic-script words.
  m = RE_PLACE_ONLY.exec(t);
  if (m && !whole) {
    const p = m[1].trim().replace(/,\s*$/, '');
    const first = p.split(/\s*,\s*/)[0];
    // A lone word in capitals with nothing after it but the dash ("MIGRATION – Probleme …", a kicker)
    // is a place only when it is a known one; a second word ("NAPA COUNTY"), a comma ("PARIS, France")
    // or a source make the line a dateline whatever the word.
    const lone = p === first && wordCount(first) === 1 && LATIN.test(first);
    if (placeOk(first) && ((CAPS_PLACE.test(first) && /\p{Lu}{2}/u.test(first) && (!lone || knownPlace(first))) || (!LATIN.test(first) && wordCount(first) <= 2))) {
      return { place: stripDate(p), source: null, conf: 0.6 };
    }
    // "Paris, 27 décembre 2020 –", "Genf, den 27. Dezember –": a mixed-case place counts when a
    // date, and nothing else, follows it before the dash (a person's name is not written so in a lead).
    if (placeOk(first) && LATIN.test(first) && wordCount(first) <= 3 && datedRest(p.slice(p.indexOf(',') + 1)) && !notPlace(first)) {
      return { place: first, source: null, conf: 0.7 };
    }
  }
  return null;
}

/** True when `rest` (after "Place,") is one date and nothing more ("27 déc", "le 27 décembre 2020", "den 27.12."). */
function datedRest(rest: string): boolean {
  if (!rest.trim()) return false;
  const { norm: s, dates } = parseText(rest);
  if (dates.length !== 1) return false;
  return /^[\s,]*(?:\p{L}{1,3}\s+)?$/u.test(s.slice(0, dates[0].start)) && /^[\s.,]*$/.test(s.slice(dates[0].end));
}

/** Words that open a line with a date but are no place: weekday and month names, date cues ("Monday, 27 Dec —", "Updated, …"). */
function notPlace(first: string): boolean {
  const k = norm(first).trim();
  const { weekdays, months } = tables();
  return weekdays.has(k) || months.has(k) || mentionsDateCue(k);
}

function agencyIn(text: string): string | null {
  const s = norm(text);
  for (const a of AGENCIES) {
    const i = s.indexOf(a.key);
    if (i < 0) continue;
    const before = s[i - 1] ?? ' ';
    const after = s[i + a.key.length] ?? ' ';
    if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(after)) continue;
    // Short Latin acronyms (AP, CP, PA…) must be written in capitals.
    if (/^[a-z]{2,4}$/.test(a.key) && !new RegExp(`(^|[^\\p{L}])${a.name}([^\\p{L}]|$)`, 'u').test(text)) continue;
    return a.name;
  }
  return null;
}

function isBylineEl(el: Element): boolean {
  for (let a: Element | null = el, k = 0; a && k < 3; a = a.parentElement, k++) {
    const w = `${a.getAttribute('class') ?? ''} ${a.id ?? ''} ${a.getAttribute('rel') ?? ''} ${a.getAttribute('itemprop') ?? ''}`.toLowerCase();
    if (/author|byline|credit|source|agency|dateline/.test(w)) return true;
  }
  return false;
}

/**
 * Place and source of the story. Looks at the lead paragraph's opening, the openings of
 * short paragraphs that may be a wire-style lead (Segment.opening, 80–150 characters), and the
 * last three header-zone blocks before the lead (nearest first; without a long paragraph, the
 * first three after the headline), then at byline blocks for an agency credit.
 * Output: {@link PlaceSource} (nulls when none).
 */
export function placeAndSource(region: Region): PlaceSource {
  const res: PlaceSource = { place: null, source: null, placeEvidence: null, sourceEvidence: null };
  const header = region.segments.filter((s) => s.zone === 'header');
  const lead = header.find((s) => s.lead);
  // Segments after the headline (segments are in document order; the walk notes where the headline was).
  const afterHead = (s: Segment) => !region.headline || (region.afterHeadline >= 0 ? region.segments.indexOf(s) >= region.afterHeadline : !!(region.headline.compareDocumentPosition(s.el) & 4));
  // Without a long paragraph the dateline is near the headline, not at the end of the header zone.
  const near = header.filter((s) => !s.lead && afterHead(s));
  const before = lead ? near.slice(-3).reverse() : near.slice(0, 3);
  // Short paragraphs that may be the lead (Segment.opening: «LONDON (Reuters) - The bank held rates.»), after a standfirst too.
  const openings = region.segments.filter((s) => s.opening);
  const order: Segment[] = [...new Set([...(lead ? [lead] : []), ...openings, ...before])];
  for (const seg of order) {
    const opening = !!(seg.lead || seg.opening);
    if (!opening && seg.text.length > 80) continue;
    const hit = parseDatelineLine(seg.text, !opening);
    // After a long paragraph (a standfirst without a class name?) only a dateline with its source counts.
    if (!hit || (seg.zone === 'body' && !hit.source)) continue;
    res.place = hit.place;
    res.placeEvidence = { rule: 'dateline-line', text: clip(seg.text), confidence: hit.conf };
    if (hit.source) {
      res.source = hit.source;
      res.sourceEvidence = { rule: 'dateline-line', text: clip(seg.text), confidence: hit.conf };
    }
    break;
  }
  if (!res.source) {
    for (const seg of header) {
      if (seg.lead || seg.text.length > 120) continue;
      if (!(isBylineEl(seg.el) || BYLINE_START.test(seg.text) || /^(source|المصدر|المصدر:|quelle|fuente|fonte|kaynak)\b/iu.test(seg.text))) continue;
      const a = agencyIn(seg.text);
      if (a) {
        res.source = a;
        res.sourceEvidence = { rule: 'byline-agency', text: clip(seg.text), confidence: 0.7 };
        break;
      }
    }
  }
  return res;
}
