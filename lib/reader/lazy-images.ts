/**
 * Lazy-image resolution, run on the extraction clone before Readability.
 *
 * News sites defer images: the real address sits in `data-src`,
 * `data-lazy-src`, `data-srcset`/`srcset`, a `<picture><source>`, or a
 * `<noscript>` copy, while `src` holds a placeholder (a 1×1 data: GIF, a
 * "blank"/"spacer" file, or nothing). The sanitiser keeps only `src`, so the
 * best real address must be in `src` before the article HTML is built.
 * Attribute names are the conventions of common lazy-loading libraries
 * (lazysizes, lozad, WordPress, jQuery lazyload), not of any one site.
 */

/** Attributes that hold a single deferred image address, most specific first. */
export const LAZY_SRC_ATTRS = ['data-lazy-src', 'data-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'] as const;
/** Attributes that hold a deferred or responsive candidate list. */
export const LAZY_SRCSET_ATTRS = ['data-lazy-srcset', 'data-srcset', 'srcset'] as const;
/** Widest candidate chosen from a srcset (CSS px); wider ones are only used when nothing narrower exists. */
export const MAX_WIDTH = 1600;

/** One srcset candidate. */
export interface SrcsetCandidate { url: string; w?: number; x?: number }

/**
 * Parses a srcset value (HTML "srcset attribute" grammar, simplified: URLs
 * without spaces, descriptors `Nw` or `Nx`). Input: the attribute value.
 * Output: the candidates in order (none for an empty or malformed value).
 */
export function parseSrcset(value: string | null | undefined): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const s = (value ?? '').trim();
  if (!s) return out;
  // Split on commas that follow a descriptor or URL end (a comma inside a URL is followed by no space in practice).
  for (const part of s.split(/,\s+|,(?=\s*(?:https?:|\/|\.))/)) {
    const bits = part.trim().split(/\s+/);
    const url = bits[0]?.replace(/,$/, '');
    if (!url) continue;
    const c: SrcsetCandidate = { url };
    const d = bits[1];
    if (d && /^\d+(\.\d+)?w$/i.test(d)) c.w = parseFloat(d);
    else if (d && /^\d+(\.\d+)?x$/i.test(d)) c.x = parseFloat(d);
    out.push(c);
  }
  return out;
}

/**
 * Best candidate of a srcset for reading: the widest at most
 * {@link MAX_WIDTH} px (else the narrowest), or the highest density up to
 * 2x; a list without descriptors gives its first entry. Output: URL or null.
 */
export function bestSrcsetCandidate(value: string | null | undefined): string | null {
  const cs = parseSrcset(value);
  if (!cs.length) return null;
  const ws = cs.filter((c) => c.w !== undefined);
  if (ws.length) {
    const fit = ws.filter((c) => c.w! <= MAX_WIDTH).sort((a, b) => b.w! - a.w!);
    return (fit[0] ?? ws.sort((a, b) => a.w! - b.w!)[0]).url;
  }
  const xs = cs.filter((c) => c.x !== undefined);
  if (xs.length) {
    const fit = xs.filter((c) => c.x! <= 2).sort((a, b) => b.x! - a.x!);
    return (fit[0] ?? xs.sort((a, b) => a.x! - b.x!)[0]).url;
  }
  return cs[0].url;
}

/**
 * Whether an image address is a placeholder rather than the picture: empty,
 * `about:blank`, a small inline data: image (≤ 512 chars, i.e. a tracking
 * pixel or blurred preview), or a file named like a placeholder
 * (blank, spacer, placeholder, pixel, transparent, lazy, loading, 1x1).
 */
export function isPlaceholderSrc(src: string | null | undefined): boolean {
  const s = (src ?? '').trim();
  if (!s || s === '#' || s === 'about:blank') return true;
  if (/^data:/i.test(s)) return s.length <= 512;
  const file = s.split(/[?#]/)[0].split('/').pop() ?? '';
  return /^(blank|spacer|placeholder|pixel|transparent|lazy|loading|grey|gray|1x1|empty)[\w.-]*\.(gif|png|svg|jpe?g|webp)$/i.test(file);
}

function looksLikeUrl(v: string | null): v is string {
  if (!v) return false;
  const s = v.trim();
  return !!s && !/\s/.test(s) && !/^(data:|javascript:)/i.test(s) && /^(https?:|\/\/|\/|\.|[\w-])/i.test(s);
}

/** Attributes of the first `<img …>` tag in a string (the text content of a `<noscript>` when scripting was on). */
function imgAttrsFromMarkup(markup: string): Record<string, string> | null {
  const m = /<img\b([^>]*)>/i.exec(markup);
  if (!m) return null;
  const attrs: Record<string, string> = {};
  const re = /([^\s=/"'>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
  for (let a = re.exec(m[1]); a; a = re.exec(m[1])) {
    const v = a[2] ?? a[3] ?? a[4] ?? '';
    attrs[a[1].toLowerCase()] = v.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  }
  return attrs;
}

/** The best real address an `<img>` (or its `<picture>`) offers, or null. */
function realSource(img: Element): string | null {
  for (const a of LAZY_SRCSET_ATTRS) {
    const best = bestSrcsetCandidate(img.getAttribute(a));
    if (best && !isPlaceholderSrc(best)) return best;
  }
  for (const a of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(a);
    if (looksLikeUrl(v) && !isPlaceholderSrc(v)) return v.trim();
  }
  const pic = img.parentElement;
  if (pic && pic.tagName.toLowerCase() === 'picture') {
    for (const source of Array.from(pic.children)) {
      if (source.tagName.toLowerCase() !== 'source') continue;
      for (const a of LAZY_SRCSET_ATTRS) {
        const best = bestSrcsetCandidate(source.getAttribute(a));
        if (best && !isPlaceholderSrc(best)) return best;
      }
    }
  }
  return null;
}

/**
 * Resolves lazy images inside `root` in place (meant for a clone: it edits
 * attributes and replaces `<noscript>` fallbacks).
 *
 * - `<img>` whose `src` is a placeholder or missing gets the best address
 *   from `data-lazy-src`/`data-src`/… or the best candidate of
 *   `data-srcset`/`srcset`/`<picture><source>`; an `<img>` with a real `src`
 *   and a `srcset` gets the srcset's best candidate (the sanitiser drops srcset).
 *   `loading="lazy"` is removed (the reader sets its own).
 * - `<noscript>` holding an `<img>` (as elements, or as text when the page
 *   was parsed with scripting on): its address fills a placeholder `<img>`
 *   right before it (or the only placeholder image in the same parent);
 *   otherwise the noscript is replaced by a new `<img>` with that address
 *   and alt text.
 *
 * Input: any element (or a document's root element). Output: the number of
 * images whose address changed or that were created. Never throws on page content.
 */
export function resolveLazyImages(root: Element): number {
  const doc = root.ownerDocument;
  let changed = 0;
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src');
    const real = realSource(img);
    const hasSet = !!(img.getAttribute('srcset') || img.getAttribute('data-srcset') || img.getAttribute('data-lazy-srcset'));
    if (real && (isPlaceholderSrc(src) || (hasSet && real !== src))) {
      img.setAttribute('src', real);
      changed++;
    }
    if (img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
  }
  for (const ns of Array.from(root.getElementsByTagName('noscript'))) {
    const inner = ns.getElementsByTagName('img')[0];
    const attrs = inner
      ? Object.fromEntries(Array.from(inner.attributes).map((a) => [a.name.toLowerCase(), a.value]))
      : imgAttrsFromMarkup(ns.textContent ?? '');
    if (!attrs) continue;
    const addr = bestSrcsetCandidate(attrs.srcset) ?? (looksLikeUrl(attrs.src ?? null) ? attrs.src : null);
    if (!addr || isPlaceholderSrc(addr)) continue;
    let target: Element | null = null;
    const prev = ns.previousElementSibling;
    const prevImg = prev && (prev.tagName.toLowerCase() === 'img' ? prev : prev.tagName.toLowerCase() === 'picture' ? prev.getElementsByTagName('img')[0] ?? null : null);
    if (prevImg) target = prevImg;
    else if (ns.parentElement) {
      const siblings = Array.from(ns.parentElement.getElementsByTagName('img')).filter((i) => !ns.contains(i));
      if (siblings.length === 1) target = siblings[0];
    }
    if (target) {
      if (isPlaceholderSrc(target.getAttribute('src'))) {
        target.setAttribute('src', addr);
        if (!target.getAttribute('alt') && attrs.alt) target.setAttribute('alt', attrs.alt);
        changed++;
      }
      ns.remove();
      continue;
    }
    const img = doc.createElement('img');
    img.setAttribute('src', addr);
    if (attrs.alt) img.setAttribute('alt', attrs.alt);
    if (attrs.width && /^\d+$/.test(attrs.width)) img.setAttribute('width', attrs.width);
    if (attrs.height && /^\d+$/.test(attrs.height)) img.setAttribute('height', attrs.height);
    ns.replaceWith(img);
    changed++;
  }
  return changed;
}
