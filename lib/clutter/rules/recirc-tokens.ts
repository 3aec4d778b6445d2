import type { ClutterRule } from '../types';
import { pageIndex, type PageIndex } from '../dom';
import { startsWithCue } from '../cue-words';
import { cand, describe, linkDensity, SKELETON } from './util';

/** Inside the article, a box named only by its class/id needs this many links (a related rail lists several stories). */
const MIN_LINKS_IN_ARTICLE = 3;

/**
 * True for a titled list of links (a "story timeline" of earlier parts): a
 * heading (h1–h6) that is not a related cue, then a list whose every item is a
 * link, at least 2 of them. A teaser box of one link, or one without a
 * heading, is not one.
 */
function titledLinkList(idx: PageIndex, el: Element): boolean {
  const h = el.querySelector('h1, h2, h3, h4, h5, h6');
  if (!h || startsWithCue('related', h.textContent ?? '', 2)) return false;
  const items = Array.from(el.querySelectorAll('li'));
  return items.length >= 2 && items.length === idx.links(el) && items.every((li) => idx.links(li) === 1);
}

/** Class/id tokens of recirculation widgets (generic vocabulary). */
const TOKENS = new Set(['related', 'relatedposts', 'relatedarticles', 'recommended', 'recommendation', 'recommendations', 'recirculation', 'promo', 'promos', 'promotion', 'promoted', 'teaser', 'teasers', 'trending', 'popular', 'mostread', 'mostpopular', 'mostviewed', 'outbrain', 'taboola', 'morenews', 'readmore', 'readalso', 'alsoread', 'youmaylike', 'upnext']);
/** Token pairs that name a widget together ("most read", "more news", "read also"). */
const PAIRS: Array<[string, string]> = [['most', 'read'], ['most', 'popular'], ['most', 'viewed'], ['more', 'news'], ['more', 'stories'], ['read', 'also'], ['also', 'read'], ['more', 'articles'], ['you', 'may']];

/**
 * recirc-tokens: recirculation widgets named by class/id tokens (related,
 * recommended, promo, teaser, trending, popular, "most-read", "more-news",
 * outbrain, taboola). Requires links and either high link density or a
 * promo-sized box (≤ 400 characters) so a page wrapper is never taken.
 * Inside the article root the class name alone is weak evidence for a titled
 * list of fewer than 3 links (a "story timeline" of two earlier parts): it
 * stays unless its heading is a related cue (cues `related`); teaser boxes of
 * one link or without a heading still go.
 */
/** True when `el` or one of its 2 nearest ancestors below `root` is a {@link titledLinkList} of the same links (the list inside it, its wrapper). */
function inTitledLinkList(idx: PageIndex, el: Element, root: Element): boolean {
  let e: Element | null = el;
  for (let up = 0; e && e !== root && up <= 2 && idx.links(e) === idx.links(el); up++, e = e.parentElement) if (titledLinkList(idx, e)) return true;
  return false;
}

export const recircTokens: ClutterRule = {
  id: 'recirc-tokens',
  kind: 'recirculation',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      if (SKELETON.has(idx.tag(el))) continue;
      const toks = idx.tokens(el);
      if (!toks.length) continue;
      let tok = toks.find((x) => TOKENS.has(x));
      if (!tok) { const set = new Set(toks); const pr = PAIRS.find(([a, b]) => set.has(a) && set.has(b)); if (pr) tok = pr.join('-'); }
      if (!tok) continue;
      if (idx.links(el) < 1) continue;
      const t = idx.textLen(el);
      const ld = linkDensity(idx, el);
      if (!(ld >= 0.4 || t <= 400)) continue;
      if (t > 6000) continue;
      if (ctx.root && idx.contains(ctx.root, el) && idx.links(el) < MIN_LINKS_IN_ARTICLE && inTitledLinkList(idx, el, ctx.root)) continue;
      out.push(cand(el, 'recirculation', 'recirc-tokens', `class/id token "${tok}", ${idx.links(el)} link(s), link density ${ld.toFixed(2)} (${describe(el)})`));
    }
    return out;
  },
};
