/**
 * Reading time: words per minute by language.
 *
 * Rates are silent-reading speeds of adult readers of non-fiction:
 * English ≈ 230–240 wpm (Brysbaert 2019, "How many words do we read per
 * minute?", J. Memory and Language 109); other languages scaled from the
 * relative rates of the IReST study (Trauzettel-Klosinski & Dietz 2012,
 * IOVS 53(9)), which measured the same text in 17 languages. Arabic words
 * carry attached clitics (و، ب، ل، ال، pronoun suffixes), so fewer, longer
 * words are read per minute: ~180 wpm.
 */
import { primaryLang } from '../i18n';
import { splitNoSpaceRuns } from '../extract/text';

/** Words per minute by BCP 47 primary language; {@link DEFAULT_WPM} otherwise. */
export const WPM: Readonly<Record<string, number>> = {
  en: 230, ar: 180, fa: 180, ur: 180, he: 190, tr: 170, de: 190, fr: 200, es: 220, it: 200, pt: 200, nl: 210,
  ru: 190, pl: 175, sv: 210, fi: 170,
  // IReST words per minute (Chinese 158, Japanese 193, English 228) scaled to English 230; words as Intl.Segmenter splits them.
  zh: 160, ja: 195,
};
/** Fallback rate (words per minute) for languages without a measured rate. */
export const DEFAULT_WPM = 200;
/** Han / kana characters per minute (these scripts do not separate words with spaces). */
export const CJK_CPM = 350;

/** A whitespace token counts as a word when it holds at least one letter or digit (so «-» or «»» alone does not). */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Counts words as whitespace-separated tokens that contain a letter or
 * digit (Arabic «وقال» is one word, not four characters; punctuation-only
 * tokens are skipped). Text in scripts written without spaces (Thai, Lao,
 * Khmer, Burmese, Chinese, Japanese) is split into words by
 * `Intl.Segmenter` (lib/extract/text `splitNoSpaceRuns`).
 *
 * Input: plain text. Output: integer ≥ 0.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const tok of (text ?? '').split(/\s+/)) {
    if (!tok) continue;
    const { words, rest } = splitNoSpaceRuns(tok);
    n += words;
    // What is left of the token around those runs (Latin letters, digits) is one more word.
    if (WORDISH.test(rest)) n += 1;
  }
  return n;
}

/** Words per minute for a language tag ("ar-EG" → 180). */
export function wordsPerMinute(lang: string | null | undefined): number {
  return WPM[primaryLang(lang)] ?? DEFAULT_WPM;
}

/**
 * Estimated reading time in whole minutes (at least 1).
 * Input: the article's plain text and its language (BCP 47).
 * Output: `{minutes, words, wpm}`.
 */
export function readingTime(text: string, lang: string | null | undefined): { minutes: number; words: number; wpm: number } {
  const words = countWords(text);
  const wpm = wordsPerMinute(lang);
  return { minutes: Math.max(1, Math.round(words / wpm)), words, wpm };
}
