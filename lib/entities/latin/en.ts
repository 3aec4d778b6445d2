/**
 * English entities: capitalised runs (latin/runs.ts) typed with compromise's lexicon
 * (≈ 24,600 words tagged FirstName / LastName / City / Country / Organization / Demonym /
 * WeekDay …) plus gazetteers. Only the lexicon of `compromise/one` is used: running compromise's
 * full tagger took 10× our 50 ms budget on a 1,000-word article on this machine, and the spans
 * come from the capitalised runs anyway.
 */
import nlp from 'compromise/one';
import type { Resolved } from '../core';
import { extractFromTokens, latinOptions, tokenizeLatin, type Hint } from './runs';

let lexicon: Record<string, string> | null = null;

function hintOf(word: string): Hint {
  if (!lexicon) lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  if (!tag) return null;
  if (tag === 'Honorific' || tag === 'Actor') return 'TITLE';
  if (tag === 'Demonym') return 'DEMONYM';
  if (tag === 'WeekDay' || tag === 'Month' || tag === 'Date' || tag === 'Holiday') return 'DATE';
  if (/Name$|^Person$/.test(tag)) return 'PERSON';
  if (/^(City|Country|Region|Place|Town|Address)$/.test(tag)) return 'PLACE';
  if (/^(Organization|Company|SportsTeam|School|University)$/.test(tag)) return 'ORG';
  return null;
}

/** English entities of one article (headline + "\n\n"-separated paragraphs), ranked. */
export function extractEn(title: string, text: string): Resolved[] {
  const toks = tokenizeLatin(title, text, hintOf);
  return extractFromTokens(toks, latinOptions('en'));
}
