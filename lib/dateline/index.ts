import type { Dateline } from '../types';

export interface DatelineOptions {
  /** Page URL (URL date patterns). */
  url: string;
  /** The article's root element in `doc` (from extraction), or null. */
  root: Element | null;
  /** Visit time, for relative dates ("2 hours ago"); defaults to now. */
  now?: Date;
}

/**
 * Finds where and when the story was filed.
 * PLACEHOLDER: being replaced by the full rule chain (issue 4).
 */
export function extractDateline(_doc: Document, _opts: DatelineOptions): Dateline {
  return { place: null, source: null, published: null, modified: null, evidence: { place: null, source: null, published: null, modified: null } };
}
