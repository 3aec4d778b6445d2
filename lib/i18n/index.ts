/**
 * UI localisation helpers (pure): the extension pages pass in
 * `browser.i18n.getMessage` and `browser.i18n.getUILanguage()`.
 */

/** Translator: message key (+ optional substitutions) → text; '' when the key is unknown (as `i18n.getMessage`). */
export type Translate = (key: string, subs?: string | string[]) => string;

/** Languages written right-to-left (BCP 47 primary subtags; CLDR script data). */
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Primary language subtag, lower-cased ("ar-EG" → "ar", "" → "und"). */
export function primaryLang(tag: string | null | undefined): string {
  const p = (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return p || 'und';
}

/** 'rtl' for right-to-left languages (Arabic, Persian, Hebrew, Urdu, …), else 'ltr'. Input: a BCP 47 tag. */
export function dirOfLang(tag: string | null | undefined): 'rtl' | 'ltr' {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-');
  if (/-arab\b/.test(t)) return 'rtl';
  return RTL_LANGS.has(primaryLang(t)) ? 'rtl' : 'ltr';
}

/** A translator that falls back to the key itself, so a missing string is visible but never blank. */
export function withFallback(t: Translate): Translate {
  return (key, subs) => {
    let v = '';
    try { v = t(key, subs); } catch { v = ''; }
    return v || key;
  };
}

/**
 * Localises a page: sets `<html lang dir>` from the UI language and fills
 * every `[data-i18n]` element's text, `[data-i18n-title]` title and
 * `[data-i18n-aria]` aria-label from the translator.
 *
 * Input: the page's Document, a translator, the UI language (BCP 47).
 */
export function localizeDocument(doc: Document, t: Translate, uiLang: string): void {
  const tr = withFallback(t);
  doc.documentElement.lang = uiLang || 'en';
  doc.documentElement.dir = dirOfLang(uiLang);
  for (const el of Array.from(doc.querySelectorAll('[data-i18n]'))) el.textContent = tr(el.getAttribute('data-i18n')!);
  for (const el of Array.from(doc.querySelectorAll('[data-i18n-title]'))) el.setAttribute('title', tr(el.getAttribute('data-i18n-title')!));
  for (const el of Array.from(doc.querySelectorAll('[data-i18n-aria]'))) el.setAttribute('aria-label', tr(el.getAttribute('data-i18n-aria')!));
}
