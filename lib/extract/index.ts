import { Readability } from '@mozilla/readability';
import type { Article, NoArticleReason } from '../types';
import type { Candidate } from '../clutter/types';
import { detectClutterTrace, type Rejected } from '../clutter';
import { buildIndex, closestMemo, subtree } from '../clutter/dom';
import { isNewsletterPromo } from '../clutter/rules/newsletter-promo';
import { isImageCredit } from '../clutter/rules/image-credit';
import { blockText, wordCount } from './text';
import { edgeDateLines } from './date-lines';
import { authorBoxes } from './author-box';
import { mediaCredits } from './media-credit';
import { ledeBefore } from './lede';
import { detectDir, detectLang } from './lang';
import { elementsInOrder } from './walk';
import { findHeadline, headlineText, titleKey } from './title';
import { resolveLazyImages } from '../reader/lazy-images';
import { cloneForExtraction, type ReadabilityPatterns, type TreeMap } from './clone';
import { isCue, startsWithCue } from '../clutter/cue-words';

export interface Extraction {
  article: Article | null;
  /** Why article is null, in plain words (English; the CLI prints it). */
  message?: string;
  /** Why article is null, as a stable code the UI localises (see {@link NoArticleReason}). */
  reason?: NoArticleReason;
  /**
   * Elements of the *input* document whose text ended up in the article
   * (mapped back from the clone by document-order index), plus the headline.
   * Clean-up never hides these or their ancestors.
   */
  kept: Set<Element>;
  /** The input document's element that best encloses the article, or null. */
  root: Element | null;
  /**
   * Clutter found on the page with the article protected (see
   * lib/clutter detectClutterTrace); the blocks inside the article region were
   * also removed from `article`. Absent only when extraction failed.
   */
  candidates?: Candidate[];
  /** Proposals turned down (debug trace). */
  rejected?: Rejected[];
  /** Every element of the input document's body, body first, in document order (the page walk extraction made; the dateline reuses it). Absent when extraction failed or found no article. */
  bodyEls?: readonly Element[];
}

/** A kept element with this much text of its own (or this many words) carries article prose (protected while clutter is detected). */
const MIN_PROSE_CHARS = 50;
const MIN_PROSE_WORDS = 8;
/** Readability's patterns, from the pinned version's prototype (used to copy only what its first pass keeps). */
const READABILITY_PATTERNS = Readability.prototype as unknown as ReadabilityPatterns;

/** True when Readability's first pass found too little and it started over with looser settings (its `_attempts` list is filled only then). */
function startedOver(reader: unknown): boolean {
  const attempts = (reader as { _attempts?: unknown[] })._attempts;
  return !Array.isArray(attempts) || attempts.length > 0;
}

/** Thrown by a likely-only copy when Readability starts over on it (see {@link stopAtStartOver}). */
const START_OVER = new Error('Readability started over on the likely-only copy');

/**
 * Makes Readability stop, instead of retrying, on the likely-only copy: its
 * retries there cannot give Readability's answer on the page (the subtrees a
 * retry brings back are not in that copy), so the full copy is read instead.
 * Readability 0.6.0 keeps `body.innerHTML` before its first pass and writes it
 * back to start over (`_grabArticle`); on this copy reading it gives "" (no
 * serialisation) and writing it throws {@link START_OVER}. The override is an
 * own property of the copy's body only. Input: the copy's body (or null). Never throws.
 */
function stopAtStartOver(body: HTMLElement | null): void {
  if (!body) return;
  try {
    Object.defineProperty(body, 'innerHTML', { configurable: true, get: () => '', set: () => { throw START_OVER; } });
  } catch {
    // A DOM that refuses the override: Readability then retries on this copy as usual, and the full copy still decides.
  }
}

/** Longest own text of a block that may still be a section label ("Read also", «اقرأ أيضا»), never prose. */
const MAX_LABEL_CHARS = 40;
/** A kept paragraph with this much text of its own (not in links) is prose too. */
const MIN_P_CHARS = 20;

/** Own (direct) text of an element, not counting text inside links. */
function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const e = c as Element;
      const t = e.tagName.toUpperCase();
      if (t === 'A' || t === 'SCRIPT' || t === 'STYLE') continue;
      // Inline formatting counts as the element's own text.
      if (/^(B|I|EM|STRONG|SPAN|SMALL|SUP|SUB|MARK|Q|CITE|ABBR|TIME|U|S|CODE|BR|FONT)$/.test(t)) s += ' ' + ownText(e);
    }
  }
  return s;
}

/** Nearest common ancestor of a set of elements (null for an empty set). */
function commonAncestor(els: Iterable<Element>): Element | null {
  let anc: Element | null = null;
  for (const el of els) {
    if (!anc) { anc = el; continue; }
    while (anc && !anc.contains(el)) anc = anc.parentElement;
    if (!anc) return null;
  }
  return anc;
}

/** A byline that is really a dateline or a credit line ("Ankara - Site Name", the site's own name). */
function isDatelineByline(byline: string, siteName: string | null): boolean {
  const k = titleKey(byline);
  if (!k) return true;
  if (siteName) {
    const s = titleKey(siteName);
    if (s && (k === s || (/[-–—:|]/.test(byline) && k.endsWith(s)))) return true;
  }
  return false;
}

/**
 * Extracts the article from a clone of `doc` with Readability; the input
 * document is never modified.
 *
 * Steps: index every element of the clone by document order; run Readability
 * on the clone; map what it kept back to the live elements (`kept`) and take
 * the article root (nearest common ancestor of the kept elements and the
 * headline, widened to an enclosing `<article>`); run the clutter rules on the
 * live page with the article's prose protected and remove the blocks found
 * inside the article region (inline ads, "read also" lists, share bars) from
 * the article; then build title (matching h1, quotes kept), byline, siteName,
 * lang, dir, excerpt, text (paragraphs separated by "\n\n"), html, length.
 *
 * Input: a parsed Document (live page, or jsdom in the CLI); `url` is the
 * page address (siteName fallback); `win` is the page's window when layout is
 * available (computed styles), else null. Output: {@link Extraction}.
 * Never throws on page content: a page without an article gives
 * `article: null` + a plain-words message; a page nested so deeply that a
 * step (Readability, the DOM's own serialiser) runs out of stack gives
 * `article: null`, {@link TOO_DEEP} and no clutter candidates.
 */
export function extractArticle(doc: Document, opts: { url: string; win?: Window | null }): Extraction {
  try {
    return extractArticleOrThrow(doc, opts);
  } catch (err) {
    if (err instanceof RangeError || (err as Error)?.name === 'RangeError') return { article: null, message: TOO_DEEP, reason: 'too-deep', kept: new Set(), root: null, candidates: [], rejected: [] };
    throw err;
  }
}

/** Message for a page whose nesting exhausts the stack (RangeError: recursion in Readability or the DOM). */
export const TOO_DEEP = 'No article: this page is too deeply nested to read (thousands of elements inside each other).';

function extractArticleOrThrow(doc: Document, opts: { url: string; win?: Window | null }): Extraction {
  // The copy Readability rewrites, with the way back to the live nodes
  // (renamed elements map through their text; see lib/extract/clone.ts).
  // First try: a copy without the subtrees Readability's first pass deletes
  // anyway (unlikely candidates); when Readability had to start over (first
  // pass too short: it retries with those subtrees), run again on a full copy
  // so the result is the one Readability gives on the page.
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  let map: TreeMap | null = null;
  for (const likelyOnly of [true, false]) {
    const copy = cloneForExtraction(doc, likelyOnly ? { likelyOnly: READABILITY_PATTERNS } : {});
    // Lazy images (data-src, srcset, <noscript> copies) get their real address on the clone, so the article keeps them.
    if (copy.clone.documentElement) resolveLazyImages(copy.clone.documentElement);
    if (likelyOnly) stopAtStartOver(copy.clone.body);
    try {
      const reader = new Readability(copy.clone, { keepClasses: false, serializer: (n) => n });
      parsed = reader.parse();
      map = copy.map;
      if (likelyOnly && parsed && !startedOver(reader)) break;
    } catch (err) {
      if (err instanceof RangeError) throw err; // too deep: see extractArticle
      if (likelyOnly) continue; // started over (or failed) on the likely-only copy: the full copy decides
      return { article: null, message: `Extraction failed: ${(err as Error).message}`, reason: 'failed', kept: new Set(), root: null, candidates: [], rejected: [] };
    }
  }
  const content = parsed?.content as unknown as Element | null | undefined;
  const noArticle = ({ message, reason }: NoArticleVerdict): Extraction => {
    const trace = detectClutterTrace({ doc, win: opts.win ?? null, kept: new Set(), root: null });
    const cands = trace.candidates.filter((c) => c.kind !== 'repeated' && c.kind !== 'recirculation');
    return { article: null, message, reason, kept: new Set(), root: null, candidates: cands, rejected: trace.rejected };
  };
  if (!parsed || !content) return noArticle({ reason: 'no-text', message: 'No article found on this page: it has no block of running text.' });

  // Map Readability's kept elements back to the live page.
  const keptAll = new Set<Element>();
  const contentEls = elementsInOrder(content);
  const liveOf = new Map<Element, Element>();
  for (const el of contentEls) {
    const live = map!.live(el);
    if (live) { keptAll.add(live); liveOf.set(el, live); }
  }
  // One walk of the live page serves the prose test, the headline search and every clutter rule.
  const index = buildIndex(doc);
  // Prose blocks: what clutter detection must never touch.
  const prose = new Set<Element>();
  // A later copy of the same text (a caption under every photo) locates the article but is not protected.
  const proseSeen = new Set<string>();
  const laterCopies = new Set<Element>();
  for (const el of keptAll) {
    if (el.tagName.toUpperCase() === 'A' || el.closest('a')) continue; // link text is never prose
    const t = ownText(el).replace(/\s+/g, ' ').trim();
    if (t.length <= MAX_LABEL_CHARS && startsWithCue('related', t, 1)) continue; // a "You may also like" label is not prose
    if (isNewsletterPromo(index, el)) continue; // nor is a newsletter sign-up line
    if (t.length <= MAX_LABEL_CHARS + 20 && (isImageCredit(t) || isCue('commentStatus', t))) continue; // nor a photo credit ("Photograph by …") or a "Comments closed" line
    if (t.length >= MIN_PROSE_CHARS || wordCount(t) >= MIN_PROSE_WORDS || (el.tagName.toUpperCase() === 'P' && t.length >= MIN_P_CHARS)) {
      prose.add(el);
      const key = t.toLowerCase();
      if (proseSeen.has(key)) laterCopies.add(el); else proseSeen.add(key);
    }
  }
  const rawText = blockText(content);
  const verdict = notAnArticle(content, rawText, liveOf);
  if (verdict) return noArticle(verdict);

  const docTitle = parsed.title || doc.title || '';
  const heads = { h1: [] as Element[], h2: [] as Element[] };
  for (const el of index.els) { const t = index.tag(el); if (t === 'H1') heads.h1.push(el); else if (t === 'H2') heads.h2.push(el); }
  const byTag = (t: 'h1' | 'h2') => heads[t];
  const headline = findHeadline(doc, docTitle, byTag) ?? (doc.title && doc.title !== docTitle ? findHeadline(doc, doc.title, byTag) : null);

  // Article root: common ancestor of the prose (and the headline when close), widened to an <article>.
  let root = commonAncestor(prose.size ? prose : keptAll);
  if (root && headline) {
    const withHead = commonAncestor([root, headline]);
    if (withHead && withHead !== doc.body && withHead !== doc.documentElement) root = withHead;
  }
  // A single paragraph is no article container: widen to the block that holds it.
  while (root && /^(P|LI|BLOCKQUOTE|PRE|H[1-6]|TD|TH|DD|DT|SPAN|A|B|I|EM|STRONG|FIGCAPTION|UL|OL)$/.test(root.tagName.toUpperCase()) && root.parentElement && root.parentElement !== doc.body) root = root.parentElement;
  const art = root?.closest('article');
  if (art && art !== root) {
    // Only when that <article> is the one article (not a list of cards).
    if (!art.parentElement?.querySelector(':scope > article ~ article')) root = art;
  }

  // The lede Readability dropped (opening paragraphs between the headline and what it kept) joins the article.
  let lede: Element[] = [];
  if (headline && prose.size) {
    let first: Element | null = null;
    let firstPos = Infinity;
    for (const el of prose) { const p = index.pos.get(el); if (p !== undefined && p < firstPos) { firstPos = p; first = el; } }
    if (first) lede = ledeBefore(index, headline, first).filter((el) => !isNewsletterPromo(index, el));
  }

  // Clutter detection with the prose (and headline, and lede) protected.
  const protectedSet = new Set([...prose, ...lede]);
  for (const el of laterCopies) protectedSet.delete(el);
  if (headline) protectedSet.add(headline);
  const trace = detectClutterTrace({ doc, win: opts.win ?? null, kept: protectedSet, root, index });

  // Remove clutter inside the article region from Readability's content.
  const dropRoots = new Set<Element>();
  for (const c of trace.candidates) if (root && root !== c.el && root.contains(c.el)) dropRoots.add(c.el);
  // Author boxes (the writer's biography card) in the article region are not the story either.
  if (root) for (const el of authorBoxes(subtree(index, root), root, headline, wordCount(rawText))) dropRoots.add(el);
  const kept = new Set<Element>(keptAll);
  let dropped = 0;
  if (dropRoots.size) {
    const inDropped = (live: Element): boolean => {
      for (let e: Element | null = live; e && e !== root; e = e.parentElement) if (dropRoots.has(e)) return true;
      return false;
    };
    for (const live of keptAll) if (inDropped(live)) kept.delete(live);
    for (const el of contentEls) {
      const live = liveOf.get(el);
      if (live && inDropped(live)) { el.remove(); dropped++; }
    }
  }
  if (headline) kept.add(headline);
  if (lede.length) {
    const page = content.firstElementChild && content.firstElementChild.id === 'readability-page-1' ? content.firstElementChild : content;
    const at = page.firstChild;
    for (const el of lede) {
      page.insertBefore(plainCopy(content.ownerDocument, el), at);
      kept.add(el);
      dropped++;
    }
  }

  // Picture credits and screen-reader labels in the article's figures are not its text.
  for (const el of mediaCredits(content, contentEls, liveOf)) { el.remove(); dropped++; }

  // Posted/updated lines at the article's edges are page metadata, not its text.
  const lang0 = detectLang(doc, parsed.lang, rawText);
  for (const el of edgeDateLines(content, lang0)) { el.remove(); dropped++; }

  const text = dropped ? blockText(content) : rawText;
  const lang = dropped ? detectLang(doc, parsed.lang, text) : lang0;
  const siteName = parsed.siteName || hostOf(opts.url);
  let byline = parsed.byline ? parsed.byline.replace(/\s+/g, ' ').trim() : null;
  if (byline && isDatelineByline(byline, siteName)) byline = null;
  const title = headline ? headlineText(headline) : docTitle.replace(/\s+/g, ' ').trim();
  const article: Article = {
    title,
    byline,
    siteName: siteName || null,
    lang,
    dir: detectDir(lang, text, parsed.dir),
    excerpt: parsed.excerpt ? parsed.excerpt.replace(/\s+/g, ' ').trim() : firstParagraph(text),
    text,
    html: content.innerHTML,
    length: wordCount(text),
  };
  return { article, kept, root, candidates: trace.candidates, rejected: trace.rejected, bodyEls: index.els };
}

/** Tags of a form's own parts (see {@link notAnArticle}). */
const FORM_PARTS = new Set(['label', 'button', 'legend', 'select', 'option']);

/** Share of the article's characters in links, or in forms and links, above which it is no article. */
const MAX_CHROME_SHARE = 0.65;

/**
 * Why what Readability kept is no article, or null when it is one. Readability
 * is trusted on length (a one-line page it keeps is a one-line article: no
 * word-count threshold of our own); the real reasons are: no text at all;
 * text mostly in links (a list of headlines, a menu); text mostly in links
 * and form parts (a sign-in or search page: labels, buttons, "Forgot your
 * password?"; a `<form>` wrapping a whole page, as ASP.NET writes them, does
 * not count); text mostly in links and navigation menus (a page that is only
 * its menu). Input: Readability's content element, its block text, the
 * clone → live map of its elements. Output: a plain-words message with its
 * reason code ('no-text', 'mostly-links', and 'form-page' or 'menu-only' by
 * which of form parts and navigation holds more of the non-link text), or null.
 */
function notAnArticle(content: Element, text: string, liveOf: Map<Element, Element>): NoArticleVerdict | null {
  if (wordCount(text) === 0) return { reason: 'no-text', message: 'No article found on this page: too little running text.' };
  let all = 0;
  let links = 0;
  let forms = 0;
  let navs = 0;
  // The live ancestor questions below, memoised (the content's elements share their live ancestors).
  const inNavLive = closestMemo((e) => { const r = e.getAttribute('role'); return e.localName === 'nav' || r === 'navigation' || r === 'menubar'; });
  const inFormPartLive = closestMemo((e) => FORM_PARTS.has(e.localName));
  // Text nodes of the content, each counted once, by the nearest link or form around it.
  const walk = (el: Element, inLink: boolean, inForm: boolean, inNav: boolean) => {
    const live = liveOf.get(el);
    // Text of a form's own parts (labels, buttons, legends, options), not of a form that wraps a whole page.
    // Navigation (nav, role=navigation/menubar) counts with the form parts: neither is an article.
    const nv = inNav || (!!live && inNavLive(live));
    const f = inForm || nv || (!!live && inFormPartLive(live));
    const l = inLink || el.tagName.toUpperCase() === 'A';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) walk(c as Element, l, f, nv);
      else if (c.nodeType === 3) {
        const n = (c.nodeValue ?? '').replace(/\s+/g, '').length;
        all += n;
        if (l) links += n;
        else if (f) { forms += n; if (nv) navs += n; }
      }
    }
  };
  walk(content, false, false, false);
  if (all === 0) return null;
  if (links / all > MAX_CHROME_SHARE) return { reason: 'mostly-links', message: 'No article found on this page: it is mostly a list of links.' };
  if ((links + forms) / all > MAX_CHROME_SHARE && forms > 0) {
    return navs * 2 > forms
      ? { reason: 'menu-only', message: 'No article found on this page: it is only a navigation menu and links.' }
      : { reason: 'form-page', message: 'No article found on this page: it is only a form, a menu and links.' };
  }
  return null;
}

/** Why a page has no article: the English message (CLI) and its code (UI). */
interface NoArticleVerdict { reason: NoArticleReason; message: string }

/** Attributes a copied lede paragraph keeps (links, images, language and direction). */
const COPY_ATTRS = new Set(['href', 'src', 'srcset', 'alt', 'title', 'lang', 'dir', 'datetime']);

/** A copy of live element `el` for the article, in `doc`, with only {@link COPY_ATTRS} on it and its descendants (no class, id, style or handlers), links and images made absolute against the page's base URL. */
function plainCopy(doc: Document, el: Element): Element {
  const copy = doc.importNode(el, true);
  const base = el.ownerDocument.baseURI;
  for (const e of [copy, ...elementsInOrder(copy)]) {
    for (const n of e.getAttributeNames()) {
      if (!COPY_ATTRS.has(n)) { e.removeAttribute(n); continue; }
      // Absolute addresses, as Readability writes them in the rest of the article.
      if (n === 'href' || n === 'src') { try { e.setAttribute(n, new URL(e.getAttribute(n) ?? '', base).href); } catch { /* keep as written */ } }
    }
  }
  return copy;
}

/** Host name of a URL without "www.", or null. */
function hostOf(url: string): string | null {
  try { return new URL(url).hostname.replace(/^www\./, '') || null; } catch { return null; }
}

/** First paragraph of the text, at most 300 characters, or null. */
function firstParagraph(text: string): string | null {
  const p = text.split('\n\n').find((x) => x.trim().length > 0);
  return p ? p.slice(0, 300) : null;
}
