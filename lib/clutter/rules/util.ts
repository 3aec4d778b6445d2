/**
 * Helpers shared by the rule files (not a rule itself: not registered).
 */
import type { PageIndex } from '../dom';
import type { ClutterKind } from '../../types';
import type { Candidate } from '../types';

/** Tags a rule never proposes (page skeleton). */
export const SKELETON = new Set(['HTML', 'BODY', 'HEAD', 'MAIN']);

/**
 * Climbs from `el` to the largest ancestor that adds no text of its own beyond
 * `slack` characters (a label, a separator): the box around an ad, a ticker.
 * Stops below BODY/MAIN and below any element in `stop`.
 * Input: element, page index, slack in characters. Output: the box element.
 */
export function expandBox(idx: PageIndex, el: Element, slack: number, stop?: (e: Element) => boolean): Element {
  let cur = el;
  const base = idx.textLen(el);
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (SKELETON.has(idx.tag(p))) break;
    if (stop && stop(p)) break;
    if (idx.textLen(p) - base > slack) break;
    cur = p;
  }
  return cur;
}

/** Builds a candidate. */
/**
 * The innermost elements whose whole text is one short line: text length 1…`maxChars`
 * (UTF-16 units, as {@link PageIndex.textLen}), not a skeleton element, and no child element
 * carrying the same text. Output: elements in document order. Shared by the short-line rules
 * (comment-status, image-credit).
 */
export function* shortLineLeaves(idx: PageIndex, maxChars: number): Generator<Element> {
  for (const el of idx.els) {
    const t = idx.textLen(el);
    if (t === 0 || t > maxChars || SKELETON.has(idx.tag(el))) continue;
    let childWithAll = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (idx.textLen(c) === t) { childWithAll = true; break; }
    if (!childWithAll) yield el;
  }
}

export function cand(el: Element, kind: ClutterKind, rule: string, reason: string): Candidate {
  return { el, kind, rule, reason };
}

/** Short description of an element for reasons: tag#id.class */
export function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2).join('.');
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}`;
}

/** Link density: share of the element's text that sits inside links (0..1). */
export function linkDensity(idx: PageIndex, el: Element): number {
  const t = idx.textLen(el);
  return t ? idx.linkLen(el) / t : 0;
}
