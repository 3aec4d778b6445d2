/**
 * Posted/updated lines at the edges of an article: "Posted Fri 6:45 PM, Feb
 * 16, 2018 · Updated Sat 8:31 PM", «نشر في 27 ديسمبر 2020 - 06:12», "19:49".
 * Readability keeps them with the story; they are the page's metadata (the
 * dateline reads the date from the page itself), not its text, and the
 * Scrapinghub and Trafilatura ground truths leave them out.
 */
import { parseText, findTimes } from '../dateline/parse-text';
import { norm } from '../dateline/normalize';
import dateCues from '../dateline/data/cues.json';
import fillers from './cues/date-line.json';
import { wordCount } from './text';

/** Longest line (in words) that may be only a date line. */
const MAX_WORDS = 20;
/** Words other than dates, times, cue and filler words a date line may hold (a section label: "Entertainment"). */
const MAX_OTHER_WORDS = 1;
/** How many text blocks at each edge of the article are looked at. */
const EDGE_BLOCKS = 3;

const phrases = (xs: string[]) => [...new Set(xs.map((x) => norm(x).trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
/** Posted/updated cue phrases (lib/dateline's data), longest first. */
const CUES = phrases([...dateCues.modified, ...dateCues.published]);
/** Filler words by language, all languages together (a line may mix them). */
const FILLERS = new Set(phrases(Object.entries(fillers).filter(([k]) => !k.startsWith('_')).flatMap(([, v]) => v as string[])));

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * True when `text` is only a date line: at most 20 words, at least one date
 * or time of day, and besides the dates, times, posted/updated cue words
 * (lib/dateline/data/cues.json) and filler words (cues/date-line.json) at
 * most one other word. Input: the line's text (any language and digits);
 * `lang` (BCP 47) for day/month order. Output: boolean. Never throws.
 */
export function isDateLine(text: string, lang?: string): boolean {
  const n = wordCount(text);
  if (n === 0 || n > MAX_WORDS) return false;
  const r = parseText(text, { lang });
  const times = findTimes(r.norm);
  if (!r.dates.length && !times.length) return false;
  const s = r.norm.split('');
  for (const sp of [...r.dates, ...times]) for (let i = sp.start; i < sp.end; i++) s[i] = ' ';
  let rest = s.join('');
  for (const c of CUES) {
    let i = rest.indexOf(c);
    while (i >= 0) {
      if (!isWordChar(rest[i - 1]) && !isWordChar(rest[i + c.length])) rest = rest.slice(0, i) + ' '.repeat(c.length) + rest.slice(i + c.length);
      i = rest.indexOf(c, i + 1);
    }
  }
  let other = 0;
  for (const m of rest.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (FILLERS.has(m[0])) continue;
    if (++other > MAX_OTHER_WORDS) return false;
  }
  return true;
}

/** Block tags a date line is written in (not list items or table cells: a list or table of dates is content). */
const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'TIME', 'SMALL', 'HEADER', 'FOOTER', 'SECTION', 'H4', 'H5', 'H6', 'ADDRESS']);
/** Tags that make an element a container of blocks rather than one line. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'FIGCAPTION', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DL', 'ASIDE', 'NAV', 'FORM']);

/**
 * The date lines among the first and last three text blocks of `content`
 * (Readability's article element): lines (see {@link LINE_TAGS}) without
 * block children whose text {@link isDateLine}; never inside a list or a
 * table, and never when the article would be left with less than twice the
 * line's words. Input: the content element, `lang`. Output: the elements to
 * drop from the article (the page is not touched).
 */
export function edgeDateLines(content: Element, lang?: string): Element[] {
  const lines: Element[] = [];
  const walk = (el: Element) => {
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName.toUpperCase())) { hasBlock = true; break; }
    if (!hasBlock && el !== content) {
      // A leaf block with text; one that is not a line tag (a link, an image caption) still counts as an edge block.
      if ((el.textContent ?? '').trim()) lines.push(el);
      return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  walk(content);
  const edge = new Set([...lines.slice(0, EDGE_BLOCKS), ...lines.slice(-EDGE_BLOCKS)]);
  const total = wordCount(content.textContent ?? '');
  const out: Element[] = [];
  for (const el of edge) {
    if (!LINE_TAGS.has(el.tagName.toUpperCase()) || el.closest('li, td, th, table, ul, ol')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (total < 2 * wordCount(t) || !isDateLine(t, lang)) continue;
    out.push(el);
  }
  return out;
}
