/**
 * Search-result highlighting (pure; builds DOM through the Document it is
 * given, never through HTML strings).
 */
import { normalizeWithMap, cliticVariants } from './normalize';
import type { QueryTerms } from './search';

/** A half-open range of UTF-16 offsets into the original text. */
export type Range = [start: number, end: number];

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where the query words occur in `text`, by the same rules as the search
 * (normalised; a word matches the start of a text word or of its Arabic
 * clitic variant). Input: original text, {@link QueryTerms}. Output: sorted,
 * non-overlapping ranges in the original text.
 */
export function matchRanges(text: string, terms: QueryTerms): Range[] {
  if (!terms.length || !text) return [];
  const { text: norm, map } = normalizeWithMap(text);
  const out: Range[] = [];
  const flat = terms.flat();
  for (const m of norm.matchAll(WORD)) {
    const tok = m[0];
    const at = m.index!;
    // A match is a prefix of a suffix of the word, so the query form must occur in it: skip the rest cheaply.
    if (!flat.some((alt) => tok.includes(alt))) continue;
    let best: Range | null = null;
    for (const variant of cliticVariants(tok)) {
      const off = tok.length - variant.length;
      for (const alts of terms) {
        for (const alt of alts) {
          const ok = alt.length < 2 ? variant === alt : variant.startsWith(alt);
          if (!ok) continue;
          const r: Range = [map[at + off], map[at + off + alt.length]];
          if (!best || r[1] - r[0] > best[1] - best[0]) best = r;
        }
      }
      if (best) break;
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * A window of about `width` characters around the first match, cut at
 * spaces. Input: text, its match ranges, width in characters (default 200).
 * Output: [start, end] offsets into the text (the start of the text when nothing matched).
 */
export function snippetWindow(text: string, ranges: readonly Range[], width = 200): Range {
  if (text.length <= width) return [0, text.length];
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    if (sp >= 0 && sp < first) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > (ranges[0]?.[1] ?? start)) end = sp;
  }
  return [start, end];
}

/**
 * Text with its matches wrapped in `<mark>`, as a DocumentFragment built with
 * DOM APIs. Input: the Document to build in, the text, match ranges, an
 * optional window (adds "…" where text was cut). Output: the fragment.
 */
export function highlighted(doc: Document, text: string, ranges: readonly Range[], window: Range = [0, text.length]): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const [ws, we] = window;
  let pos = ws;
  if (ws > 0) frag.appendChild(doc.createTextNode('… '));
  for (const [s0, e0] of ranges) {
    const s = Math.max(s0, ws);
    const e = Math.min(e0, we);
    if (e <= s || s < pos) continue;
    if (s > pos) frag.appendChild(doc.createTextNode(text.slice(pos, s)));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(s, e);
    frag.appendChild(mark);
    pos = e;
  }
  if (pos < we) frag.appendChild(doc.createTextNode(text.slice(pos, we)));
  if (we < text.length) frag.appendChild(doc.createTextNode(' …'));
  return frag;
}
