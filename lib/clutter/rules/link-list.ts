import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { countWords } from '../text';
import { cand, describe, SKELETON } from './util';

const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'ASIDE', 'TBODY']);

/**
 * link-list: lists of headline links outside the article (rails of dated,
 * unrelated stories; "latest" columns). A list is a UL/OL (or a container with
 * ≥ 3 alike children) outside the article root where ≥ 3 items and ≥ 80 % of
 * items hold a link, links are headline-long (≥ 4 words on average, unlike a
 * menu) and items carry little text besides the link (a date, a kicker).
 * Menus in header/nav stay. Needs an article root: without one nothing fires.
 */
export const linkList: ClutterRule = {
  id: 'link-list',
  kind: 'recirculation',
  detect(ctx) {
    const root = ctx.root;
    if (!root) return [];
    const idx = pageIndex(ctx);
    const out = [];
    const wordsOf = new Map<Element, number>();
    for (const el of idx.els) {
      const tag = idx.tag(el);
      if (!LIST_TAGS.has(tag) || SKELETON.has(tag)) continue;
      if (idx.links(el) < 3) continue;
      if (idx.contains(el, root) || idx.contains(root, el)) continue;
      const items: Element[] = [];
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.textLen(c) > 0) items.push(c);
      if (items.length < 3) continue;
      if (tag !== 'UL' && tag !== 'OL' && tag !== 'DL') {
        // A generic container counts as a list when its items share a tag.
        const first = items[0].tagName;
        if (items.filter((c) => c.tagName === first).length < 0.8 * items.length) continue;
      }
      let withLink = 0, words = 0, nLinks = 0, extra = 0;
      for (const it of items) {
        if (idx.links(it) < 1) continue;
        withLink++;
        nLinks += idx.links(it);
        const lt = idx.linkLen(it);
        extra += Math.max(0, idx.textLen(it) - lt);
        if (lt > 0) {
          const anchors = idx.anchors(it);
          for (const a of anchors) {
            let w = wordsOf.get(a);
            if (w === undefined) { w = countWords(a.textContent ?? ''); wordsOf.set(a, w); }
            words += w;
          }
        }
      }
      if (withLink < 3 || withLink < 0.8 * items.length) continue;
      const avgWords = words / Math.max(1, nLinks);
      if (avgWords < 4) continue; // a menu or tag cloud, not headlines
      const linkText = idx.linkLen(el);
      if (extra > 1.5 * linkText + 20 * withLink) continue; // items are prose, not links
      if (idx.chrome(el)) continue;
      out.push(cand(el, 'recirculation', 'link-list', `${withLink} linked items, ${avgWords.toFixed(1)} words per link, outside the article (${describe(el)})`));
    }
    return out;
  },
};
