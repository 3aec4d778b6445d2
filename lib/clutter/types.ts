import type { ClutterKind } from '../types';

/** What a rule sees: the document, its window (for computed style, may be null under jsdom) and the protected article elements. */
export interface RuleContext {
  doc: Document;
  win: Window | null;
  /** Elements whose text is in the extracted article: never hide them, their ancestors or descendants. */
  kept: ReadonlySet<Element>;
  /** The article's root element in doc, or null. */
  root: Element | null;
  /** A page index of `doc` already built by the caller (lib/clutter/dom.ts buildIndex), so the page is walked once; built on demand when absent. */
  index?: import('./dom').PageIndex;
}

/** A rule's verdict on one element. */
export interface Candidate {
  el: Element;
  kind: ClutterKind;
  rule: string;
  reason: string;
}

/** One boilerplate detector: one file under lib/clutter/rules/, registered in lib/clutter/rules/index.ts. */
export interface ClutterRule {
  id: string;
  kind: ClutterKind;
  /** Returns the elements this rule would hide. Must not modify the document. */
  detect(ctx: RuleContext): Candidate[];
}
