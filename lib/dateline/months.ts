/**
 * Month and weekday name tables, keyed by normalised name (see tableKey()).
 * Read from data/tables.json, which scripts/gen-dateline-tables.ts generates
 * ahead of time from Intl.DateTimeFormat (about 20 locales; Gregorian,
 * Solar Hijri and Islamic calendars) plus data/months.json (Levantine,
 * Maghrebi and Egyptian Arabic variants, abbreviations). Nothing is asked of
 * Intl at run time: building the maps costs well under a millisecond, and
 * every engine gets the same names. tables-build.test.ts keeps the file equal
 * to what Intl generates now.
 */
import data from './data/tables.json';

/** Calendars a written date may be in; 'buddhist' = Gregorian months, Buddhist Era year (Thai). */
export type Calendar = 'gregory' | 'persian' | 'islamic' | 'hebrew' | 'buddhist';

export interface MonthName {
  month: number; // 1..12 in its calendar; Hebrew: 1..14, see tables-build.ts HEBREW_MONTHS
  cal: Calendar;
}

export interface Tables {
  /** normalised month name → month (one or two words). */
  months: Map<string, MonthName>;
  /** normalised weekday name → 0 (Sunday) .. 6. */
  weekdays: Map<string, number>;
}

let cached: Tables | null = null;

/**
 * The month/weekday tables, built once on first use from data/tables.json.
 * Output: {@link Tables}. Never throws.
 */
export function tables(): Tables {
  if (cached) return cached;
  const months = new Map<string, MonthName>();
  for (const cal of ['gregory', 'persian', 'islamic', 'hebrew'] as const) {
    data[cal].forEach((names, i) => {
      for (const k of names.split('|')) if (k) months.set(k, { month: i + 1, cal });
    });
  }
  const weekdays = new Map<string, number>();
  data.weekdays.forEach((names, i) => {
    for (const k of names.split('|')) if (k) weekdays.set(k, i);
  });
  cached = { months, weekdays };
  return cached;
}
