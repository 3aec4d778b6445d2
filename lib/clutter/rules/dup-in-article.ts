import type { ClutterRule, Candidate } from '../types';
import { closestMemo, pageIndex, type PageIndex } from '../dom';
import { normBlock } from '../text';
import { cand, describe, SKELETON } from './util';

/** Shortest text (non-space characters) a block needs before its copies count. */
const MIN_CHARS = 20;
/** Longest block considered: captions, credits, pull quotes, not whole sections. */
const MAX_CHARS = 1000;

/**
 * True for a caption-like block: a figcaption or anything inside a figure,
 * or a class/id token "caption"/"credit" on it or a wrapper; never inside a
 * table (cells repeat by design). Text next to a photo is not enough: a
 * paragraph after each photo may repeat on purpose.
 */
function captionLike(idx: PageIndex, el: Element, block: Element, inTable: (el: Element) => boolean, inFigure: (el: Element) => boolean): boolean {
  if (inTable(el)) return false;
  if (inFigure(el)) return true;
  for (let e: Element | null = el; e && e !== block.parentElement; e = e.parentElement) if (idx.tokens(e).some((x) => x === 'caption' || x === 'credit' || x === 'credits')) return true;
  return false;
}

/**
 * dup-in-article: a caption-like text block inside the article whose text (normalised:
 * NFKC, lower case, whitespace collapsed) already appeared in an earlier
 * block of the article: the same caption under every photo of a gallery, a
 * credit line printed twice. Only caption-like blocks count (see
 * captionLike): paragraphs of running text may legitimately repeat. The first
 * copy stays; later copies are proposed (the element holding the text, with wrappers that
 * hold nothing else; a figure's photo stays). Blocks are the innermost elements holding the text, of 20 to 1000
 * characters. Needs an article root.
 */
export const dupInArticle: ClutterRule = {
  id: 'dup-in-article',
  kind: 'repeated',
  detect(ctx) {
    const root = ctx.root;
    if (!root) return [];
    const idx = pageIndex(ctx);
    const start = idx.pos.get(root);
    if (start === undefined) return [];
    const seen = new Set<string>();
    const out: Candidate[] = [];
    let last: Element | null = null;
    // closest('table') and closest('figcaption, figure'), memoised over the article's elements.
    const inTable = closestMemo((e) => idx.tag(e) === 'TABLE');
    const inFigure = closestMemo((e) => { const t = idx.tag(e); return t === 'FIGCAPTION' || t === 'FIGURE'; });
    for (let i = start + 1; i < idx.els.length; i++) {
      const el = idx.els[i];
      if (!idx.contains(root, el)) break;
      const t = idx.textLen(el);
      if (t < MIN_CHARS || t > MAX_CHARS || SKELETON.has(idx.tag(el))) continue;
      let childWithAll = false;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.textLen(c) === t) { childWithAll = true; break; }
      if (childWithAll) continue;
      let block = el;
      // Climb only through pure wrappers: a figure keeps its (distinct) photo.
      for (let p = el.parentElement; p && p !== root && idx.textLen(p) === t && p.childElementCount === 1; p = p.parentElement) block = p;
      if (!captionLike(idx, el, block, inTable, inFigure)) continue;
      const key = normBlock(idx.text(el));
      if (!seen.has(key)) { seen.add(key); continue; }
      if (last && idx.contains(last, block)) continue;
      last = block;
      out.push(cand(block, 'repeated', 'dup-in-article', `same text as an earlier block of the article: "${idx.text(el).slice(0, 40)}" (${describe(block)})`));
    }
    return out;
  },
};
