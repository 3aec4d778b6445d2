/**
 * Shared glue for the extension pages (popup, reader, library): messages to
 * the background, UI strings, page localisation. Not an entrypoint (WXT only
 * builds entrypoints/<name>/index.*).
 */
import { browser } from 'wxt/browser';
import { fail, isReply, type ErrorCode, type PageRequest, type PageResponse } from '@/lib/messages';
import { catalogTranslator, localizeDocument, overrideLang, pluralMessage, primaryLang, withFallback, type Catalog, type Translate } from '@/lib/i18n';
import { loadSettings } from '@/lib/reader/settings';
import { wordsPerMinute } from '@/lib/reader/reading-time';

const browserMessage = (k: string, subs?: string | string[]) =>
  (browser.i18n.getMessage as unknown as (k: string, s?: string | string[]) => string)(k, subs);
/** The options-page UI language override, once {@link initPage} has loaded it (null: follow the browser). */
let override: { lang: string; t: Translate } | null = null;
const getMessage: Translate = (k, subs) => (override ? override.t(k, subs) || browserMessage(k, subs) : browserMessage(k, subs));

/** UI string by key (falls back to the key). Uses the options-page language once {@link initPage} has run. */
export const t: Translate = withFallback(getMessage);

/**
 * Count string by family key and count (lib/i18n pluralMessage: `<key>_<plural category>`
 * in the UI language). `subs[0]` is normally the count, already formatted for the UI locale.
 */
export const tn = (key: string, n: number, subs: string[]): string => pluralMessage(getMessage, key, n, uiLang(), subs);

/**
 * The language the UI strings are shown in (BCP 47): the tag of the messages.json
 * the browser picked (`localeTag`), refined by the browser's UI language when
 * both share the primary language (so "ar-MA" keeps its regional digits).
 */
export function uiLang(): string {
  if (override) return override.lang;
  const picked = getMessage('localeTag') || 'en';
  const browserLang = (browser.i18n.getUILanguage() || '').replace(/_/g, '-');
  return primaryLang(browserLang) === primaryLang(picked) ? browserLang : picked;
}

/** Localises the current page and returns the UI language. */
export function setupPage(): string {
  const lang = uiLang();
  localizeDocument(document, getMessage, lang);
  return lang;
}

/**
 * Localises the current page in the UI language chosen on the options page
 * (storage.local `settings.uiLang`; 'auto' follows the browser): loads that
 * translation's messages.json from the extension package, so every page
 * (popup, reader, library, options) shows it, RTL for Arabic. Output: the
 * UI language. Falls back to the browser's language on any error.
 */
export async function initPage(): Promise<string> {
  try {
    const want = overrideLang((await loadSettings(browser.storage.local)).uiLang);
    if (want && primaryLang(browserMessage('localeTag') || 'en') !== want) {
      const res = await fetch(browser.runtime.getURL(`/_locales/${want}/messages.json` as '/'));
      if (res.ok) override = { lang: want, t: catalogTranslator((await res.json()) as Catalog) };
    } else if (want) {
      override = null;
    }
  } catch {
    override = null;
  }
  return setupPage();
}

/** Sends one request to the background and returns its reply (never throws). */
export async function request<R extends PageRequest>(req: R): Promise<PageResponse<R['type']>> {
  try {
    const r: unknown = await browser.runtime.sendMessage(req);
    if (!isReply(r)) return fail('bad-request', 'No answer from the extension background.');
    return r as PageResponse<R['type']>;
  } catch (err) {
    return fail('bad-request', (err as Error)?.message ?? String(err));
  }
}

/** Plain localised text for a failed request. `tabUrl` refines the restricted-page hint for local files. */
export function errorText(code: ErrorCode, message: string, tabUrl?: string): string {
  switch (code) {
    case 'restricted': return tabUrl?.startsWith('file:') || /file/i.test(message) ? t('errFile') : t('errRestricted');
    case 'no-tab': return t('errNoTab');
    case 'no-article': return t('errNoArticle');
    case 'save-failed': return t('errSave', [message]);
    default: return t('errGeneric', [message]);
  }
}

/** The `tab` query parameter as a tab id, or null. */
export function tabParam(): number | null {
  const v = new URLSearchParams(location.search).get('tab');
  if (v === null || !/^\d+$/.test(v)) return null;
  return Number(v);
}

/** Reading time in minutes for a word count, at the article language's rate (lib/reader/reading-time; 230 wpm without a language), at least 1. */
export function readingMinutes(words: number, lang?: string): number {
  return Math.max(1, Math.round(words / (lang ? wordsPerMinute(lang) : 230)));
}
