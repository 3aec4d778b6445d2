/**
 * Picture credits and screen-reader labels inside the article's figures:
 * "Photograph by Jane Doe/Agency" in a `<span class="caption-credit">`,
 * "(Image credit: Agency)" in a `<div class="credit">`, "Image copyright" in a
 * `<span class="off-screen">`. Readability keeps them with the caption (and the
 * caption's prose protects them from the clutter rules); they are not the
 * story, and the Scrapinghub ground truth leaves them out. Found by markup
 * (class, id and itemprop name parts in cues/media-credit.json), so the rule
 * works in any language.
 */
import cues from './cues/media-credit.json';

/** A credit or label is short (characters, spaces collapsed). */
const MAX_CHARS = 100;

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
const CREDIT = lower(cues.credit);
const HIDDEN = lower(cues.hidden);

/** Class, id and itemprop name parts of `el`, lower case. */
function names(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  return raw.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when one of the element's names contains one of the `parts`. */
function named(el: Element, parts: readonly string[]): boolean {
  for (const n of names(el)) for (const p of parts) if (n.includes(p)) return true;
  return false;
}

/** True when `el` sits in a figure or its caption (or is one). */
function inFigure(el: Element): boolean {
  return !!el.closest('figure, figcaption');
}

/**
 * True when live element `el` is a picture credit or a screen-reader label of
 * a picture: its text is 1…100 characters and holds no picture itself, and
 * either a credit name marks it (class/id/itemprop part "credit", "copyright",
 * "creator"…) or, inside a figure, a screen-reader-only name marks it. A
 * caption that is itself named "credit" but is long stays. Input: an element
 * of the live page. Output: boolean. Never throws.
 */
export function isMediaCredit(el: Element): boolean {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_CHARS) return false;
  if (el.querySelector('img, picture, video, iframe, figure')) return false;
  if (named(el, CREDIT)) return true;
  return inFigure(el) && named(el, HIDDEN);
}

/**
 * The outermost elements of Readability's `content` whose live element (via
 * `liveOf`) is a media credit ({@link isMediaCredit}); the caller removes
 * them. Input: the content element, the clone → live map. Output: elements of
 * `content`, none inside another.
 */
export function mediaCredits(content: Element, contentEls: Iterable<Element>, liveOf: Map<Element, Element>): Element[] {
  const out: Element[] = [];
  for (const el of contentEls) {
    if (out.length && out[out.length - 1].contains(el)) continue;
    const live = liveOf.get(el);
    if (live && content.contains(el) && isMediaCredit(live)) out.push(el);
  }
  return out;
}
