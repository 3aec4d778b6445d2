/**
 * The article's headline: the page's `<h1>` (or a headline-like heading) when
 * it matches the document title, so punctuation the `<title>` drops (quotes)
 * is kept; else Readability's title.
 */

/** Letters and digits only, lower case: what two spellings of a title share. */
export function titleKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Separators between a headline and a site name in `<title>` (spaced dash, bar, colon, guillemet, bullet). */
const TITLE_SEPARATORS = /\s+[-–—|:»«·•]\s+|\s+::\s+/;

/**
 * Finds the heading element that matches `docTitle`.
 * Match: its letters/digits equal the title's, or one contains the other and
 * covers ≥ 60 % of it (site names appended to `<title>`), or it equals a
 * part of the title between separators that has at least 3 words ("Headline
 * - SiteName.at" with a long site name; a one-word site name never matches).
 * Prefers h1, then h2.
 * Input: the document, the title from metadata, and optionally the page's
 * h1/h2 elements in document order (when the caller already has them, so the
 * page is not searched again). Output: the element or null.
 */
export function findHeadline(doc: Document, docTitle: string, headings?: (tag: 'h1' | 'h2') => ArrayLike<Element>): Element | null {
  const want = titleKey(docTitle);
  if (!want) return null;
  // Parts of the title between separators ("Headline - SiteName.at") with ≥ 3 words: a heading equal to one is the headline.
  const parts = new Set(docTitle.split(TITLE_SEPARATORS).filter((x) => x.trim().split(/\s+/).length >= 3).map(titleKey));
  let best: Element | null = null;
  let bestScore = 0;
  for (const sel of ['h1', 'h2']) {
    const hs = headings ? headings(sel as 'h1' | 'h2') : doc.getElementsByTagName(sel);
    for (let i = 0; i < hs.length && i < 50; i++) {
      const h = hs[i];
      const key = titleKey(h.textContent ?? '');
      if (key.length < 4) continue;
      let score = 0;
      if (key === want) score = 1;
      else if (parts.has(key)) score = 0.95;
      else if (want.includes(key) || key.includes(want)) score = Math.min(key.length, want.length) / Math.max(key.length, want.length);
      if (score >= 0.6 && score > bestScore) { best = h; bestScore = score; }
    }
    if (best) return best;
  }
  return best;
}

/** Whitespace-collapsed text of a headline element. */
export function headlineText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
