import type { ClutterRule, Candidate } from '../types';
import { pageIndex, type PageIndex } from '../dom';
import { startsWithCue } from '../cue-words';
import { countWords } from '../text';
import { cand, describe } from './util';

/** Blocks that can carry a label or one linked headline inside article text. */
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'UL', 'OL', 'LI', 'BLOCKQUOTE']);
/** Inline elements that may carry the label inside a block. */
const LABELS = new Set(['STRONG', 'B', 'SPAN', 'EM']);
/** A label is short: at most this many characters (non-space). */
const MAX_LABEL = 40;
/** A linked headline has at most this many words. */
const MAX_HEADLINE_WORDS = 30;
/** Unlabelled runs need this many link-only blocks in a row. */
const MIN_UNLABELLED = 3;
/** …each a headline: at least this many words ("link", "PDF" or a name is a reference, not a teaser). */
const MIN_HEADLINE_WORDS = 4;

/** Share of a block's text in links for it to count as link-only: after a label, kickers such as "[VIDEO]" may sit between the links. */
const LINK_SHARE_LABELLED = 0.75;
const LINK_SHARE_UNLABELLED = 0.9;

/** True when the block is links and (almost) nothing else (at least `share` of its text in links), each link headline-sized. */
function linkOnly(idx: PageIndex, el: Element, share: number): boolean {
  const t = idx.textLen(el);
  if (t === 0 || idx.links(el) < 1) return false;
  if (idx.linkLen(el) < share * t) return false;
  return countWords(idx.text(el)) <= MAX_HEADLINE_WORDS * Math.max(1, idx.links(el));
}

/** The block that carries `el`'s text alone (climbs while the parent adds no text). */
function ownBlock(idx: PageIndex, el: Element, stop: Element | null): Element {
  let cur = el;
  const t = idx.textLen(el);
  for (let p = el.parentElement; p && p !== stop && idx.textLen(p) === t && BLOCKS.has(idx.tag(p)); p = p.parentElement) cur = p;
  return cur;
}

/**
 * link-run: "read also" runs written into the article body as ordinary
 * paragraphs: a short label from cues `related` ("You may also like",
 * «اقرأ أيضا», "Lire aussi", "Mehr zum Thema"…) followed by sibling blocks
 * made of links (≥ 75 % of their text; kickers such as "[VIDEO]" between
 * linked headlines are fine), or, without a label, at
 * least 3 paragraphs in a row that are each only a link (≥ 90 %) of
 * headline length (≥ 4 words) inside the article. Empty siblings
 * (ad slots) between them are skipped. The label and every link-only block of
 * the run are proposed; the run ends at the first block with prose.
 */
export const linkRun: ClutterRule = {
  id: 'link-run',
  kind: 'recirculation',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const root = ctx.root;
    const out: Candidate[] = [];
    const taken = new Set<Element>();
    const runAfter = (start: Element, share: number): Element[] => {
      const run: Element[] = [];
      for (let s = start.nextElementSibling; s; s = s.nextElementSibling) {
        if (idx.textLen(s) === 0) continue;
        if (!BLOCKS.has(idx.tag(s)) || !linkOnly(idx, s, share)) break;
        run.push(s);
      }
      return run;
    };
    for (const el of idx.els) {
      if (taken.has(el)) continue;
      const t = idx.textLen(el);
      if (t === 0) continue;
      const tag = idx.tag(el);
      if (t <= MAX_LABEL && idx.links(el) === 0 && (BLOCKS.has(tag) || LABELS.has(tag))) {
        // The innermost element holding the label.
        let childWithAll = false;
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.textLen(c) === t) { childWithAll = true; break; }
        if (childWithAll) continue;
        const label = idx.text(el);
        if (!startsWithCue('related', label, 1)) continue;
        const block = ownBlock(idx, el, root);
        const run = runAfter(block, LINK_SHARE_LABELLED);
        if (!run.length) continue;
        out.push(cand(block, 'recirculation', 'link-run', `label "${label}" before ${run.length} link-only block(s) (${describe(block)})`));
        for (const r of run) { taken.add(r); out.push(cand(r, 'recirculation', 'link-run', `link-only block after "${label}" (${describe(r)})`)); }
        continue;
      }
      // Unlabelled: a run of link-only paragraphs inside the article, starting here.
      if (tag !== 'P' || !root || !idx.contains(root, el) || !linkOnly(idx, el, LINK_SHARE_UNLABELLED)) continue;
      let prev = el.previousElementSibling;
      while (prev && idx.textLen(prev) === 0) prev = prev.previousElementSibling;
      if (prev && BLOCKS.has(idx.tag(prev)) && linkOnly(idx, prev, LINK_SHARE_UNLABELLED)) continue; // not the start of the run
      const run = [el, ...runAfter(el, LINK_SHARE_UNLABELLED)].filter((r) => idx.tag(r) === 'P' && countWords(idx.text(r)) >= MIN_HEADLINE_WORDS);
      if (run.length < MIN_UNLABELLED) continue;
      for (const r of run) { taken.add(r); out.push(cand(r, 'recirculation', 'link-run', `${run.length} link-only paragraphs in a row (${describe(r)})`)); }
    }
    return out;
  },
};
