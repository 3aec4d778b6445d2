import type { ClutterRule, Candidate } from '../types';
import { pageIndex } from '../dom';
import { cuePrefixWords } from '../cue-words';
import { normCue } from '../text';
import { cand, describe, expandBox, shortLineLeaves } from './util';

/** A credit line is short (non-space characters). */
const MAX_CHARS = 60;
/** Words that may follow the cue ("Photo: Jane Doe / Agency"). */
const MAX_EXTRA_WORDS = 5;

/**
 * True when `raw` (an element's text) is an image credit or an image hint:
 * its normalised text starts with a cue of `imageCredit` ("Photograph by",
 * "Bild via", "Crédits photos", "Zum Vergrößern auf das Bild klicken",
 * «تصوير») followed by at most {@link MAX_EXTRA_WORDS} words. A one-word cue
 * that is also an ordinary noun ("Foto", "Photo", "Image") counts only when a
 * colon follows it in the raw text ("Foto: dpa"), so a sentence that starts
 * with the word is left alone.
 */
export function isImageCredit(raw: string): boolean {
  const k = cuePrefixWords('imageCredit', raw, MAX_EXTRA_WORDS);
  if (k !== 1) return k > 1;
  if (!normCue(raw).includes(' ')) return false; // a bare "Foto" is a label or a button
  return /^[^\p{L}\p{N}]*[\p{L}\p{M}]+\s*:/u.test(raw.trim());
}

/** True when `e` holds a picture or video (the credit's box never grows to hide it). */
function holdsMedia(e: Element): boolean {
  return !!e.querySelector('img, picture, video, svg, iframe, figure');
}

/**
 * image-credit: short lines that credit or describe the handling of a
 * picture rather than tell the story: "Photograph by …", "Bild via
 * Instagram", "Crédits photos : …", "Foto: dpa", "Zum Vergrößern auf das
 * Bild klicken" (cues `imageCredit`, see {@link isImageCredit}); at most 60
 * characters. The innermost element with the whole line is proposed, grown
 * to wrappers that hold no other text and no picture. Captions that describe the picture are
 * left alone.
 */
export const imageCredit: ClutterRule = {
  id: 'image-credit',
  kind: 'social',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out: Candidate[] = [];
    for (const el of shortLineLeaves(idx, MAX_CHARS)) {
      const raw = idx.text(el);
      if (!isImageCredit(raw)) continue;
      const box = expandBox(idx, el, 0, holdsMedia);
      out.push(cand(box, 'social', 'image-credit', `image credit "${raw}" (${describe(box)})`));
    }
    return out;
  },
};
