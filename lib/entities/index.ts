/**
 * Key named entities of an article without a model (issue 5).
 *
 * Dispatch by `lang` (BCP 47 primary subtag), or by script when `lang` is empty/unknown:
 * Arabic → ar/extract.ts (cue words, gazetteers, grammar of news Arabic);
 * English → latin/en.ts (compromise + capitalised runs + gazetteers);
 * other Latin-script languages → latin/other.ts (capitalised runs with per-language stop lists).
 * Other scripts return []. Pure and synchronous; data is bundled JSON plus the runtime's Intl.
 */
import type { Entity } from '../types';
import type { Resolved } from './core';
import { extractAr } from './ar/extract';
import { extractEn } from './latin/en';
import { extractLatin } from './latin/other';

export interface EntityInput {
  title: string;
  /** Article plain text, paragraphs separated by blank lines. */
  text: string;
  /** BCP 47 language ("ar", "en", …). */
  lang: string;
}

/**
 * Language family used for dispatch: "ar", "en", "latin" (other Latin-script) or "other".
 * The Latin extractors read capitalised runs, so they only run on text mostly written in Latin
 * letters: a Japanese, Hebrew or Russian page (whatever its declared language) with a few Latin
 * words («Apple Watch», «Reuters») is "other" and yields no entities (better none than wrong ones).
 */
export function entityLanguage(input: EntityInput): 'ar' | 'en' | 'latin' | 'other' {
  const primary = (input.lang || '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar') return 'ar';
  const sample = (input.title + ' ' + input.text).slice(0, 2000);
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-zÀ-ɏ]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const mostlyLatin = latin * 2 >= letters;
  if (primary === 'en') return mostlyLatin ? 'en' : 'other';
  if (primary && primary !== 'und' && primary.length <= 3) {
    if (['fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug'].includes(primary)) return 'other';
    if (latin > arabic && mostlyLatin) return 'latin';
    return 'other';
  }
  if (arabic > latin) return 'ar';
  return latin > 0 && mostlyLatin ? 'en' : 'other';
}

/**
 * Entities with where they were found (headline/body counts, rules). Used by tests and the
 * evaluation script; `extractEntities` is the public shape.
 */
export function analyzeEntities(input: EntityInput): Resolved[] {
  const lang = entityLanguage(input);
  const title = input.title ?? '';
  const text = input.text ?? '';
  if (lang === 'ar') return extractAr(title, text);
  if (lang === 'en') return extractEn(title, text);
  if (lang === 'latin') return extractLatin(title, text, (input.lang || '').toLowerCase().split(/[-_]/)[0]);
  return [];
}

/**
 * Ranked named entities of an article.
 * Input: {title, text (paragraphs separated by "\n\n"), lang (BCP 47)}.
 * Output: {@link Entity}[] (PERSON / ORG / PLACE), aliases merged into the canonical (longest)
 * form, `count` = mentions in headline + body (nested names counted once), highest `salience`
 * first. Never throws on odd input; returns [] for scripts it does not handle.
 */
export function extractEntities(input: EntityInput): Entity[] {
  return analyzeEntities(input).map(({ name, type, count, variants, salience }) => ({ name, type, count, variants, salience }));
}

/**
 * Builds, ahead of the first real call, the one-off tables of the language a headline is written
 * in (Arabic: cue-word sets, nationality forms, gazetteer index from `Intl.DisplayNames`; English
 * and other Latin-script languages: region and time-zone gazetteers, compromise's lexicon) and
 * lets the engine compile the extractor's code, by running the extractor on the headline alone.
 * Meant to be called by an extension page while it waits for the page's article (the content-script
 * round trip), so the set-up is not paid when the entities are shown (issue 5's 50 ms budget).
 * Input: {title: the tab's or page's headline, lang: BCP 47 if known, else "" (the script of the
 * headline decides, see {@link entityLanguage})}. Output: the language family warmed, or "other"
 * when there is nothing to warm. Synchronous (tens of ms the first time, ~0 after); never throws;
 * calling it changes no later result (the tables are the same ones the first call would build).
 */
export function warmEntities(sample: { title: string; lang?: string }): ReturnType<typeof entityLanguage> {
  const input = { title: sample?.title ?? '', text: '', lang: sample?.lang ?? '' };
  let lang: ReturnType<typeof entityLanguage> = 'other';
  try {
    lang = entityLanguage(input);
    if (lang !== 'other' && input.title.trim()) analyzeEntities(input);
  } catch {
    // warming is best effort: the real call builds the same tables
  }
  return lang;
}
