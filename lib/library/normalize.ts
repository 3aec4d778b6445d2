/**
 * Search normalisation for the saved library (pure, no DOM).
 *
 * Rules (the usual Arabic search folding, as in Lucene's ArabicNormalizer,
 * plus Unicode case folding):
 * - NFKC (presentation forms and compatibility characters to their base letters), then `toLowerCase()`;
 * - Arabic: أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی → ي and ک → ك; harakat, Quranic marks,
 *   superscript alef and tatweel removed;
 * - Latin/Greek/Cyrillic combining accents removed (é → e), so accent-less queries match;
 * - Arabic-Indic and Persian digits → ASCII digits;
 * - zero-width and bidi control characters removed.
 */

const ALEF = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
/** Arabic marks: harakat/tanween/shadda/sukun (064B–065F), superscript alef (0670), Quranic marks (06D6–06ED), tatweel (0640). */
const AR_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
/** Combining diacritics of Latin, Greek and Cyrillic (after NFD). */
const COMBINING = /[\u0300-\u036F]/g;
/** Zero-width and bidi controls: ZWSP, ZWNJ, ZWJ, LRM/RLM, embeddings/isolates, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function foldChars(s: string): string {
  return s
    .replace(ALEF, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u06CC/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u06A9/g, '\u0643')
    .replace(DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Normalises a string for matching (see the module comment for the rules).
 * Input: any text. Output: the folded text; its length may differ from the input's.
 */
export function normalizeText(input: string): string {
  let s = String(input ?? '').normalize('NFKC').toLowerCase();
  s = s.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  return foldChars(s.replace(AR_MARKS, '').replace(INVISIBLE, ''));
}

/** Per-character results of normalizeText (texts reuse a small alphabet, so this makes mapping linear and cheap). */
const charCache = new Map<string, string>();

/**
 * Normalises text character by character and keeps, for every output
 * character, the index of the input character it came from (UTF-16 offsets),
 * so a match in the normalised text maps back to the original for highlighting.
 * Output: `{ text, map }` with `map.length === text.length + 1` (the last entry is `input.length`).
 */
export function normalizeWithMap(input: string): { text: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length ? 2 : 1;
    const ch = width === 1 ? input[i] : input.slice(i, i + 2);
    let n = charCache.get(ch);
    if (n === undefined) {
      n = normalizeText(ch);
      if (charCache.size < 20_000) charCache.set(ch, n);
    }
    for (let k = 0; k < n.length; k++) map.push(i);
    parts.push(n);
    i += width;
  }
  map.push(input.length);
  return { text: parts.join(''), map };
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06FF]/;

/**
 * Splits normalised text into word tokens (runs of letters and digits).
 * Input: text already passed through {@link normalizeText}. Output: tokens in order (duplicates kept).
 */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/**
 * Arabic clitic variants of a normalised token, longest first, the token
 * itself included: the conjunctions و/ف, then one of the prepositions ب/ك/ل,
 * then the article ال (and لل = ل + ال). Each stripped form keeps at least
 * two letters. Non-Arabic tokens give just themselves.
 * Example: «والحكومه» → [«والحكومه», «الحكومه», «حكومه»].
 */
export function cliticVariants(token: string): string[] {
  const out = [token];
  if (!ARABIC.test(token)) return out;
  let t = token;
  const push = (s: string) => { if (s.length >= 2 && !out.includes(s)) out.push(s); };
  if ((t[0] === '\u0648' || t[0] === '\u0641') && t.length > 3) { t = t.slice(1); push(t); }
  if (t.startsWith('\u0644\u0644') && t.length > 4) { t = t.slice(2); push(t); return out; }
  if ((t[0] === '\u0628' || t[0] === '\u0643' || t[0] === '\u0644') && t.length > 3) {
    if (t.startsWith('\u0628\u0627\u0644') || t.startsWith('\u0643\u0627\u0644')) { t = t.slice(1); push(t); }
  }
  if (t.startsWith('\u0627\u0644') && t.length > 3) { t = t.slice(2); push(t); }
  return out;
}

/**
 * The searchable terms of a text: unique normalised tokens and their Arabic
 * clitic variants. Input: raw text. Output: a Set of terms.
 */
export function termsOf(...texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const tok of tokenize(normalizeText(text))) for (const v of cliticVariants(tok)) out.add(v);
  }
  return out;
}

/**
 * The match key of an entity name: normalised words ({@link normalizeText}:
 * hamza, teh marbuta, harakat, case, accents folded) without a leading
 * Arabic article «ال», joined by one space. «خليفة حفتر» → "خليفه حفتر".
 */
export function entityKey(name: string): string {
  return tokenize(normalizeText(name)).map((t) => (t.length > 4 && t.startsWith('\u0627\u0644') ? t.slice(2) : t)).join(' ');
}

/**
 * Whether two entity keys name the same entity for the `?entity=` filter:
 * equal, or one is the other's last word(s) («حفتر» and «خليفة حفتر»,
 * "Ruto" and "William Ruto"), the short form news text uses for a person or
 * body named before. Not a bare first word («خليفة» is not «خليفة حفتر»).
 */
export function sameEntity(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.endsWith(` ${short}`);
}
