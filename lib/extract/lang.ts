/**
 * Article language and direction. Sources, in order: the page's declared
 * language (`<html lang>`, Readability's lang, `content-language` meta,
 * og:locale), then the script of the text. Direction follows the text's
 * script: Arabic, Hebrew, Syriac and Thaana text is RTL even when the page
 * declares no `dir`.
 */

const RTL_LANGS = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug', 'syr']);

/** Letter counts by script family over (at most the first 20 000 chars of) `text`. */
function scriptCounts(text: string) {
  const s = text.length > 20000 ? text.slice(0, 20000) : text;
  const c = { arabic: 0, hebrew: 0, rtlOther: 0, latin: 0, cyrillic: 0, han: 0, kana: 0, hangul: 0, greek: 0, thai: 0, other: 0, persian: 0, urdu: 0 };
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x41) continue;
    if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) {
      if (/[\u0660-\u0669\u060C\u061B\u061F\u0640]/.test(ch)) continue;
      c.arabic++;
      if (/[پچژگ]/.test(ch)) c.persian++;
      if (/[ٹڈڑںےۓ]/.test(ch)) c.urdu++;
    } else if (cp >= 0x590 && cp <= 0x5ff) c.hebrew++;
    else if ((cp >= 0x700 && cp <= 0x74f) || (cp >= 0x780 && cp <= 0x7bf)) c.rtlOther++;
    else if (/\p{Script=Latin}/u.test(ch)) c.latin++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) c.cyrillic++;
    else if (/\p{Script=Han}/u.test(ch)) c.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) c.kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) c.hangul++;
    else if (/\p{Script=Greek}/u.test(ch)) c.greek++;
    else if (/\p{Script=Thai}/u.test(ch)) c.thai++;
    else if (/\p{L}/u.test(ch)) c.other++;
  }
  return c;
}

/**
 * Guesses a language from the script of `text` alone: "ar" (or "fa"/"ur" by
 * their extra letters), "he", "ja", "zh", "ko", "ru", "el", "th"; null for
 * Latin or mixed text (script cannot tell English from German).
 */
export function langFromScript(text: string): string | null {
  const c = scriptCounts(text);
  const total = c.arabic + c.hebrew + c.rtlOther + c.latin + c.cyrillic + c.han + c.kana + c.hangul + c.greek + c.thai + c.other;
  if (!total) return null;
  const share = (n: number) => n / total;
  if (share(c.arabic) > 0.5) {
    if (c.urdu > 0.01 * c.arabic) return 'ur';
    if (c.persian > 0.005 * c.arabic) return 'fa';
    return 'ar';
  }
  if (share(c.hebrew) > 0.5) return 'he';
  if (share(c.kana) > 0.05 && share(c.han + c.kana) > 0.4) return 'ja';
  if (share(c.han) > 0.4) return 'zh';
  if (share(c.hangul) > 0.4) return 'ko';
  if (share(c.cyrillic) > 0.5) return 'ru';
  if (share(c.greek) > 0.5) return 'el';
  if (share(c.thai) > 0.5) return 'th';
  return null;
}

/** True when most letters of `text` are in a right-to-left script. */
export function isRtlText(text: string): boolean {
  const c = scriptCounts(text);
  const rtl = c.arabic + c.hebrew + c.rtlOther;
  const ltr = c.latin + c.cyrillic + c.han + c.kana + c.hangul + c.greek + c.thai + c.other;
  return rtl > ltr;
}

/** Primary subtag of a BCP 47 / locale string ("ar-EG" → "ar", "en_US" → "en"), or null. */
export function primaryTag(s: string | null | undefined): string | null {
  const m = (s ?? '').trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/);
  return m ? m[1] : null;
}

/**
 * The article's language: the page's declaration when there is one and it
 * does not contradict an RTL script in the text, else the script guess, else "und".
 * Input: the document, Readability's lang (may be null), the article text.
 */
export function detectLang(doc: Document, parsedLang: string | null | undefined, text: string): string {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? null;
  const declared = primaryTag(doc.documentElement.getAttribute('lang')) ?? primaryTag(parsedLang) ?? primaryTag(doc.documentElement.getAttribute('xml:lang'))
    ?? primaryTag(meta('meta[http-equiv="content-language" i]')) ?? primaryTag(meta('meta[name="language" i]')) ?? primaryTag(meta('meta[property="og:locale"]'));
  const guess = langFromScript(text);
  if (declared && declared !== 'und') {
    // A template's stray lang="en" over Arabic text: trust the script.
    if (guess && RTL_LANGS.has(guess) !== RTL_LANGS.has(declared)) return guess;
    return declared;
  }
  return guess ?? 'und';
}

/**
 * Direction of the article: "rtl" for an RTL language or text mostly in an
 * RTL script, or the page's own dir="rtl", else "ltr". Input: language tag, text, Readability's dir.
 */
export function detectDir(lang: string, text: string, parsedDir?: string | null): 'rtl' | 'ltr' {
  if (isRtlText(text) || RTL_LANGS.has(lang)) return 'rtl';
  return parsedDir === 'rtl' ? 'rtl' : 'ltr';
}
