/**
 * The lede Readability drops: paragraphs between the headline and the part of
 * the page Readability kept, when the story is split over sibling containers
 * (a first block holding the headline and the opening paragraphs, a second
 * holding the rest: Readability keeps only the larger one).
 */
import type { PageIndex } from '../clutter/dom';
import cues from './cues/lede.json';
import { isDateLine } from './date-lines';

/** Class/id tokens of a block that is a caption, byline or meta line, not the lede (cues/lede.json). */
const NOT_LEDE = new Set(cues.notLede);
/** How many ancestors of a paragraph are checked for those tokens. */
const TOKEN_DEPTH = 4;

/** At most this many paragraphs are taken as the lede. */
const MAX_LEDE = 4;
/** A lede paragraph has at least this many characters of text (non-space). */
const MIN_CHARS = 40;
/** …and at most this share of it in links. */
const MAX_LINK_SHARE = 0.3;
/** Any other block between the headline and the article with more text than this (non-space characters) means the gap is not a lede (a teaser list, a sidebar). */
const MAX_OTHER_CHARS = 80;
/** A block in the gap with this much text (non-space characters), half of it in links, is a teaser or a menu: no lede. */
const MIN_LINK_BLOCK = 20;
/** Elements between the headline and the article beyond which no lede is looked for. */
const MAX_GAP_ELEMENTS = 80;

/** Block tags whose text is one line or paragraph. */
const LEAF_BLOCKS = new Set(['P', 'DIV', 'SECTION', 'BLOCKQUOTE', 'LI', 'TD', 'DD', 'FIGCAPTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'ADDRESS', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'TABLE', 'FIGURE', 'ARTICLE', 'NAV', 'FORM', 'DL']);

/**
 * The live `<p>` elements that open the story between `headline` and
 * `firstKept` (the first live element whose text Readability kept), in
 * document order; [] unless every text-bearing block in that gap is either a
 * lede paragraph (a `<p>` of ≥ 40 characters, ≤ 30 % in links, not in a
 * list, table, nav, aside, form, header, footer or figure, not a date line, no
 * caption/byline/meta class or id on it or its 4 nearest ancestors) or short (≤ 80
 * characters and not mostly links: a byline, a date, a caption). At most 4 paragraphs; nothing when
 * the gap is longer than 80 elements or the headline does not come first.
 * Input: the page index (document order, text lengths), headline, first kept
 * element. Output: live elements (read only).
 */
export function ledeBefore(index: PageIndex, headline: Element, firstKept: Element): Element[] {
  const h = index.pos.get(headline);
  const k = index.pos.get(firstKept);
  if (h === undefined || k === undefined || k <= h || k - h > MAX_GAP_ELEMENTS) return [];
  const out: Element[] = [];
  for (let i = h + 1; i < k; i++) {
    const el = index.els[i];
    if (index.contains(headline, el) || index.contains(el, firstKept)) continue;
    const tag = index.tag(el);
    if (!LEAF_BLOCKS.has(tag)) continue;
    // Only leaf blocks: one without a block child below it.
    let leaf = true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (LEAF_BLOCKS.has(index.tag(c))) { leaf = false; break; }
    if (!leaf) continue;
    const len = index.textLen(el);
    if (len === 0) continue;
    const isLede = tag === 'P' && len >= MIN_CHARS && index.linkLen(el) <= MAX_LINK_SHARE * len
      && !el.closest('li, table, nav, aside, form, header, footer, figure') && !markedNotLede(index, el) && !isDateLine(index.text(el));
    if (isLede) { out.push(el); if (out.length > MAX_LEDE) return []; continue; }
    if (len > MAX_OTHER_CHARS || (len >= MIN_LINK_BLOCK && index.linkLen(el) * 2 >= len)) return [];
  }
  return out;
}

/** True when `el` or one of its 4 nearest ancestors carries a caption/byline/meta class or id token ({@link NOT_LEDE}). */
function markedNotLede(index: PageIndex, el: Element): boolean {
  let e: Element | null = el;
  for (let k = 0; e && k <= TOKEN_DEPTH; k++, e = e.parentElement) for (const t of index.tokens(e)) if (NOT_LEDE.has(t)) return true;
  return false;
}
