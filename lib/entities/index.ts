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

/** Language family used for dispatch: "ar", "en", "latin" (other Latin-script) or "other". */
export function entityLanguage(input: EntityInput): 'ar' | 'en' | 'latin' | 'other' {
  const primary = (input.lang || '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar') return 'ar';
  if (primary === 'en') return 'en';
  const sample = (input.title + ' ' + input.text).slice(0, 2000);
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-zÀ-ɏ]/g) ?? []).length;
  if (primary && primary !== 'und' && primary.length <= 3) {
    if (['fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug'].includes(primary)) return 'other';
    if (latin > arabic) return 'latin';
    return 'other';
  }
  if (arabic > latin) return 'ar';
  return latin > 0 ? 'en' : 'other';
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
