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

/** One entry of a `_locales/<lang>/messages.json` file (WebExtensions i18n format). */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
/** A whole messages.json: key → entry. */
export type Catalog = Record<string, MessageEntry>;

/**
 * A translator over a loaded messages.json, with the substitution rules of
 * `i18n.getMessage` (WebExtensions i18n): named placeholders `$name$`
 * (case-insensitive) are replaced by their `content`, then `$1`…`$9` by the
 * substitutions, and `$$` gives a literal `$`. Unknown keys give '' (as
 * getMessage does; wrap in {@link withFallback} to show the key instead).
 *
 * Used when the options page overrides the UI language: the browser's
 * getMessage only ever answers in the browser's language.
 */
export function catalogTranslator(catalog: Catalog): Translate {
  const lower = new Map(Object.entries(catalog).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, subs) => {
    const e = lower.get(key.toLowerCase());
    if (!e || typeof e.message !== 'string') return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const ph = new Map(Object.entries(e.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const positional = (s: string) => s.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : list[Number(d) - 1] ?? ''));
    const named = e.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const c = ph.get(name.toLowerCase());
      return c === undefined ? m : positional(c).replace(/\$/g, '\u0000');
    });
    return positional(named).replace(/\u0000/g, '$');
  };
}

/** UI languages Sahifa ships translations for (folders under public/_locales). */
export const SHIPPED_UI_LANGS = ['en', 'ar'] as const;

/**
 * The UI language to use: the options-page choice when it names a shipped
 * translation, otherwise null (follow the browser: `i18n.getMessage`).
 * Input: the stored choice ('auto', 'en', 'ar', or anything). Output: a
 * shipped tag or null.
 */
export function overrideLang(choice: unknown): string | null {
  return typeof choice === 'string' && (SHIPPED_UI_LANGS as readonly string[]).includes(choice) ? choice : null;
}

/**
 * Message key of a count string's plural form: `<key>_<category>`, the
 * category from `Intl.PluralRules(lang)` (CLDR plural rules: English one/other;
 * Arabic zero/one/two/few/many/other). Input: the family's base key, the count
 * (an integer ≥ 0), the UI language (BCP 47). Output: e.g. "statusClean_few".
 */
export function pluralKey(key: string, n: number, lang: string): string {
  let cat: string;
  try { cat = new Intl.PluralRules(lang || 'en').select(n); } catch { cat = 'other'; }
  return `${key}_${cat}`;
}

/**
 * A count string in the UI language: the plural form for `n` of the message
 * family `key` (`<key>_one`, `<key>_other`, … in messages.json), falling back
 * to `<key>_other`, then to the key itself. `subs` are the substitutions
 * (`$1` is normally the formatted count; a form may leave it out, as Arabic
 * does for one and two: «كتلة واحدة», «كتلتان»).
 * Input: a raw translator ('' for unknown keys), key, count, UI language,
 * substitutions. Output: the text.
 */
export function pluralMessage(t: Translate, key: string, n: number, lang: string, subs: string[]): string {
  const tryKey = (k: string) => { try { return t(k, subs); } catch { return ''; } };
  return tryKey(pluralKey(key, n, lang)) || tryKey(`${key}_other`) || key;
}
