import type { ClutterKind } from '../types';
import type { Candidate } from './types';

/** Attribute set on each hidden block; its value is the clutter kind. */
export const HIDE_ATTR = 'data-sahifa-hidden';
/** id of the one stylesheet injected while the page is clean. */
export const STYLE_ID = 'sahifa-cleanup-style';

export interface Cleanup {
  /** Number of blocks hidden. */
  count: number;
  /** Puts the page back exactly as it was (attributes and the stylesheet removed). */
  restore(): void;
}

/**
 * Hides candidates reversibly: one data attribute per block and one
 * stylesheet; no node is removed or moved. `kinds` limits what is hidden.
 */
export function hideClutter(doc: Document, hits: Candidate[], kinds?: ReadonlySet<ClutterKind>): Cleanup {
  const marked: Element[] = [];
  for (const h of hits) {
    if (kinds && !kinds.has(h.kind)) continue;
    if (h.el.hasAttribute(HIDE_ATTR)) continue;
    h.el.setAttribute(HIDE_ATTR, h.kind);
    marked.push(h.el);
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDE_ATTR}]{display:none !important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    count: marked.length,
    restore() {
      for (const el of marked) el.removeAttribute(HIDE_ATTR);
      style.remove();
    },
  };
}
