import type { ClutterRule, Candidate } from '../types';
import { pageIndex, type PageIndex } from '../dom';
import { cueSet, isCue } from '../cue-words';
import { normCue } from '../text';
import { cand, describe } from './util';

/** Blocks that may be a promo line inside the article. */
const BLOCKS = new Set(['P', 'DIV', 'ASIDE', 'SECTION', 'BLOCKQUOTE', 'LI']);
/** Promo lines are short (non-space characters). */
const MAX_CHARS = 400;

/**
 * True when `el` is a newsletter call to action: one of its links is a
 * newsletter action from cues `newsletter` ("Sign up", "Subscribe",
 * «اشترك الآن», "Abonnez-vous"…) and its text also names the newsletter with
 * another cue of that group ("newsletter", «النشرة البريدية», "boletín").
 * Input: element, page index. Output: boolean.
 */
export function isNewsletterPromo(idx: PageIndex, el: Element): boolean {
  const t = idx.textLen(el);
  if (t === 0 || t > MAX_CHARS || idx.links(el) < 1) return false;
  let action = '';
  for (const a of idx.anchors(el)) { const n = normCue(idx.text(a)); if (n && isCue('newsletter', n)) { action = n; break; } }
  if (!action) return false;
  const text = ` ${normCue(idx.text(el))} `;
  for (const w of cueSet('newsletter')) if (w !== action && !action.includes(w) && text.includes(` ${w} `)) return true;
  return false;
}

/**
 * newsletter-promo: a short block (≤ 400 characters) that asks the reader to
 * sign up for a newsletter, written into the page as an ordinary paragraph
 * ("Start your day with our briefing… Sign up for the free daily newsletter."),
 * see {@link isNewsletterPromo}. The innermost such block is proposed, with
 * wrappers that hold nothing else.
 */
export const newsletterPromo: ClutterRule = {
  id: 'newsletter-promo',
  kind: 'overlay',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out: Candidate[] = [];
    let last: Element | null = null;
    for (const el of idx.els) {
      if (!BLOCKS.has(idx.tag(el))) continue;
      if (last && idx.contains(last, el)) continue;
      if (!isNewsletterPromo(idx, el)) continue;
      // The innermost block: skip when a child block already qualifies.
      let inner = false;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(idx.tag(c)) && isNewsletterPromo(idx, c)) { inner = true; break; }
      if (inner) continue;
      let block = el;
      const t = idx.textLen(el);
      for (let p = el.parentElement; p && p !== ctx.root && idx.textLen(p) === t && p.childElementCount === 1 && BLOCKS.has(idx.tag(p)); p = p.parentElement) block = p;
      last = block;
      out.push(cand(block, 'overlay', 'newsletter-promo', `newsletter sign-up line (${describe(block)})`));
    }
    return out;
  },
};
