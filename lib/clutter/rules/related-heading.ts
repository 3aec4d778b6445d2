import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { startsWithCue } from '../cue-words';
import { cand, describe, SKELETON } from './util';

const HEADING_LIKE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'DIV', 'P', 'HEADER', 'LEGEND', 'LABEL', 'DT', 'SECTION', 'EM']);

/** Most text outside links a related list may have between its heading and its first link (a date, a kicker); more is an introductory paragraph. */
const MAX_INTRO_CHARS = 60;

/** Characters of text in `block` after `heading` and before the first link (text inside the heading not counted). */
function introLen(block: Element, heading: Element): number {
  const w = block.ownerDocument.createTreeWalker(block, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let n = 0;
  for (let node = w.nextNode(); node; node = w.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'A' && (node as Element).hasAttribute('href')) break;
      continue;
    }
    if (heading.contains(node)) continue;
    n += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return n;
}

/**
 * related-heading: "read also" / related / most-read blocks introduced by a
 * heading whose text is a cue word (cues `related`: «قد يهمك ايضًا», «اقرأ أيضا»,
 * «الأكثر قراءة», "Related", "Read more", "Lire aussi", "Mehr zum Thema",
 * "Te puede interesar"…). The block is the smallest ancestor of the heading
 * that holds at least one link besides the heading and is mostly links.
 * A heading followed by running text before the first link ({@link
 * MAX_INTRO_CHARS}+ characters outside links: "Mehr zum Thema" over a
 * sentence that introduces its links) heads a section of the article, not a
 * list of teasers, and is left alone.
 */
export const relatedHeading: ClutterRule = {
  id: 'related-heading',
  kind: 'recirculation',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      const t = idx.textLen(el);
      if (t === 0 || t > 48 || !HEADING_LIKE.has(idx.tag(el))) continue;
      let childWithAll = false;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.textLen(c) === t) { childWithAll = true; break; }
      if (childWithAll) continue;
      const label = idx.text(el);
      if (!startsWithCue('related', label, 2)) continue;
      // "Read more" inside a link is a teaser link, not a block heading.
      if (el.closest('a[href]')) continue;
      let block: Element | null = null;
      for (let p = el.parentElement, depth = 0; p && depth < 4; p = p.parentElement, depth++) {
        if (SKELETON.has(idx.tag(p))) break;
        const links = idx.links(p), total = idx.textLen(p) - t;
        if (links >= 1 && total > 0) {
          if (idx.linkLen(p) >= (links >= 3 ? 0.3 : 0.5) * total && total <= 3000) block = p;
          break;
        }
      }
      if (!block) continue;
      if (introLen(block, el) > MAX_INTRO_CHARS) continue;
      out.push(cand(block, 'recirculation', 'related-heading', `heading "${label}" over ${idx.links(block)} link(s) (${describe(block)})`));
    }
    return out;
  },
};
