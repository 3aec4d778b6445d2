import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { cueSet } from '../cue-words';
import { normCue } from '../text';
import { cand, describe, SKELETON } from './util';

const TOKENS = new Set(['cookie', 'cookies', 'cookiebar', 'cookiebanner', 'cookieconsent', 'consent', 'gdpr', 'cmp', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'modal', 'popup', 'overlay', 'lightbox', 'interstitial', 'paywall', 'optin']);

/** True when normalised `text` contains one of the cue words of cookie/newsletter boxes. */
function hasBoxCue(text: string): string | null {
  const n = ` ${normCue(text)} `;
  for (const g of ['cookie', 'newsletter'] as const) for (const w of cueSet(g)) if (n.includes(` ${w} `)) return w;
  return null;
}

/**
 * overlay: cookie/consent banners, newsletter boxes and modal overlays.
 * Cues: class/id tokens (cookie, consent, gdpr, newsletter, subscribe, modal,
 * popup, overlay, paywall), `role="dialog"`/`aria-modal`, fixed or sticky
 * positioning (inline style, or computed style when a window is given) on a
 * box whose text holds a cookie/newsletter cue word (cues `cookie`,
 * `newsletter`). Boxes over 1500 characters are left alone.
 */
export const overlay: ClutterRule = {
  id: 'overlay',
  kind: 'overlay',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      // Token, role, aria-modal and inline style are all attributes: an element without any is no overlay.
      if (SKELETON.has(idx.tag(el)) || !el.hasAttributes()) continue;
      const t = idx.textLen(el);
      if (t > 1500) continue;
      const tok = idx.tokens(el).find((x) => TOKENS.has(x));
      const role = el.getAttribute('role');
      const modal = el.getAttribute('aria-modal') === 'true' || role === 'dialog' || role === 'alertdialog';
      let fixed = false;
      const st = el.getAttribute('style') ?? '';
      if (/position\s*:\s*(fixed|sticky)/i.test(st)) fixed = true;
      else if (ctx.win && (tok || modal)) {
        try { const cs = ctx.win.getComputedStyle(el); fixed = cs.position === 'fixed' || cs.position === 'sticky'; } catch { /* no layout */ }
      }
      if (!tok && !modal && !fixed) continue;
      const cue = t > 0 ? hasBoxCue(idx.text(el)) : null;
      let why = '';
      if (tok && (cue || modal || fixed || el.getElementsByTagName('input').length > 0 || el.getElementsByTagName('button').length > 0)) why = `class/id token "${tok}"${cue ? `, cue "${cue}"` : ''}`;
      else if ((modal || fixed) && cue) why = `${modal ? 'dialog' : 'fixed box'} with cue "${cue}"`;
      else if (modal && fixed) why = 'fixed modal dialog';
      if (!why) continue;
      out.push(cand(el, 'overlay', 'overlay', `${why} (${describe(el)})`));
    }
    return out;
  },
};
