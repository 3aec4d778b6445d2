import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { normBlock } from '../text';
import { cand, describe, SKELETON } from './util';

/**
 * repeated: whole blocks whose visible text, normalised (NFKC, lower case,
 * whitespace collapsed), occurs more than once on the page: footers printed
 * twice, a brand word in a row of spans. Of copies far apart on the page,
 * the first stays (it may be the content the others echo, e.g. a title in a
 * breadcrumb); copies close together all go. Texts under 20 characters and 3 words must
 * occur at least 4 times (short labels such as units or tags legitimately
 * repeat inside content); MathML and SVG never count. Counting uses text nodes only (meta,
 * alt and other attribute text never count); an element that merely wraps
 * another with the same text is one occurrence. A container whose every
 * text-bearing child is repeated (≥ 2 of them, no text of its own) counts as
 * repeated too ("rows" of the same word). Nothing inside the article root,
 * holding it, or inside or holding header/nav (logo, main menu) is proposed.
 */
/** True when two elements are siblings or sit in the same small block: their common ancestor is at most 2 levels above `a` and 3 above `b`, and is not the page skeleton. */
function closeTogether(a: Element, b: Element): boolean {
  if (a.parentElement && a.parentElement === b.parentElement) return true; // siblings (a footer printed twice)
  let x: Element | null = a.parentElement;
  for (let up = 1; x && up <= 2; up++, x = x.parentElement) {
    if (SKELETON.has(x.tagName.toUpperCase())) return false;
    if (x.contains(b)) {
      let d = 0;
      for (let y: Element | null = b; y && y !== x; y = y.parentElement) d++;
      return d <= 3;
    }
  }
  return false;
}

/** Normalised length (or 3 words) from which two occurrences are enough. */
const LONG = 20;
/** Occurrences needed for shorter texts. */
const SHORT_MIN_COUNT = 4;

export const repeated: ClutterRule = {
  id: 'repeated',
  kind: 'repeated',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const root = ctx.root;
    const occ = new Map<string, Element[]>();
    for (const el of idx.els) {
      const t = idx.textLen(el);
      if (t < 3 || t > 2000 || SKELETON.has(idx.tag(el))) continue;
      const p = el.parentElement;
      if (p && idx.textLen(p) === t) continue; // same text as its wrapper: one occurrence
      const k = normBlock(idx.text(el));
      if (!/\p{L}/u.test(k)) continue;
      if (idx.inMathSvg(el)) continue; // formulas and drawings repeat symbols by nature
      const list = occ.get(k);
      if (list) list.push(el); else occ.set(k, [el]);
    }
    // Which occurrences count as repeated: every copy that has a twin close by (same
    // block of the page: duplicated footers, rows), and every copy after the first
    // (the first of far-apart copies stays: it may be the content the others echo).
    const repOcc = new Set<Element>();
    for (const [k, list] of occ) {
      if (list.length < (k.length >= LONG || k.split(' ').length >= 3 ? 2 : SHORT_MIN_COUNT)) continue;
      for (let i = 0; i < list.length; i++) {
        if (i > 0) { repOcc.add(list[i]); continue; }
        let near = false;
        for (let j = 1; j < list.length && !near; j++) near = closeTogether(list[0], list[j]);
        if (near) repOcc.add(list[0]);
      }
    }
    const isRep = (el: Element): boolean => repOcc.has(el);
    const rep = new Set<Element>();
    // Bottom-up: containers made only of repeated blocks (reverse document order visits children first).
    for (let i = idx.els.length - 1; i >= 0; i--) {
      const el = idx.els[i];
      if (SKELETON.has(idx.tag(el))) continue;
      if (isRep(el)) { rep.add(el); continue; }
      const t = idx.textLen(el);
      if (t === 0) continue;
      let n = 0, all = true, covered = 0;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const ct = idx.textLen(c);
        if (ct === 0) continue;
        if (rep.has(c) || (idx.textLen(c) === t && rep.has(c))) { n++; covered += ct; } else { all = false; break; }
      }
      if (all && n >= 2 && covered === t) rep.add(el);
    }
    const out = [];
    let last: Element | null = null;
    for (const el of idx.els) {
      if (!rep.has(el)) continue;
      if (last && idx.contains(last, el)) continue; // the outermost repeated block only
      if (root && (idx.contains(root, el) || idx.contains(el, root))) continue;
      if (idx.chrome(el) || idx.holdsChrome(el)) continue;
      last = el;
      out.push(cand(el, 'repeated', 'repeated', `text occurs more than once on the page: "${idx.text(el).slice(0, 40)}" (${describe(el)})`));
    }
    return out;
  },
};
