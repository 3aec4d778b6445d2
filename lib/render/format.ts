/**
 * Locale-aware formatting of dateline times (Intl.DateTimeFormat).
 */
import { primaryLang } from '../i18n';

/**
 * Regions whose Arabic locale writes Western digits by default in CLDR
 * (ar-DZ, ar-MA, ar-TN, ar-LY, ar-EH). Elsewhere an Arabic UI gets
 * Arabic-Indic digits (٠١٢٣…), as CLDR gives ar-EG, ar-SA, ar-IQ …; plain
 * "ar" switched to Latin digits in CLDR 42, so Sahifa asks for "arab"
 * explicitly unless the tag carries its own `-u-nu-`.
 */
const MAGHREB = new Set(['DZ', 'MA', 'TN', 'LY', 'EH']);

/** The Intl locale to format with for a UI language: adds `-u-nu-arab` for a generic Arabic UI. */
export function intlLocale(uiLang: string): string {
  const tag = (uiLang || 'en').replace(/_/g, '-');
  if (primaryLang(tag) !== 'ar' || /-u-.*\bnu-/.test(tag)) return tag;
  const region = tag.split('-').slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
  if (region && MAGHREB.has(region)) return tag;
  try {
    return Intl.getCanonicalLocales(`${tag.split('-u-')[0]}-u-nu-arab`)[0];
  } catch {
    return tag;
  }
}

/**
 * Formats an ISO 8601 instant for people: date (long month name) and time,
 * in the UI language and the reader's time zone.
 *
 * Input: ISO string ("2020-12-27T06:12:00Z"), UI language tag, optional IANA
 * time zone (default: the runtime's). Output: the text, or null when the
 * value is not a valid date.
 */
export function formatDateTime(iso: string | null | undefined, uiLang: string, timeZone?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) };
  try {
    return new Intl.DateTimeFormat(intlLocale(uiLang), opts).format(d);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(d);
  }
}

/** Date only (long month), same rules as {@link formatDateTime}. */
export function formatDate(iso: string | null | undefined, uiLang: string, timeZone?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) };
  try {
    return new Intl.DateTimeFormat(intlLocale(uiLang), opts).format(d);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(d);
  }
}
