/**
 * Arabic normalisation for matching (never for display).
 *
 * Rules (standard Arabic IR practice, e.g. Larkey et al. "light stemming"):
 * - diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640) removed;
 * - alef forms أ إ آ ٱ → ا; final ى → ي; ة → ه;
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII digits.
 * `clean()` keeps the letters as written (only removes marks and tatweel) and has
 * the same length as `normAr()` of the same input, so offsets can be shared.
 */

const MARKS = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/g;

/** Removes diacritics and tatweel; letters kept as written. Input/output: string. */
export function clean(s: string): string {
  return s.replace(MARKS, '');
}

/** Matching key of an Arabic string (see module doc). Input: any string; output: same length as `clean(s)`. */
export function normAr(s: string): string {
  // one pass over the characters (the tokenizer calls this for every distinct word)
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0622 || c > 0x06f9) continue;
    let rep: string | null = null;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed)) rep = '';
    else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) rep = 'ا';
    else if (c === 0x0649) rep = 'ي';
    else if (c === 0x0629) rep = 'ه';
    else if (c >= 0x0660 && c <= 0x0669) rep = String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) rep = String(c - 0x06f0);
    if (rep === null) continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** One way to read a token: `stem` after removing `cut` leading characters (proclitics). */
export interface Stem {
  stem: string;
  /** Characters removed from the start of the cleaned token. */
  cut: number;
  /** For «لل…» read as «ال…»: the display must re-add an alef-lam. */
  lilToAl?: boolean;
}

/**
 * Readings of a normalised token with attached proclitics stripped: the token itself
 * first, then without و/ف, then without ب/ل/ك (after an optional و/ف), and «لل…» → «ال…».
 * A stem must keep ≥ 2 letters. Input: normalised token; output: distinct stems, longest first.
 */
export function stems(norm: string): Stem[] {
  const out: Stem[] = [{ stem: norm, cut: 0 }];
  const seen = new Set([norm]);
  const add = (stem: string, cut: number, lilToAl = false) => {
    if (stem.length < 2 || seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem, cut, lilToAl });
  };
  const conj = /^[وف]/.test(norm) ? 1 : 0;
  const bases = conj ? [0, 1] : [0];
  for (const c of bases) {
    const rest = norm.slice(c);
    if (c) add(rest, c);
    if (rest.startsWith('لل') && rest.length > 3) add('ال' + rest.slice(2), c + 2, true);
    if (/^[بلك]/.test(rest)) add(rest.slice(1), c + 1);
  }
  return out;
}

/** Surface (cleaned) form of a token read through `st`: proclitics removed, «لل» → «ال». */
export function displayOf(cleanTok: string, st: Stem): string {
  if (st.lilToAl) return 'ال' + cleanTok.slice(st.cut);
  return cleanTok.slice(st.cut);
}

/** True when the normalised stem carries the definite article (ال…). */
export function isDefinite(stem: string): boolean {
  return stem.startsWith('ال') && stem.length > 3;
}

/** Strips the definite article from a normalised stem (الوفاق → وفاق). */
export function undefinite(stem: string): string {
  return isDefinite(stem) ? stem.slice(2) : stem;
}
