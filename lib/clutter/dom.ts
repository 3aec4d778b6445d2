/**
 * A one-pass index of a page for the clutter rules: every element of the body
 * in document order with memoised text and link-text lengths, so rules never
 * call `textContent` or `querySelectorAll` over the whole document in a loop.
 * Pure: takes the Document from the rule context; never modifies it.
 */
import type { RuleContext } from './types';
import { rawTokens } from './text';

/** Elements whose content a reader never sees as text. */
export const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK']);

export interface PageIndex {
  /** Body elements in document order (text-less subtrees such as script included). */
  els: Element[];
  /** Position of each element in `els`. */
  pos: Map<Element, number>;
  /** Non-whitespace characters of visible-ish text under the element (script/style/hidden excluded). */
  textLen(el: Element): number;
  /** Same, counted only inside links. */
  linkLen(el: Element): number;
  /** Number of `<a href>` under the element (itself included). */
  links(el: Element): number;
  /** Whitespace-collapsed text (script/style/hidden excluded); memoised. */
  text(el: Element): string;
  /** Class/id word tokens of the element (see attrTokens), memoised. */
  tokens(el: Element): string[];
  /** Joined class/id string, lower case (see attrString), memoised. */
  attr(el: Element): string;
  /** True when `a` is `b` or contains it. */
  contains(a: Element, b: Element): boolean;
  /** Upper-case tag name (memoised at build time). */
  tag(el: Element): string;
  /** True when the element is, or sits inside, site chrome: nav, header, role=navigation/banner/menubar (see {@link inSiteChrome}). */
  chrome(el: Element): boolean;
  /** True when the element holds a chrome element (nav, header, role=navigation/banner) below it. */
  holdsChrome(el: Element): boolean;
  /** True when the element is, or sits inside, MathML or SVG. */
  inMathSvg(el: Element): boolean;
  /** The `<a>` elements under `el` (itself included), in document order. */
  anchors(el: Element): Element[];
}

/** True when the site hides the element by attribute or inline style (no layout needed). */
export function hiddenByAttr(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const st = el.getAttribute('style');
  if (st && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st)) return true;
  return false;
}

const cache = new WeakMap<object, PageIndex>();

/**
 * Builds (once per rule context) the page index.
 * Input: the rule context (its `doc`). Output: {@link PageIndex}. Cost: one
 * walk of the body; text strings are computed lazily per element.
 */
export function pageIndex(ctx: RuleContext): PageIndex {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const idx = ctx.index ?? buildIndex(ctx.doc);
  cache.set(ctx, idx);
  return idx;
}

/** Builds a page index for `doc` (see {@link pageIndex}). */
export function buildIndex(doc: Document): PageIndex {
  const els: Element[] = [];
  const tags: string[] = [];
  const pos = new Map<Element, number>();
  const tl: number[] = [];
  const ll: number[] = [];
  const lk: number[] = [];
  const end: number[] = [];
  const hid: boolean[] = [];
  const chromeAt: boolean[] = [];
  const selfChrome: boolean[] = [];
  const holds: boolean[] = [];
  const mathAt: boolean[] = [];
  const linkAt: boolean[] = [];
  const body = doc.body;
  const stack: number[] = [];
  let inLink = 0;
  const push = (el: Element, parent: number): number => {
    const i = els.length;
    const tag = el.tagName.toUpperCase();
    els.push(el); tags.push(tag); pos.set(el, i); end.push(i);
    // Attribute reads are the costly part under jsdom: skipped for elements without attributes.
    const attrs = el.hasAttributes();
    const isLink = attrs && tag === 'A' && el.hasAttribute('href');
    hid.push((parent >= 0 && (hid[parent] || NON_TEXT_TAGS.has(tags[parent]))) || (attrs && hiddenByAttr(el)));
    const role = attrs ? el.getAttribute('role') : null;
    selfChrome.push(tag === 'NAV' || tag === 'HEADER' || role === 'navigation' || role === 'banner');
    chromeAt.push((parent >= 0 && chromeAt[parent]) || selfChrome[i] || role === 'menubar');
    holds.push(false);
    mathAt.push((parent >= 0 && mathAt[parent]) || tag === 'MATH' || tag === 'SVG');
    tl.push(0); ll.push(0); lk.push(isLink ? 1 : 0); linkAt.push(isLink);
    if (isLink) inLink++;
    stack.push(i);
    return i;
  };
  // Iterative pre-order walk (deep pages cannot overflow the stack); each
  // element's sums are added to its parent when its children are done.
  if (body) {
    let parentI = push(body, -1);
    let node: Node | null = body.firstChild;
    for (;;) {
      if (node) {
        if (node.nodeType === 1) {
          parentI = push(node as Element, parentI);
          node = node.firstChild;
          continue;
        }
        if (node.nodeType === 3 && !hid[parentI] && !NON_TEXT_TAGS.has(tags[parentI])) {
          const v = node.nodeValue ?? '';
          let k = 0;
          for (let j = 0; j < v.length; j++) { const c = v.charCodeAt(j); if (c > 32 && c !== 160) k++; }
          tl[parentI] += k;
          if (inLink > 0) ll[parentI] += k;
        }
        node = node.nextSibling;
        continue;
      }
      const i = stack.pop()!;
      if (linkAt[i]) inLink--;
      end[i] = els.length - 1;
      if (!stack.length) break;
      const p = stack[stack.length - 1];
      tl[p] += tl[i]; ll[p] += ll[i]; lk[p] += lk[i];
      if (holds[i] || selfChrome[i]) holds[p] = true;
      parentI = p;
      node = els[i].nextSibling;
    }
  }
  const at = (el: Element): number => pos.get(el) ?? -1;
  const texts = new Map<Element, string>();
  // Text of an element from its children's memoised texts: each element's string is built once.
  const textOf = (el: Element): string => {
    let s = texts.get(el);
    if (s !== undefined) return s;
    const i = at(el);
    if (i >= 0 && (tl[i] === 0 || hid[i] || NON_TEXT_TAGS.has(tags[i]))) { texts.set(el, ''); return ''; }
    if (i < 0 && (NON_TEXT_TAGS.has(el.tagName.toUpperCase()) || hiddenByAttr(el))) { texts.set(el, ''); return ''; }
    const parts: string[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) { const t = textOf(c as Element); if (t) parts.push(t); }
    }
    s = parts.join(' ').replace(/\s+/g, ' ').trim();
    texts.set(el, s);
    return s;
  };
  const tok = new Map<Element, string[]>();
  // "id class" read once per element; both the token list and the lower-case string come from it.
  const raws = new Map<Element, string>();
  const raw = (el: Element): string => {
    let r = raws.get(el);
    if (r === undefined) { r = el.hasAttributes() ? `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}` : ''; raws.set(el, r); }
    return r;
  };
  const lower = new Map<Element, string>();
  return {
    els,
    pos,
    attr(el) {
      let a = lower.get(el);
      if (a === undefined) { a = raw(el).toLowerCase(); lower.set(el, a); }
      return a;
    },
    tokens(el) {
      let t = tok.get(el);
      if (!t) { t = rawTokens(raw(el)); tok.set(el, t); }
      return t;
    },
    textLen: (el) => { const i = at(el); return i >= 0 ? tl[i] : 0; },
    linkLen: (el) => { const i = at(el); return i >= 0 ? ll[i] : 0; },
    links: (el) => { const i = at(el); return i >= 0 ? lk[i] : 0; },
    text: textOf,
    contains(a, b) {
      const i = pos.get(a), j = pos.get(b);
      if (i === undefined || j === undefined) return a.contains(b);
      return j >= i && j <= end[i];
    },
    tag: (el) => { const i = at(el); return i >= 0 ? tags[i] : el.tagName.toUpperCase(); },
    chrome: (el) => { const i = at(el); return i >= 0 ? chromeAt[i] : inSiteChrome(el); },
    holdsChrome: (el) => { const i = at(el); return i >= 0 ? holds[i] : !!el.querySelector('nav, header, [role="navigation"], [role="banner"]'); },
    inMathSvg: (el) => { const i = at(el); return i >= 0 ? mathAt[i] : !!el.closest('math, svg'); },
    anchors(el) {
      const i = at(el);
      if (i < 0) return Array.from(el.getElementsByTagName('a'));
      const out: Element[] = [];
      for (let j = i; j <= end[i]; j++) if (tags[j] === 'A') out.push(els[j]);
      return out;
    },
  };
}

/** Elements under `el` (itself included) in document order, from the index. */
export function subtree(idx: PageIndex, el: Element): Element[] {
  const i = idx.pos.get(el);
  if (i === undefined) return [];
  const out: Element[] = [];
  for (let j = i; j < idx.els.length && idx.contains(el, idx.els[j]); j++) out.push(idx.els[j]);
  return out;
}

/** True when `el` sits inside a header, nav or role=banner/navigation landmark (site chrome that may stay). */
export function inSiteChrome(el: Element): boolean {
  return !!el.closest('nav, header, [role="navigation"], [role="banner"], [role="menubar"]');
}

/**
 * A memoised `closest()` for one predicate: the returned function tells
 * whether `el` or one of its ancestors satisfies `test`, walking up only
 * until it meets an element already answered (iteratively: deep pages cannot
 * overflow the stack). For rules that ask the same question of many elements
 * of one subtree, where each `closest()` under jsdom would climb to the root
 * through the selector engine. The document must not change while the
 * function is in use. Input: the predicate. Output: the memoised test.
 */
export function closestMemo(test: (el: Element) => boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const chain: Element[] = [];
    let ans = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const m = memo.get(e);
      if (m !== undefined) { ans = m; break; }
      chain.push(e);
      if (test(e)) { ans = true; break; }
    }
    // Elements of the chain below a hit (or below an answered ancestor) share its answer.
    for (const e of chain) memo.set(e, ans);
    return ans;
  };
}
