/**
 * Dateline extraction: where and when the story was filed.
 * Rules, most reliable first, each in its own module under ./rules:
 * json-ld → meta (+ microdata) → time-element → text-date → url → relative;
 * place and source from the dateline line or a byline agency credit.
 * Reads the document only (never modifies it); no browser globals.
 */
import type { Dateline, Evidence } from '../types';
import type { DateCandidate } from './types';
import { buildRegion } from './region';
import { jsonLdDates } from './rules/json-ld';
import { metaDates } from './rules/meta';
import { timeElementDates } from './rules/time-element';
import { urlDates } from './rules/url';
import { textDates } from './rules/text-date';
import { relativeDates } from './rules/relative';
import { placeAndSource } from './rules/place-source';
import { findPageOffset } from './page-offset';
import { clip } from './normalize';
import { isoUtc, whenToMs } from './zones';

export interface DatelineOptions {
  /** Page URL (URL date patterns). */
  url: string;
  /** The article's root element in `doc` (from extraction), or null. */
  root: Element | null;
  /** Visit time, for relative dates ("2 hours ago") and the future-date check; defaults to now. */
  now?: Date;
  /**
   * Every element of `doc.body` in document order, body first (extraction's page index,
   * lib/clutter/dom.ts `els`), when the caller has walked the page already; the dateline then
   * finds its h1/meta/link/script elements without querying the whole document again. The
   * document must not have changed since the list was made.
   */
  bodyEls?: readonly Element[];
}

const RULE_ORDER = ['json-ld', 'meta', 'time-element', 'text-date', 'url', 'relative'];
const MIN_MS = Date.UTC(1990, 0, 1);

interface Scored {
  c: DateCandidate;
  ms: number;
  conf: number;
  offset: number | null;
  note: string;
}

/**
 * Finds where and when the story was filed.
 * Input: the page (read-only); `opts.url`; `opts.root` = article root from
 * extraction, or null (the headline h1 and its surroundings are found here);
 * `opts.now` = visit time (default: the current time).
 * Output: {@link Dateline}: published/modified as ISO 8601 UTC ("2020-12-27T06:12:00Z")
 * or null ("no date found", never a guess), place/source or null, and evidence for each
 * (rule, text, the page's UTC offset in minutes where known, confidence 0..1).
 * A time written without a zone is the page's local time: a zone written elsewhere on
 * the same line, else the page's offset (page-offset.ts: its zoned dates, then offsets in
 * <time datetime>, meta and JSON-LD values anywhere on the page), else UTC with lower
 * confidence; the evidence says which.
 * Dates after `now`, before 1990 and copyright years are rejected. Never throws.
 */
export function extractDateline(doc: Document, opts: DatelineOptions): Dateline {
  const now = opts.now ?? new Date();
  const empty: Dateline = { place: null, source: null, published: null, modified: null, evidence: { place: null, source: null, published: null, modified: null } };
  let region;
  try {
    region = buildRegion(doc, opts.root, '', opts.bodyEls);
  } catch {
    return empty;
  }
  const structured = [...jsonLdDates(doc, region.lang, region.docTags('script')), ...metaDates(doc, region), ...timeElementDates(region)];
  // The page address, else its canonical / og:url address (saved or proxied copies).
  const canonical = region.docTags('link').find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const ogUrl = region.docTags('meta').find((m) => m.getAttribute('property') === 'og:url');
  const addresses = [opts.url, canonical?.getAttribute('href'), ogUrl?.getAttribute('content')];
  let fromUrl: DateCandidate[] = [];
  for (const a of addresses) if (a && !fromUrl.length) fromUrl = urlDates(a);
  // The year of year-less text dates: the URL date, else the most trusted structured date.
  const hintFrom = [...fromUrl, ...[...structured].sort((a, b) => b.confidence - a.confidence)].find((c) => c.when.y > 0);
  const textual = textDates(region, now, hintFrom ? { y: hintFrom.when.y, m: hintFrom.when.m, d: hintFrom.when.d, rule: hintFrom.rule } : null);
  let all = [...structured, ...textual, ...fromUrl];
  // Relative phrases are a last resort: a published one only when no other rule found a published
  // date; a modified one ("Updated 2 hours ago") always, since pages often write only the update so
  // (it is kept below only when it is after the published date, and loses to any surer modified date).
  const hasPublished = all.some((c) => c.kind === 'published');
  all = [...all, ...relativeDates(region, now).filter((c) => c.kind === 'modified' || !hasPublished)];

  // The page's own UTC offset (page-offset.ts): its most trusted zoned value, else offsets elsewhere on the page.
  // Looked for only when some date has no zone written (it scans <time>, meta and JSON-LD).
  const po = all.some((c) => c.when.offset === null) ? findPageOffset(doc, region, all) : null;
  const pageOffset = po ? po.offset : null;

  const scored: Scored[] = [];
  for (const c of all) {
    let conf = c.confidence;
    let note = '';
    const offset = c.when.offset ?? pageOffset;
    if (c.when.offset === null && c.when.hh !== null) {
      if (pageOffset === null) {
        conf *= 0.8;
        note = ' [no zone written, none found on the page (JSON-LD, meta, <time>, the same line): read as UTC]';
      } else note = ` [no zone written: page offset ${pageOffset} min, from ${po!.from}]`;
    }
    const ms = whenToMs(c.when, offset ?? 0);
    const slack = offset === null || c.dateOnly ? 14 * 3_600_000 : 5 * 60_000;
    if (ms > now.getTime() + slack) continue; // in the future: not this story's date
    if (ms < MIN_MS) continue;
    scored.push({ c, ms, conf, offset, note });
  }
  const rank = (a: Scored, b: Scored) => b.conf - a.conf || RULE_ORDER.indexOf(a.c.rule) - RULE_ORDER.indexOf(b.c.rule);
  const pick = (kind: 'published' | 'modified'): Scored | null => {
    const list = scored.filter((s) => s.c.kind === kind).sort(rank);
    let best = list[0] ?? null;
    if (best && best.c.dateOnly) {
      // Same calendar day with a time of day from another rule: take the time.
      const day = (s: Scored) => new Date(s.ms + (s.offset ?? 0) * 60_000).toISOString().slice(0, 10);
      const timed = list.find((s) => !s.c.dateOnly && s.conf >= 0.45 && day(s) === new Date(Date.UTC(best!.c.when.y, best!.c.when.m - 1, best!.c.when.d)).toISOString().slice(0, 10));
      if (timed) best = timed;
    }
    return best;
  };
  const published = pick('published');
  let modified = pick('modified');
  if (modified && published && modified.ms < published.ms) modified = null;

  // Notes (assumptions, inferred year) are kept whole; the quoted text is clipped before them.
  const ev = (s: Scored | null): Evidence | null => {
    if (!s) return null;
    const notes = (s.c.note ?? '') + s.note;
    return { rule: s.c.rule, text: clip(s.c.text, Math.max(40, 200 - notes.length)) + notes, offsetMinutes: s.offset, confidence: Math.round(s.conf * 100) / 100 };
  };
  const ps = placeAndSource(region);
  return {
    place: ps.place,
    source: ps.source,
    published: published ? isoUtc(published.ms) : null,
    modified: modified ? isoUtc(modified.ms) : null,
    evidence: { place: ps.placeEvidence, source: ps.sourceEvidence, published: ev(published), modified: ev(modified) },
  };
}
