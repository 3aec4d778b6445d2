import type { Entity } from '../types';

export interface EntityInput {
  title: string;
  /** Article plain text, paragraphs separated by blank lines. */
  text: string;
  /** BCP 47 language ("ar", "en", …). */
  lang: string;
}

/**
 * Ranked named entities of an article.
 * PLACEHOLDER: being replaced by the language-dispatched extractor (issue 5).
 */
export function extractEntities(_input: EntityInput): Entity[] {
  return [];
}
