/**
 * The working copy Readability runs on. Readability rewrites the document it
 * is given, so extraction works on a copy; this module makes that copy in one
 * walk and records, as it goes, which live node each copied node came from.
 */

/** Clone → live correspondence (see {@link cloneForExtraction}). */
export interface TreeMap {
  /**
   * The live element a clone element came from; for an element Readability
   * renamed (DIV → P: a new element with the old one's children), the live
   * parent of its first copied text child; null for an element Readability
   * created around others. When Readability starts over (it re-parses the
   * page from its own HTML copy when the first try finds too little text, so
   * no node is the one copied), elements are matched by the exact text of
   * their first non-blank text node, taking page occurrences in order.
   */
  live(cloneEl: Element): Element | null;
}

/**
 * Tags left out of the copy: Readability deletes them before it looks at
 * the page (`script`, `style`), they hold no article text (`link`,
 * `template`), or attaching them is costly and the sanitiser drops them from
 * the article anyway (`iframe`: each one would get its own browsing context).
 * JSON-LD scripts are kept: Readability reads its metadata from them.
 */
const LEFT_OUT = new Set(['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'IFRAME', 'SVG']);

/**
 * Nesting depth past which the copy is built top-down (see
 * {@link cloneForExtraction}); jsdom overflows the stack inserting a
 * detached subtree a few thousand levels deep, and ordinary pages stay far
 * below 200 levels.
 */
const DEEP = 200;

/** Inline styles that hide an element (Readability's `_isProbablyVisible` reads the same two properties). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True for an element the copy leaves out: the tags above (SVG drawings are
 * dropped by the sanitiser, and icon sprites are large), and subtrees
 * Readability deletes as invisible before it scores anything: the `hidden`
 * attribute, `aria-hidden="true"` (except its "fallback-image" exception),
 * inline `display:none` / `visibility:hidden`.
 */
function leftOut(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (LEFT_OUT.has(tag)) return tag === 'SCRIPT' ? !/ld\+json/i.test(el.getAttribute('type') ?? '') : true;
  if (tag === 'BODY' || tag === 'HEAD' || !el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const st = el.getAttribute('style');
  return !!st && HIDDEN_STYLE.test(st);
}

/** Element children from which a parent's run of link items is cut in the copy (see {@link longLinkRun}). */
export const MAX_RUN = 1000;
/** Link items of such a run that the copy keeps. */
export const RUN_KEEP = 100;
/** Text length (chars) under which a child counts as an item, not a block of prose. */
const ITEM_CHARS = 300;

/**
 * The children of `el` the copy leaves out because they belong to a very
 * long run of link items: when `el` has more than {@link MAX_RUN} element
 * children, the short ones (under {@link ITEM_CHARS} characters of text)
 * that hold a link, after the first {@link RUN_KEEP} of them. Such a run is
 * an archive or sitemap list, never running text (prose does not come as a
 * thousand short linked blocks), and Readability's work on it grows with
 * the square of its length (renaming each DIV to P re-indexes the siblings
 * under jsdom; cleaning the list when it wins scans it per item), which made
 * a 6 MB page with a 60,000-item sidebar run for minutes and then return
 * the sidebar. Input: an element of the page. Output: the children to
 * leave out, or null (the common case: one pass over the children).
 */
function longLinkRun(el: Element): Set<Element> | null {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= MAX_RUN; c = c.nextElementSibling) n++; // (childElementCount builds a collection in jsdom)
  if (n <= MAX_RUN) return null;
  const out = new Set<Element>();
  let items = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const isLink = c.tagName.toUpperCase() === 'A' || !!c.querySelector('a[href]');
    if (!isLink || (c.textContent ?? '').length >= ITEM_CHARS) continue;
    if (++items > RUN_KEEP) out.add(c);
  }
  return out.size ? out : null;
}

/** Readability's own patterns (the pinned version's, read from its prototype so they never drift). */
export interface ReadabilityPatterns { REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp }; UNLIKELY_ROLES: string[] }

/**
 * True for an element Readability's first pass deletes as an "unlikely
 * candidate" before scoring (class/id matching its `unlikelyCandidates`
 * pattern and not `okMaybeItsACandidate`, not within 4 levels under a table
 * or code, not BODY or A; or an unlikely ARIA role), the same test in the
 * same order. Elements Readability would first take as the byline (rel/
 * itemprop author, byline pattern) and h1/h2 (its title-header check) are
 * kept.
 */
function unlikely(el: Element, tag: string, pat: ReadabilityPatterns): boolean {
  if (tag === 'BODY' || tag === 'A' || tag === 'H1' || tag === 'H2' || tag === 'HTML' || tag === 'HEAD' || !el.hasAttributes()) return false;
  const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const role = el.getAttribute('role');
  const byRole = !!role && pat.UNLIKELY_ROLES.includes(role);
  const byName = match.length > 1 && pat.REGEXPS.unlikelyCandidates.test(match) && !pat.REGEXPS.okMaybeItsACandidate.test(match);
  if (!byRole && !byName) return false;
  if (el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author') || pat.REGEXPS.byline.test(match)) return false;
  if (byName) {
    let p = el.parentElement;
    for (let depth = 0; p && depth <= 3; depth++, p = p.parentElement) {
      const t = p.tagName.toUpperCase();
      if (t === 'TABLE' || t === 'CODE') return byRole;
    }
  }
  return true;
}

/**
 * Copies `doc` for extraction: a shallow clone of the Document (same URL, so
 * relative links resolve as on the page) holding a copy of the element tree
 * without the elements {@link leftOut} names, without the tail of very long
 * runs of link items ({@link longLinkRun}) and, with `likelyOnly`
 * (Readability's patterns), without the subtrees Readability's first pass
 * deletes as unlikely candidates (see {@link unlikely}): the same article
 * comes out as long as that first pass succeeds (the caller checks, and
 * copies again without `likelyOnly` when Readability had to start over).
 * The tree is built detached and attached once (top-down, attached first,
 * on a page nested deeper than {@link DEEP} levels). The input is never modified.
 *
 * Input: the live Document. Output: the copy and the {@link TreeMap} back to
 * the live nodes. Cost: one iterative pass over the page's nodes (deep pages
 * cannot overflow the stack).
 */
export function cloneForExtraction(doc: Document, opts: { likelyOnly?: ReadabilityPatterns } = {}): { clone: Document; map: TreeMap } {
  const pat = opts.likelyOnly;
  const clone = doc.cloneNode(false) as Document;
  const els = new WeakMap<Node, Element>();
  const texts = new WeakMap<Node, Element>();
  // Live text (trimmed) → the live elements holding it, in document order; built only when Readability started over.
  let byText: Map<string, { at: number; els: Element[] }> | null = null;
  const textIndex = () => {
    const m = new Map<string, { at: number; els: Element[] }>();
    for (let n: Node | null = doc.body, depth = 0; n && depth >= 0;) {
      if (n.nodeType === 3) {
        const v = (n.nodeValue ?? '').trim();
        if (v && n.parentNode?.nodeType === 1) { const e = m.get(v); if (e) e.els.push(n.parentNode as Element); else m.set(v, { at: 0, els: [n.parentNode as Element] }); }
      }
      if (n.firstChild && (n.nodeType !== 1 || !leftOut(n as Element))) { n = n.firstChild; depth++; continue; }
      while (n && !n.nextSibling && depth > 0) { n = n.parentNode; depth--; }
      if (!n || depth === 0) break;
      n = n.nextSibling;
    }
    return m;
  };
  for (let top = doc.firstChild; top; top = top.nextSibling) {
    if (top.nodeType !== 1) { clone.appendChild(top.cloneNode(false)); continue; }
    const rootLive = top as Element;
    const rootCopy = rootLive.cloneNode(false) as Element;
    els.set(rootCopy, rootLive);
    // Parallel walk: `src` in the page, `dst` the copy of its parent. A
    // copied element is appended to its parent's copy only once its own
    // children are in (bottom-up, as a deep clone does): each insertion then
    // climbs a chain of one, where top-down it would climb to the root
    // (jsdom's insertion steps walk the ancestors). Inserting a subtree
    // walks it recursively (jsdom attaches every descendant), so past
    // {@link DEEP} levels the copy switches to top-down for the rest of this
    // tree: the copy is attached to the document, the chain of copies still
    // waiting is appended top to bottom, and every later node is appended
    // as soon as it is made; no insertion then carries a deep subtree.
    let srcParent: Node = rootLive;
    let dst: Node = rootCopy;
    const pending: Node[] = [];
    let topDown = false;
    // Children cut from very long runs of link items (see longLinkRun).
    const cut = new WeakSet<Element>();
    const noteRun = (parent: Node) => { if (parent.nodeType === 1) longLinkRun(parent as Element)?.forEach((c) => cut.add(c)); };
    noteRun(rootLive);
    let src: Node | null = rootLive.firstChild;
    for (;;) {
      if (src) {
        const type = src.nodeType;
        if (type === 1) {
          if (leftOut(src as Element) || cut.has(src as Element) || (pat && unlikely(src as Element, (src as Element).tagName.toUpperCase(), pat))) { src = src.nextSibling; continue; }
          const copy = src.cloneNode(false);
          els.set(copy, src as Element);
          if (src.firstChild) {
            pending.push(dst);
            if (!topDown && pending.length > DEEP) {
              topDown = true;
              clone.appendChild(rootCopy);
              for (let i = 1; i < pending.length; i++) pending[i - 1].appendChild(pending[i]);
            }
            if (topDown) dst.appendChild(copy);
            noteRun(src);
            srcParent = src; dst = copy; src = src.firstChild; continue;
          }
          dst.appendChild(copy);
        } else {
          // Text and comments (comments too: Readability's handling of <br> runs sees them).
          const copy = src.cloneNode(false);
          if (type === 3) texts.set(copy, srcParent as Element);
          dst.appendChild(copy);
        }
        src = src.nextSibling;
        continue;
      }
      if (srcParent === rootLive) break;
      const done = dst;
      dst = pending.pop()!;
      if (!topDown) dst.appendChild(done);
      src = srcParent.nextSibling;
      srcParent = srcParent.parentNode as Node;
    }
    if (!topDown) clone.appendChild(rootCopy);
  }
  return {
    clone,
    map: {
      live(el) {
        const hit = els.get(el);
        if (hit) return hit;
        let first: string | null = null;
        for (let c = el.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 3) continue;
          const p = texts.get(c);
          if (p) return p;
          if (first === null) { const v = (c.nodeValue ?? '').trim(); if (v) first = v; }
        }
        if (first === null) return null;
        byText ??= textIndex();
        const hit2 = byText.get(first);
        if (!hit2 || hit2.at >= hit2.els.length) return null;
        return hit2.els[hit2.at++];
      },
    },
  };
}
