import type { ClutterRule } from '../types';
import { pageIndex } from '../dom';
import { cand, describe, expandBox, SKELETON } from './util';

/** Class/id word tokens that name an ad container (generic web vocabulary, not one site's). */
const AD_TOKENS = new Set(['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising', 'adsense', 'adslot', 'adunit', 'adbox', 'adblock', 'adcontainer', 'adwrapper', 'adzone', 'adspace', 'adsbygoogle', 'dfp', 'sponsor', 'sponsored', 'sponsors', 'gpt', 'banneradd', 'werbung', 'anzeige', 'publicite', 'publicidad']);
/** Substrings of ids/classes set by ad libraries. */
const AD_SUBSTR = ['div-gpt-ad', 'adsbygoogle', 'google_ads', 'googlead', 'ad-slot', 'ad_slot', 'adslot', 'taboola', 'outbrain', 'dfp-ad'];
/** Hosts of ad servers (iframes and scripts pointing there are ad slots). */
const AD_HOSTS = /(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google|amazon-adsystem\.com|adnxs\.com|criteo\.|taboola\.com|outbrain\.com|adform\.net|smartadserver\.com|pubmatic\.com|rubiconproject\.com|moatads\.com|yieldlove|adition\.com)/i;

/**
 * ad-slot: ad containers found by structure and ad-library markup:
 * `ins.adsbygoogle`, GPT `div-gpt-ad…` slots, `data-ad-slot`/`data-ad-client`,
 * iframes served by ad hosts, and class/id tokens such as ad, ads, advert,
 * sponsor. Each hit grows to the box around it while the box adds no text
 * beyond a short label ("إعلان", "Advertisement").
 */
export const adSlot: ClutterRule = {
  id: 'ad-slot',
  kind: 'ad',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      const tag = idx.tag(el);
      // Every test below reads an attribute: an element without any is never an ad slot.
      if (SKELETON.has(tag) || !el.hasAttributes()) continue;
      let why = '';
      if (tag === 'INS' && /adsbygoogle/i.test(el.getAttribute('class') ?? '')) why = 'ins.adsbygoogle';
      else if (el.hasAttribute('data-ad-slot') || el.hasAttribute('data-ad-client') || el.hasAttribute('data-ad-unit')) why = 'data-ad-* attribute';
      else if (tag === 'IFRAME' && AD_HOSTS.test(el.getAttribute('src') ?? '')) why = 'iframe from an ad server';
      else {
        const s = idx.attr(el);
        if (s.length > 1) {
          const sub = AD_SUBSTR.find((x) => s.includes(x));
          if (sub) why = `id/class contains "${sub}"`;
          else {
            const tok = idx.tokens(el).find((t) => AD_TOKENS.has(t));
            if (tok) {
              // A token alone is weaker: only small, link-light or empty boxes.
              const t = idx.textLen(el);
              if (t <= 400 || idx.linkLen(el) / t > 0.6) why = `class/id token "${tok}"`;
            }
          }
        }
      }
      if (!why) continue;
      const box = expandBox(idx, el, 24);
      out.push(cand(box, 'ad', 'ad-slot', `${why} on ${describe(el)}${box !== el ? ` (box ${describe(box)})` : ''}`));
    }
    return out;
  },
};
