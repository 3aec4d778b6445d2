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
  return clean(s)
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
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
