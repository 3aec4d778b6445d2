/**
 * Shared glue for the extension pages (popup, reader, library): messages to
 * the background, UI strings, page localisation. Not an entrypoint (WXT only
 * builds entrypoints/<name>/index.*).
 */
import { browser } from 'wxt/browser';
import { fail, isReply, type ErrorCode, type PageRequest, type PageResponse } from '@/lib/messages';
import { localizeDocument, primaryLang, withFallback, type Translate } from '@/lib/i18n';

const getMessage = (k: string, subs?: string | string[]) =>
  (browser.i18n.getMessage as unknown as (k: string, s?: string | string[]) => string)(k, subs);

/** UI string by key (falls back to the key). */
export const t: Translate = withFallback(getMessage);

/**
 * The language the UI strings are shown in (BCP 47): the tag of the messages.json
 * the browser picked (`localeTag`), refined by the browser's UI language when
 * both share the primary language (so "ar-MA" keeps its regional digits).
 */
export function uiLang(): string {
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

/** Reading time in minutes for a word count (230 words per minute, at least 1). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
