/**
 * Text helpers shared by the clutter rules: cue-word normalisation and
 * class/id token splitting. Pure functions, no DOM globals.
 */

const TATWEEL_AND_MARKS = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u0591-\u05C7]/g;

/**
 * Normalises a short label for comparison with cue words: NFKC, lower case,
 * Arabic tatweel and diacritics removed, Arabic letter variants folded
 * (أ إ آ ٱ → ا, ى → ي, ة → ه), punctuation dropped, whitespace collapsed.
 * Input: any string. Output: normalised string ("" when nothing is left).
 * Results for short strings are memoised (a pure function of the input).
 */
export function normCue(s: string): string {
  if (s.length > NORM_MEMO_MAX_CHARS) return normCueUncached(s);
  let n = normMemo.get(s);
  if (n === undefined) {
    if (normMemo.size >= NORM_MEMO_MAX_ENTRIES) normMemo.clear();
    n = normCueUncached(s);
    normMemo.set(s, n);
  }
  return n;
}

/** Labels up to this length are memoised by {@link normCue} (rules normalise the same short texts many times per page). */
const NORM_MEMO_MAX_CHARS = 200;
/** The memo is emptied when it reaches this many entries (bounded memory in a long-lived page or CLI process). */
const NORM_MEMO_MAX_ENTRIES = 20_000;
const normMemo = new Map<string, string>();

function normCueUncached(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(TATWEEL_AND_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Normalises block text for repetition checks: NFKC, lower case, whitespace
 * collapsed (punctuation kept). Input: text. Output: key string.
 */
export function normBlock(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Splits an element's id and class attribute into lower-case word tokens:
 * "ads-block text-center" → ads, block, text, center; "shareBar" → share, bar.
 * Input: element. Output: array of tokens (may repeat).
 */
export function attrTokens(el: Element): string[] {
  return rawTokens(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`);
}

/** Word tokens of a raw "id class" string (see {@link attrTokens}). */
export function rawTokens(raw: string): string[] {
  if (raw.length < 2) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Joined class/id string, lower case (for substring cues such as "adsbygoogle"). */
export function attrString(el: Element): string {
  return `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();
}

/** Number of words (letter/digit runs; each CJK character counts as one). */
export function countWords(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu)) if (m[0]) n++;
  return n;
}
