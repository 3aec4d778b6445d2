import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { isCue } from '../cue-words';
import { cand, describe, expandBox, SKELETON } from './util';

/**
 * ad-label: boxes labelled as ads ("إعلان", "Advertisement", "Anzeige",
 * "Publicité", "Publicidad"… from cues/<lang>.json `adLabel`). A leaf whose
 * whole text is such a label marks its box: the largest ancestor that holds
 * no other text (the label plus an empty slot, an image or an iframe).
 */
export const adLabel: ClutterRule = {
  id: 'ad-label',
  kind: 'ad',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      const t = idx.textLen(el);
      if (t === 0 || t > 40 || SKELETON.has(idx.tag(el))) continue;
      // Only the innermost element carrying the label.
      let childWithAll = false;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.textLen(c) === t) { childWithAll = true; break; }
      if (childWithAll) continue;
      const label = idx.text(el);
      if (!isCue('adLabel', label)) continue;
      if (el.closest('a[href]')) continue; // a link named "Ads" (e.g. "Advertise with us") is navigation
      const box = expandBox(idx, el, 0);
      out.push(cand(box, 'ad', 'ad-label', `box labelled "${label}" (${describe(box)})`));
    }
    return out;
  },
};
