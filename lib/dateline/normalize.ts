/**
 * Text normalisation shared by every dateline parser: one canonical form for
 * digits, letter variants and case, so that month tables, cue words and page
 * text compare equal.
 */

/**
 * Canonical form of a string for matching (not for display).
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII 0–9;
 * - lower case, then NFD with every combining mark removed (French accents,
 *   Arabic hamza/madda/harakat: «أبريل», «إبريل», «ابريل» all become «ابريل»);
 * - Persian ی/ک and alef maksura ى become Arabic ي/ك; tatweel and format
 *   characters (RLM, LRM, ZWNJ) are dropped; Arabic comma/semicolon become , ;
 * - any run of whitespace becomes one space.
 * Input: any string. Output: the normalised string (length may differ).
 */
export function norm(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase().normalize('NFD')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(48 + c - 0x660);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(48 + c - 0x6f0);
    else if (c === 0x6cc || c === 0x649) out += '\u064a';
    else if (c === 0x6a9) out += '\u0643';
    else if (c === 0x60c) out += ',';
    else if (c === 0x61b) out += ';';
    else if (c === 0x640) continue;
    else out += ch;
  }
  return out
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/[\s\u00a0]+/g, ' ');
}

/** Whitespace collapsed and trimmed, cut to `max` characters (evidence text). */
export function clip(s: string, max = 200): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
