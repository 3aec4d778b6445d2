import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { isCue } from '../cue-words';
import { cand, describe, expandBox, linkDensity, SKELETON } from './util';

const TICKER_TOKENS = new Set(['ticker', 'newsticker', 'marquee', 'breaking', 'breakingnews', 'urgent', 'newsflash', 'headlines']);

/**
 * ticker: breaking-news tickers and headline crawls (recirculation). Cues: a
 * `<marquee>`, class/id tokens (ticker, breaking, newsticker, marquee), or a
 * short label from cues `breaking` («عاجل», "Breaking", "Eilmeldung",
 * "Última hora") heading a link-dense strip. Only link-dense boxes of at most
 * ~600 characters qualify, so an article tagged "breaking" is never a ticker.
 */
export const ticker: ClutterRule = {
  id: 'ticker',
  kind: 'recirculation',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      const tag = idx.tag(el);
      if (SKELETON.has(tag)) continue;
      let why = '';
      if (tag === 'MARQUEE') why = '<marquee> crawl';
      else {
        const tok = idx.tokens(el).find((t) => TICKER_TOKENS.has(t));
        if (tok && idx.links(el) >= 1 && linkDensity(idx, el) >= 0.4 && idx.textLen(el) <= 600) why = `class/id token "${tok}", link-dense`;
        else if (idx.textLen(el) > 0 && idx.textLen(el) <= 24 && idx.links(el) === 0 && isCue('breaking', idx.text(el))) {
          // A "Breaking"/«عاجل» label: the ticker is its parent strip when that is link-dense.
          const p = el.parentElement;
          if (p && !SKELETON.has(idx.tag(p)) && idx.links(p) >= 1 && idx.textLen(p) <= 600 && idx.linkLen(p) >= 0.5 * (idx.textLen(p) - idx.textLen(el))) {
            out.push(cand(expandBox(idx, p, 0), 'recirculation', 'ticker', `label "${idx.text(el)}" heading a link strip (${describe(p)})`));
          }
          continue;
        }
      }
      if (!why) continue;
      const box = expandBox(idx, el, 24);
      out.push(cand(box, 'recirculation', 'ticker', `${why} (${describe(box)})`));
    }
    return out;
  },
};
