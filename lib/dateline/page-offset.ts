/**
 * The page's own UTC offset, for times written without a zone: a time with no
 * zone is the page's local time, and the page often says its zone elsewhere.
 * Looked for, most trusted first:
 * 1. the most trusted zoned, timed date candidate (JSON-LD, meta, <time> in the article, text);
 * 2. explicit non-UTC offsets ("+03:00") in `<time datetime>` anywhere on the page (side rails
 *    and related cards are printed by the same site, in the same zone), the most frequent;
 * 3. explicit non-UTC offsets in any `<meta content>` or JSON-LD value (not only the date keys the rules read).
 * A "Z" or "+00:00" outside the candidates says nothing (many systems print UTC), so 2 and 3 skip it.
 */
import type { DateCandidate } from './types';
import type { Region } from './region';
import { byTag } from './region';

export interface PageOffset {
  /** Minutes east of UTC (180 = +03:00). */
  offset: number;
  /** Where it was found, for the evidence ("json-ld value", "<time datetime> elsewhere on the page"). */
  from: string;
}

/** ISO date-time with an explicit offset, anywhere in a string. */
const ISO_OFFSET = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s?([+-])(\d{2}):?(\d{2})(?!\d)/g;
const MAX_VALUES = 200;

function offsetsIn(s: string, into: Map<number, number>): void {
  for (const m of s.matchAll(ISO_OFFSET)) {
    const off = (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
    if (off !== 0 && Math.abs(off) <= 14 * 60) into.set(off, (into.get(off) ?? 0) + 1);
  }
}

function mostFrequent(counts: Map<number, number>): number | null {
  let best: number | null = null;
  for (const [k, v] of counts) if (best === null || v > counts.get(best)!) best = k;
  return best;
}

/**
 * Finds the page's offset. Input: the page, its region, all date candidates (relative ones are
 * ignored: their zone is the visit's). Output: {@link PageOffset}, or null when the page says
 * nothing about its zone. Reads only; never throws on odd markup.
 */
export function findPageOffset(doc: Document, region: Region, candidates: DateCandidate[]): PageOffset | null {
  const zoned = candidates.filter((c) => c.when.offset !== null && c.when.hh !== null && c.rule !== 'relative').sort((a, b) => b.confidence - a.confidence);
  if (zoned.length) return { offset: zoned[0].when.offset!, from: `the ${zoned[0].rule} value` };
  const times = new Map<number, number>();
  let n = 0;
  for (const t of byTag(doc, 'time')) {
    if (++n > MAX_VALUES) break;
    const v = t.getAttribute('datetime');
    if (v) offsetsIn(v, times);
  }
  const fromTimes = mostFrequent(times);
  if (fromTimes !== null) return { offset: fromTimes, from: '<time datetime> elsewhere on the page' };
  const values = new Map<number, number>();
  for (const m of region.docTags('meta')) {
    const v = m.getAttribute('content');
    if (v && v.length < 64) offsetsIn(v, values);
  }
  for (const s of region.docTags('script')) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') offsetsIn((s.textContent ?? '').slice(0, 100_000), values);
  }
  const fromValues = mostFrequent(values);
  return fromValues !== null ? { offset: fromValues, from: 'meta / JSON-LD values' } : null;
}
