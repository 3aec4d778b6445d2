import type { ClutterRule } from '../types';
import { inSiteChrome, pageIndex } from '../dom';
import { normBlock } from '../text';
import { cand, describe, SKELETON } from './util';

/**
 * repeated: whole blocks whose visible text, normalised (NFKC, lower case,
 * whitespace collapsed), occurs more than once on the page: footers printed
 * twice, a brand word in a row of spans. Counting uses text nodes only (meta,
 * alt and other attribute text never count); an element that merely wraps
 * another with the same text is one occurrence. A container whose every
 * text-bearing child is repeated (≥ 2 of them, no text of its own) counts as
 * repeated too ("rows" of the same word). Nothing inside the article root,
 * holding it, or inside or holding header/nav (logo, main menu) is proposed.
 */
export const repeated: ClutterRule = {
  id: 'repeated',
  kind: 'repeated',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const root = ctx.root;
    const key = new Map<Element, string>();
    const count = new Map<string, number>();
    for (const el of idx.els) {
      const t = idx.textLen(el);
      if (t < 3 || t > 2000 || SKELETON.has(el.tagName.toUpperCase())) continue;
      const p = el.parentElement;
      if (p && idx.textLen(p) === t) continue; // same text as its wrapper: one occurrence
      const k = normBlock(idx.text(el));
      if (!/\p{L}/u.test(k)) continue;
      key.set(el, k);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    const rep = new Set<Element>();
    const isRep = (el: Element): boolean => {
      const k = key.get(el);
      if (k !== undefined && (count.get(k) ?? 0) > 1) return true;
      return false;
    };
    // Bottom-up: containers made only of repeated blocks (reverse document order visits children first).
    for (let i = idx.els.length - 1; i >= 0; i--) {
      const el = idx.els[i];
      if (SKELETON.has(el.tagName.toUpperCase())) continue;
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
      if (inSiteChrome(el) || el.querySelector('nav, header, [role="navigation"], [role="banner"]')) continue;
      last = el;
      out.push(cand(el, 'repeated', 'repeated', `text occurs more than once on the page: "${idx.text(el).slice(0, 40)}" (${describe(el)})`));
    }
    return out;
  },
};
