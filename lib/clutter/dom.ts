/**
 * A one-pass index of a page for the clutter rules: every element of the body
 * in document order with memoised text and link-text lengths, so rules never
 * call `textContent` or `querySelectorAll` over the whole document in a loop.
 * Pure: takes the Document from the rule context; never modifies it.
 */
import type { RuleContext } from './types';
import { attrTokens } from './text';

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
  /** True when `a` is `b` or contains it. */
  contains(a: Element, b: Element): boolean;
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
  const idx = buildIndex(ctx.doc);
  cache.set(ctx, idx);
  return idx;
}

/** Builds a page index for `doc` (see {@link pageIndex}). */
export function buildIndex(doc: Document): PageIndex {
  const els: Element[] = [];
  const pos = new Map<Element, number>();
  const tl = new Map<Element, number>();
  const ll = new Map<Element, number>();
  const lk = new Map<Element, number>();
  const end: number[] = [];
  const body = doc.body;
  const walk = (el: Element, inLink: boolean, hidden: boolean): [number, number, number] => {
    const i = els.length;
    els.push(el);
    pos.set(el, i);
    end.push(i);
    const tag = el.tagName.toUpperCase();
    const isLink = tag === 'A' && el.hasAttribute('href');
    const skip = hidden || NON_TEXT_TAGS.has(tag) || hiddenByAttr(el);
    let t = 0, l = 0, n = isLink ? 1 : 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (skip) continue;
        const v = c.nodeValue ?? '';
        let k = 0;
        for (let j = 0; j < v.length; j++) { const ch = v.charCodeAt(j); if (ch > 32 && ch !== 160) k++; }
        t += k;
        if (inLink || isLink) l += k;
      } else if (c.nodeType === 1) {
        const [ct, cl, cn] = walk(c as Element, inLink || isLink, skip);
        t += ct; l += cl; n += cn;
      }
    }
    tl.set(el, t); ll.set(el, l); lk.set(el, n);
    end[i] = els.length - 1;
    return [t, l, n];
  };
  if (body) walk(body, false, false);
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let s = texts.get(el);
    if (s !== undefined) return s;
    const parts: string[] = [];
    const rec = (n: Node) => {
      if (n.nodeType === 3) { parts.push(n.nodeValue ?? ''); return; }
      if (n.nodeType !== 1) return;
      const e = n as Element;
      if (NON_TEXT_TAGS.has(e.tagName.toUpperCase()) || hiddenByAttr(e)) return;
      for (let c = e.firstChild; c; c = c.nextSibling) rec(c);
    };
    rec(el);
    s = parts.join(' ').replace(/\s+/g, ' ').trim();
    texts.set(el, s);
    return s;
  };
  const tok = new Map<Element, string[]>();
  return {
    els,
    pos,
    tokens(el) {
      let t = tok.get(el);
      if (!t) { t = attrTokens(el); tok.set(el, t); }
      return t;
    },
    textLen: (el) => tl.get(el) ?? 0,
    linkLen: (el) => ll.get(el) ?? 0,
    links: (el) => lk.get(el) ?? 0,
    text: textOf,
    contains(a, b) {
      const i = pos.get(a), j = pos.get(b);
      if (i === undefined || j === undefined) return a.contains(b);
      return j >= i && j <= end[i];
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
