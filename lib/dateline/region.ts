/**
 * Where a dateline may be read from: the headline, the article scope (the
 * enclosing <article>, or the smallest ancestor holding headline and article
 * root) and, inside it, the header zone (everything before the first long
 * paragraph) versus the body. Rails, related cards, comments, footers, asides,
 * navigation, share bars and link cards are excluded by structure and by
 * class/id tokens, never by site names.
 */
import { elementsInOrder } from '../extract/walk';

/** A short run of text that may hold a date or a dateline. */
export interface Segment {
  el: Element;
  text: string;
  /** "header": before the first long paragraph of the article; "body": after it (body segments may sit in link cards: see Region.linkCard). */
  zone: 'header' | 'body';
  /** The opening of the first long paragraph (a dateline may start it). */
  lead?: boolean;
  /**
   * A short paragraph of the header zone after the headline (≥ {@link OPENING_MIN} characters,
   * shorter than a long paragraph), one of the first {@link MAX_OPENINGS}: a wire-style lead
   * («LONDON (Reuters) - The bank held rates on Thursday.») may be only a dateline and one
   * short sentence, so its opening is read like the lead's. Also (zone "body") a short paragraph
   * right after the first long one, which may have been a standfirst without a class name.
   */
  opening?: boolean;
}

export interface Region {
  doc: Document;
  headline: Element | null;
  /** Element whose subtree is searched (never null: falls back to body). */
  scope: Element;
  root: Element | null;
  /** First long paragraph of the article (start of the body), or null. */
  firstLong: Element | null;
  segments: Segment[];
  /** Index in `segments` of the first segment after the headline, or -1 when the walk did not meet the headline. */
  afterHeadline: number;
  /** True when `el` is inside the scope and not in an excluded block. */
  allowed(el: Element): boolean;
  /** "header" when `el` comes before the first long paragraph. */
  zoneOf(el: Element): 'header' | 'body';
  /**
   * Elements of the scope that may carry a machine-readable date: <time>, the
   * {@link DATE_ATTRS} attributes, itemprop=date*; in document order, at most
   * {@link MAX_DATED} of them, found during the segment walk (excluded blocks are
   * skipped, at most {@link MAX_WALK} elements looked at). Not yet filtered by allowed().
   */
  dated(): Element[];
  /** Document-wide <h1>, <meta>, <link> and <script> elements by tag (one pass over the page, shared by the rules). */
  docTags(tag: 'h1' | 'meta' | 'link' | 'script'): Element[];
  /** True when `el` sits in a link card (a small block around another story's title link). Body segments are not pre-filtered by it. */
  linkCard(el: Element): boolean;
  lang: string;
}

/** Attributes that hold a date value on news pages (time-element rule). */
export const DATE_ATTRS = ['datetime', 'data-datetime', 'data-published', 'data-publish-date', 'data-date', 'data-time', 'data-timestamp', 'data-utime', 'data-modified', 'data-updated'];
const DATE_ATTR_SET = new Set(DATE_ATTRS);
const HATOM_CLASS = /(^|\s)(published|updated|dt-published|dt-updated)(\s|$)/;

/**
 * The date of an hAtom / microformats2 element: `<abbr class="published" title="2015-03-10T08:05:41-07:00">March 10, 2015</abbr>`
 * (class published, updated, dt-published or dt-updated, value in `title`; microformats.org hAtom value-title pattern).
 * Output: the `title` text, or null when the element is not one.
 */
export function hAtomValue(el: Element): string | null {
  if (!HATOM_CLASS.test(el.getAttribute('class') ?? '')) return null;
  const t = el.getAttribute('title');
  return t && /\d{4}-\d{2}-\d{2}/.test(t) ? t : null;
}
const MAX_DATED = 200;
const MAX_WALK = 20000;

const EXCLUDED_TAGS = new Set(['ASIDE', 'NAV', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG']);
const EXCLUDED_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'banner', 'search', 'dialog']);
/** class/id words of blocks that never carry the article's own date. */
const EXCLUDED_TOKENS = new Set([
  'sidebar', 'side', 'rail', 'related', 'widget', 'widgets', 'comment', 'comments', 'disqus', 'footer', 'copyright',
  'promo', 'recommended', 'recommendations', 'trending', 'popular', 'mostread', 'newsletter', 'share', 'sharing',
  'social', 'ticker', 'breaking', 'menu', 'navbar', 'breadcrumb', 'breadcrumbs', 'ad', 'ads', 'advert', 'advertisement',
  'sponsored', 'outbrain', 'taboola', 'teaser', 'teasers', 'carousel', 'playlist', 'banner', 'modal', 'popup', 'cookie',
  'subscribe', 'paywall', 'readmore', 'also', 'more', 'next', 'prev', 'previous', 'pagination',
]);
const LONG = 150;
const SHORT = 200;
/** Shortest paragraph read as a possible short lead (Segment.opening); shorter blocks are date lines, bylines, captions. */
export const OPENING_MIN = 80;
/** Short paragraphs after the headline read as possible leads (a standfirst may come first). */
const MAX_OPENINGS = 3;
const OPENING_TAGS = new Set(['P', 'DIV', 'BLOCKQUOTE', 'SECTION']);
/** class/id words of a standfirst (the summary under the headline): never the lead, however long. */
const STANDFIRST_TOKENS = new Set(['standfirst', 'subtitle', 'subheadline', 'subhead', 'dek', 'deck', 'chapo', 'chapeau', 'strapline', 'summary', 'excerpt', 'sapo', 'description', 'abstract']);
const MAX_BODY_SEGMENTS = 300;
/** Header-zone segments kept at most: past them (pages without a long paragraph) text is read as body. */
const MAX_HEADER_SEGMENTS = 80;
/** Elements visited at most after the first long paragraph. */
const MAX_BODY_VISITS = 800;
/** Elements visited at most (bounds the cost on very large pages; the header comes first anyway). */
const MAX_VISITS = 3000;

/**
 * Elements below `root` with the given tag name (lower case), in document order.
 * One tag per call instead of selector lists: a selector engine written in JS
 * (jsdom's) compiles each new selector list, which costs milliseconds on the first
 * call, and its HTMLCollection proxies are slow to index; browsers are fast either way.
 */
export function byTag(root: Document | Element, tag: string): Element[] {
  return Array.from(root.querySelectorAll(tag));
}

/** Nearest inclusive ancestor of `el` (up to the document) for which `test` holds, or null. */
export function closestWhere(el: Element, test: (a: Element) => boolean): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (test(a)) return a;
  return null;
}

const isTag = (...tags: string[]) => (a: Element) => tags.includes(a.localName);

function tokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function textOf(el: Element | Node): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** textOf(el) with a space between text nodes (block boundaries in markup written without white space). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const w = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) parts.push((n as Text).data);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The first `max` characters of textOf(el), without reading the rest of a big subtree. */
function textHead(el: Element, max: number): string {
  let raw = '';
  const limit = 4 * max + 64;
  for (let n: Node | null = el.firstChild; n && raw.length < limit; ) {
    if (n.nodeType === 3) raw += (n as Text).data.slice(0, limit);
    if (n.nodeType === 1 && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    if (!n || n === el) break;
    n = n.nextSibling;
  }
  return raw.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Unicode white space above U+167F (what /\s/ matches there). */
function isWideSpace(ch: number): boolean {
  return ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

/** Per-call caches: bounded text lengths and link-card verdicts (keeps the walk linear on big pages). */
interface Caches {
  /** Text length of an element; `exact` false means "more than `len`" (the count stopped there). */
  len: Map<Element, { len: number; exact: boolean }>;
  card: Map<Element, boolean>;
  /** Links of ≥ 30 characters below an element. */
  links: Map<Element, Element[]>;
  /** hasLongParagraph() verdicts. */
  longP: Map<Element, boolean>;
}

function newCaches(): Caches {
  return { len: new Map(), card: new Map(), links: new Map(), longP: new Map() };
}

/**
 * Length of `el`'s whitespace-collapsed, trimmed text (as textOf() would give), counted
 * only up to `cap`: the walk over the subtree's text nodes stops as soon as the text is
 * longer, so big containers cost no more than their first `cap` characters.
 * Output: the exact length when ≤ cap, else a number > cap.
 */
function textLen(el: Element, c: Caches, cap = SHORT): number {
  const hit = c.len.get(el);
  if (hit && (hit.exact || hit.len > cap)) return hit.len;
  let acc = 0; // collapsed length so far, leading space not counted
  let space = true; // last counted char was a space (or nothing yet)
  let pending = false; // a space waits to be counted if more text follows
  let over = false;
  const slice = 8 * cap + 64;
  let n: Node | null = el.firstChild;
  walk: while (n) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      const t = data.length > slice ? data.slice(0, slice) : data;
      for (let i = 0; i < t.length; i++) {
        const ch = t.charCodeAt(i);
        if (ch === 32 || (ch >= 9 && ch <= 13) || ch === 160 || (ch >= 0x1680 && isWideSpace(ch))) {
          if (!space) pending = true;
          space = true;
        } else {
          if (pending) acc++;
          pending = false;
          space = false;
          if (++acc > cap) {
            over = true;
            break walk;
          }
        }
      }
    }
    if (n.nodeType === 1 && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    if (!n || n === el) break;
    n = n.nextSibling;
  }
  const v = { len: acc, exact: !over };
  c.len.set(el, v);
  return acc;
}

/** Excluded by its own tag/role/class (not its ancestors). `article` is the headline's article, if any. */
function selfExcluded(el: Element, headline: Element | null, article: Element | null, c: Caches): boolean {
  const tag = el.tagName.toUpperCase();
  const holdsHeadline = !!headline && el.contains(headline);
  if (holdsHeadline) return false;
  if (EXCLUDED_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  if (tag === 'FOOTER' && !(article && closestWhere(el, isTag('article')) === article)) return true;
  if (tag === 'HEADER' && !(article && closestWhere(el, isTag('article')) === article)) return true;
  if (tag === 'ARTICLE' && article && el !== article) return true; // nested story cards
  if (tag === 'A' && textLen(el, c, 30) >= 30) return true; // link to another story
  const toks = tokens(el);
  if (toks.some((t) => EXCLUDED_TOKENS.has(t))) return true;
  if (toks.includes('most') && (toks.includes('read') || toks.includes('viewed'))) return true;
  return false;
}

/** A small block that holds a link of ≥30 characters (another story's title) and not the headline: a link card. */
function linkCard(el: Element, headline: Element | null, c: Caches): boolean {
  const hit = c.card.get(el);
  if (hit !== undefined) return hit;
  let v = false;
  let cur: Element | null = el;
  for (let k = 0; k < 3 && cur; k++, cur = cur.parentElement) {
    if (headline && cur.contains(headline)) break;
    if (textLen(cur, c, 400) > 400) break;
    let links = c.links.get(cur);
    if (!links) {
      links = [];
      for (const a of byTag(cur, 'a')) if (a.hasAttribute('href') && textLen(a, c, 30) >= 30) links.push(a);
      c.links.set(cur, links);
    }
    if (links.some((a) => !a.contains(el))) {
      v = true;
      break;
    }
  }
  c.card.set(el, v);
  return v;
}

function isHeadlineCandidate(h: Element): boolean {
  const t = textOf(h);
  if (t.length < 8) return false;
  const role = (a: Element) => a.getAttribute('role') ?? '';
  return !closestWhere(h, (a) => ['nav', 'aside', 'footer'].includes(a.localName) || ['banner', 'navigation', 'complementary'].includes(role(a)));
}

/** <h1>, <meta>, <link> and <script> of the whole document, listed once per call. */
const DOC_TAGS = ['h1', 'meta', 'link', 'script'];

/**
 * The page's h1, meta, link and script elements by tag, in document order.
 * With `bodyEls` (every element of the body, body first, in document order)
 * only the rest of the page (head) is walked; else one simple tag query each
 * (jsdom's engine has a fast path for them, not for selector lists).
 */
function docTagIndex(doc: Document, bodyEls?: readonly Element[]): Map<string, Element[]> {
  const de = doc.documentElement;
  const body = doc.body;
  if (!bodyEls || !de || !body || bodyEls[0] !== body) return new Map(DOC_TAGS.map((t) => [t, byTag(doc, t)]));
  const m = new Map<string, Element[]>(DOC_TAGS.map((t) => [t, []]));
  const add = (e: Element) => m.get(e.localName)?.push(e);
  add(de);
  for (let c = de.firstElementChild; c; c = c.nextElementSibling) {
    if (c === body) { for (const e of bodyEls) add(e); continue; }
    add(c);
    for (const e of elementsInOrder(c)) add(e);
  }
  return m;
}

function findHeadline(doc: Document, root: Element | null, h1s: Element[]): Element | null {
  const all = h1s.filter(isHeadlineCandidate);
  if (root) {
    const inside = all.find((h) => root.contains(h));
    if (inside) return inside;
    const before = all.filter((h) => h.compareDocumentPosition(root) & 4 /* FOLLOWING */);
    if (before.length) return before[before.length - 1];
    return null;
  }
  if (!all.length) {
    // First [itemprop=headline] or <article> h2, in document order (bounded scan).
    const list = byTag(doc, '*');
    let alt: Element | null = null;
    for (let i = 0, n = Math.min(list.length, MAX_WALK); i < n && !alt; i++) {
      const e = list[i];
      if (e.getAttribute('itemprop') === 'headline' || (e.localName === 'h2' && closestWhere(e, isTag('article')))) alt = e;
    }
    return alt && isHeadlineCandidate(alt) ? alt : null;
  }
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const matching = all.filter((h) => title && title.includes(textOf(h).slice(0, 40)));
  const inArticle = (list: Element[]) => list.find((h) => closestWhere(h, (a) => a.localName === 'article' || a.localName === 'main' || a.getAttribute('role') === 'main'));
  return inArticle(matching) ?? matching[0] ?? inArticle(all) ?? all[0];
}

/** True when a <p> of ≥ LONG characters sits below `el` (walk stops at the first; at most MAX_WALK elements). */
function hasLongParagraph(el: Element, c: Caches): boolean {
  const hit = c.longP.get(el);
  if (hit !== undefined) return hit;
  let found = false;
  let n = 0;
  for (let e: Element | null = el.firstElementChild; e && n < MAX_WALK; n++) {
    if (e.localName === 'p') {
      if (textLen(e, c, LONG) >= LONG) {
        found = true;
        break;
      }
    } else if (e.firstElementChild) {
      // Paragraphs do not nest: only descend into other elements.
      e = e.firstElementChild;
      continue;
    }
    while (e && e !== el && !e.nextElementSibling) e = e.parentElement;
    e = !e || e === el ? null : e.nextElementSibling;
  }
  c.longP.set(el, found);
  return found;
}

function findScope(doc: Document, headline: Element | null, root: Element | null, c: Caches): Element {
  const body = doc.body ?? doc.documentElement;
  if (headline) {
    const art = closestWhere(headline, isTag('article'));
    if (art && (!root || art.contains(root) || root.contains(art))) return root && root.contains(art) ? root : art;
    if (root) {
      let a: Element | null = headline.parentElement;
      while (a && !a.contains(root)) a = a.parentElement;
      if (a && a !== body && a !== doc.documentElement) return a;
      return root;
    }
    let a: Element | null = headline.parentElement;
    for (let k = 0; a && k < 6 && a !== body; k++, a = a.parentElement) if (hasLongParagraph(a, c)) return a;
    return headline.parentElement && headline.parentElement !== body ? headline.parentElement : body;
  }
  return root ?? body;
}

/**
 * Builds the {@link Region} of a page.
 * Input: the page (read-only), the article root from extraction (or null), the page language,
 * optionally every element of the body in document order (see DatelineOptions.bodyEls).
 * Output: headline, scope, first long paragraph and the short text segments in document order.
 * With a root, blocks after it (outside it) are excluded: only the root and its header region
 * (headline, its surroundings, the enclosing <article>) are read.
 */
export function buildRegion(doc: Document, root: Element | null, lang = '', bodyEls?: readonly Element[]): Region {
  const caches = newCaches();
  const tagIndex = docTagIndex(doc, bodyEls);
  let headline = findHeadline(doc, root, tagIndex.get('h1')!);
  let scope = findScope(doc, headline, root, caches);
  const body = doc.body ?? doc.documentElement;
  if (headline && root && !scope.contains(headline)) headline = null;
  if (headline && (scope === body || scope === doc.documentElement) && root) {
    headline = null;
    scope = root;
  }
  const article = (headline && closestWhere(headline, isTag('article'))) ?? (scope.localName === 'article' ? scope : null);
  const segments: Segment[] = [];
  let firstLong: Element | null = null;
  let bodySegments = 0;
  let headerSegments = 0;
  let afterHeadline = -1;
  let bodyVisits = 0;
  let visited = 0;
  let openings = 0;
  /** A paragraph after the first long one was visited (Segment.opening in the body). */
  let sawBodyP = false;
  /** A standfirst: its own class/id or its parent's says so (below the scope). */
  const standfirst = (el: Element): boolean => {
    for (let a: Element | null = el, k = 0; a && a !== scope && k < 2; a = a.parentElement, k++) if (tokens(a).some((t) => STANDFIRST_TOKENS.has(t))) return true;
    return false;
  };
  /** A header paragraph that may be a short lead: see Segment.opening. */
  const opening = (el: Element, text: string): boolean => {
    if (firstLong || openings >= MAX_OPENINGS || text.length < OPENING_MIN || !OPENING_TAGS.has(el.tagName.toUpperCase())) return false;
    if ((headline && afterHeadline < 0) || standfirst(el)) return false;
    openings++;
    return true;
  };

  const excludedCache = new Map<Element, boolean>();
  // With an extraction root, what follows it (outside it) is neither the article nor its header region.
  const afterRoot = (el: Element): boolean => !!root && root !== scope && !root.contains(el) && !el.contains(root) && !!(root.compareDocumentPosition(el) & 4 /* FOLLOWING */);
  const excluded = (el: Element): boolean => {
    const c = excludedCache.get(el);
    if (c !== undefined) return c;
    const v = selfExcluded(el, headline, article, caches) || afterRoot(el);
    excludedCache.set(el, v);
    return v;
  };

  // Elements that may carry a machine-readable date, collected during the same walk.
  const datedList: Element[] = [];
  let walked = 0;
  const checkDated = (el: Element): void => {
    if (datedList.length >= MAX_DATED) return;
    let hit = el.localName === 'time' || hAtomValue(el) !== null;
    if (!hit && el.hasAttributes()) {
      for (const a of el.getAttributeNames()) {
        if (DATE_ATTR_SET.has(a) || (a === 'itemprop' && /\bdate(published|modified|created)\b/i.test(el.getAttribute(a) ?? ''))) {
          hit = true;
          break;
        }
      }
    }
    if (hit && el !== scope) datedList.push(el);
  };
  /** checkDated() on every element below `top` (small subtrees: segments, empty blocks). */
  const datedBelow = (top: Element): void => {
    for (let el: Element | null = top.firstElementChild; el && walked < MAX_WALK; walked++) {
      checkDated(el);
      if (el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
      while (el && el !== top && !el.nextElementSibling) el = el.parentElement;
      el = !el || el === top ? null : el.nextElementSibling;
    }
  };

  const visit = (el: Element): void => {
    if (el !== scope && excluded(el)) return;
    if (bodySegments > MAX_BODY_SEGMENTS || ++visited > MAX_VISITS || (firstLong && ++bodyVisits > MAX_BODY_VISITS)) return;
    walked++;
    checkDated(el);
    if (headline && el === headline) {
      afterHeadline = segments.length;
      datedBelow(el);
      return;
    }
    const len = textLen(el, caches);
    if (!len) {
      datedBelow(el);
      return;
    }
    const zone = firstLong || headerSegments >= MAX_HEADER_SEGMENTS ? 'body' : 'header';
    const tagName = el.tagName.toUpperCase();
    const firstBodyP = !!firstLong && tagName === 'P' && !sawBodyP;
    if (firstLong && tagName === 'P') sawBodyP = true;
    if (!firstLong && (tagName === 'P' || tagName === 'BLOCKQUOTE') && len >= LONG) {
      if (standfirst(el)) {
        // A long standfirst is not the lead: the story starts after it.
        datedBelow(el);
        return;
      }
      firstLong = el;
      // The lead paragraph: its opening words may be a dateline ("PARIS, 27 déc (AFP) -").
      segments.push({ el, text: textHead(el, SHORT), zone: 'header', lead: true });
      datedBelow(el);
      return;
    }
    if (len <= SHORT && el !== scope) {
      datedBelow(el);
      // A short block holding the headline: its text nodes apart, or markup without spaces glues
      // the headline to the date line after it («…pageDecember 27, 2020»).
      const text = headline && el.contains(headline) ? spacedText(el) : textOf(el);
      if (zone === 'body') {
        if (firstBodyP && text.length >= OPENING_MIN && text.length < LONG) {
          // A short paragraph right after the first long one: the lead, if that was a standfirst.
          segments.push({ el, text, zone, opening: true });
          return;
        }
        // Body segments matter only when they hold digits (a date); their link-card test
        // is left to the rule that uses them (region.linkCard), as few ever need it.
        if (text.length < 6 || !/[\d٠-٩۰-۹]/.test(text)) return;
        bodySegments++;
        segments.push({ el, text, zone });
        return;
      }
      if (!linkCard(el, headline, caches)) {
        segments.push(opening(el, text) ? { el, text, zone, opening: true } : { el, text, zone });
        headerSegments++;
      }
      return;
    }
    if (zone === 'body' && (tagName === 'P' || tagName === 'BLOCKQUOTE' || tagName === 'LI' || tagName === 'PRE' || tagName === 'TABLE')) {
      // Long prose in the body is the story itself, never its date line: only look for
      // date-bearing elements inside it.
      datedBelow(el);
      return;
    }
    // Own text of a long block (text nodes directly inside it), read up to a bound.
    let own = '';
    for (let n = el.firstChild; n && own.length < 4 * SHORT; n = n.nextSibling) if (n.nodeType === 3) own += (n as Text).data;
    own = own.replace(/\s+/g, ' ').trim();
    if (!firstLong && own.length >= LONG && !standfirst(el)) {
      firstLong = el;
      segments.push({ el, text: own.slice(0, SHORT), zone: 'header', lead: true });
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
      return;
    }
    if (own && own.length <= SHORT) {
      segments.push(zone === 'header' && opening(el, own) ? { el, text: own, zone, opening: true } : { el, text: own, zone });
      if (zone === 'header') headerSegments++;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  visit(scope);

  const allowed = (el: Element): boolean => {
    if (!scope.contains(el)) return false;
    for (let a: Element | null = el; a && a !== scope; a = a.parentElement) if (excluded(a)) return false;
    return !linkCard(el, headline, caches);
  };
  const zoneOf = (el: Element): 'header' | 'body' => {
    if (!firstLong) return 'header';
    if (firstLong.contains(el)) return 'body';
    return firstLong.compareDocumentPosition(el) & 2 /* PRECEDING */ ? 'header' : 'body';
  };
  const docLang = lang || doc.documentElement.getAttribute('lang') || '';
  return {
    doc, headline, scope, root, firstLong, segments, afterHeadline, allowed, zoneOf, lang: docLang,
    dated: () => datedList,
    docTags: (tag) => tagIndex.get(tag) ?? [],
    linkCard: (el: Element) => linkCard(el, headline, caches),
  };
}
