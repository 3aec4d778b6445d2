import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { isCue } from '../cue-words';
import { cand, describe, SKELETON } from './util';

const TOKENS = new Set(['share', 'shares', 'sharing', 'sharebar', 'sharebox', 'sharethis', 'addthis', 'social', 'socials', 'socialshare', 'sociallinks', 'shariff', 'a2a']);
/** Class/id tokens of an embedded post (a tweet, an Instagram post quoted in the story): content, even in a "social" box. */
const EMBED_TOKENS = new Set(['embed', 'embedded', 'embeds', 'tweet', 'oembed']);
/** Share endpoints of social networks (href patterns). */
const SHARE_HREF = /(?:facebook\.com\/(?:sharer|share|dialog\/share)|twitter\.com\/(?:intent|share)|x\.com\/intent|api\.whatsapp\.com|wa\.me\/|whatsapp:\/\/|linkedin\.com\/(?:share|cws\/share)|pinterest\.com\/pin\/create|reddit\.com\/submit|t\.me\/share|telegram\.me\/share|vk\.com\/share|mailto:\?)/i;

/**
 * share-bar: social share bars and follow boxes. Cues: class/id tokens
 * (share, sharing, social, addthis, sharethis), links to share endpoints of
 * social networks (≥ 2), or ≥ 3 links whose text is a network name from cues
 * `share` («فيسبوك», "Twitter", "Partager"…) making up ≥ 60 % of the box's
 * links (so a menu or tag list that merely includes "Facebook" is not a bar).
 * Bars are short: at most 300 characters of text; a paragraph is never one.
 * An embedded post is never a bar, whatever its box is called: a box with an
 * embed token (embed, embedded, tweet) or holding a `<blockquote>` is quoted
 * content (embedded tweets in a story were hidden as share bars by their
 * "social-media-embed" class).
 */
export const shareBar: ClutterRule = {
  id: 'share-bar',
  kind: 'social',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    // Each anchor is classified once (0 other, 1 share endpoint, 2 named after a network), not once per ancestor.
    const kindOf = new Map<Element, number>();
    const classify = (a: Element): number => {
      let k = kindOf.get(a);
      if (k === undefined) {
        k = SHARE_HREF.test(a.getAttribute('href') ?? '') ? 1
          : isCue('share', idx.text(a)) || isCue('share', a.getAttribute('title') ?? a.getAttribute('aria-label') ?? '') ? 2 : 0;
        kindOf.set(a, k);
      }
      return k;
    };
    for (const el of idx.els) {
      const tag = idx.tag(el);
      if (SKELETON.has(tag) || tag === 'A') continue;
      const t = idx.textLen(el);
      if (t > 300) continue;
      const tok = idx.tokens(el).find((x) => TOKENS.has(x));
      let why = '';
      if (!tok && idx.links(el) < 2) continue;
      const anchors = idx.anchors(el);
      if (anchors.length === 0 && !tok) continue;
      let shareLinks = 0, cueLinks = 0;
      for (let i = 0; i < anchors.length && i < 40; i++) {
        const k = classify(anchors[i]);
        if (k === 1) shareLinks++;
        else if (k === 2) cueLinks++;
      }
      if (tok && (idx.tokens(el).some((x) => EMBED_TOKENS.has(x)) || el.getElementsByTagName('blockquote').length > 0)) continue;
      if (tok && (anchors.length >= 1 || el.getElementsByTagName('button').length >= 1)) why = `class/id token "${tok}"`;
      else if (tag !== 'P' && (shareLinks >= 2 || cueLinks >= 3) && shareLinks + cueLinks >= 0.6 * anchors.length && t - idx.linkLen(el) <= Math.max(40, 0.5 * t)) {
        // The smallest box holding the links: skip when one child already holds them all.
        let inner = false;
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.anchors(c).length === anchors.length && idx.textLen(c) >= idx.linkLen(el)) { inner = true; break; }
        if (!inner) why = shareLinks >= 2 ? `${shareLinks} share links` : `${shareLinks + cueLinks} links named after networks`;
      }
      if (!why) continue;
      out.push(cand(el, 'social', 'share-bar', `${why} (${describe(el)})`));
    }
    return out;
  },
};
