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

/** Intl units for {@link formatSize}, by powers of 1000 (SI, as the library always counted: 1 kB = 1,000 bytes). */
const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A storage size for people, number and unit both in the UI language
 * (Intl.NumberFormat style 'unit', unitDisplay 'short': "19 kB" in English,
 * "١٩ كيلوبايت" in Arabic, so Arabic digits never meet a Latin "kB").
 * Input: a size in bytes (>= 0), the UI language tag (through
 * {@link intlLocale}, so an Arabic UI gets Arabic-Indic digits). Output: the
 * text; one decimal below 10 of a unit larger than a byte, none otherwise.
 */
export function formatSize(bytes: number, uiLang: string): string {
  let i = 0;
  let v = Math.max(0, bytes);
  while (v >= 1000 && i < SIZE_UNITS.length - 1) { v /= 1000; i++; }
  return new Intl.NumberFormat(intlLocale(uiLang), { style: 'unit', unit: SIZE_UNITS[i], unitDisplay: 'short', maximumFractionDigits: v < 10 && i ? 1 : 0 }).format(v);
}
