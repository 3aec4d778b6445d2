/**
 * Other Latin-script languages (fr, es, pt, it, de, nl, …): capitalised runs with the
 * language's stop words and name connectors (data/latin.json) plus gazetteers; no tagger.
 * German capitalises every noun, so there single capitalised words are only taken when
 * something else vouches for them (gazetteer, repetition, or part of a longer name).
 */
import type { Resolved } from '../core';
import { extractFromTokens, latinOptions, tokenizeLatin } from './runs';

/** Entities of one article in a Latin-script language other than English, ranked. */
export function extractLatin(title: string, text: string, lang: string): Resolved[] {
  const toks = tokenizeLatin(title, text);
  return extractFromTokens(toks, latinOptions(lang || 'en'));
}
