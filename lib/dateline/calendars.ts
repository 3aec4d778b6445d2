/**
 * Solar Hijri (Persian), Islamic, Hebrew and Buddhist-era dates to Gregorian, using
 * Intl.DateTimeFormat with calendar "persian", "hebrew", "buddhist" or one of the Islamic variants
 * (Umm al-Qura by default; tabular "islamic-civil" and "islamic-tbla", and
 * astronomical "islamic", which can differ by a day or two): no tables of our
 * own: estimate the day, then search ±25 days for the day Intl prints as the
 * given y/m/d.
 */
import type { Calendar } from './months';

/**
 * Hebrew calendar months by the code the tables use (index + 1), as Intl's English
 * names (ICU): 1 Tishri … 5 Shevat, 6 Adar I, 7 Adar (common years), 8 Adar II, 9 Nisan … 14 Elul.
 * Intl prints names, not stable numbers, for this calendar (the ordinal of a month moves in leap
 * years), so conversion compares these names (calendars.ts).
 */
export const HEBREW_MONTHS = ['Tishri', 'Heshvan', 'Kislev', 'Tevet', 'Shevat', 'Adar I', 'Adar', 'Adar II', 'Nisan', 'Iyar', 'Sivan', 'Tamuz', 'Av', 'Elul'] as const;

const fmts = new Map<string, Intl.DateTimeFormat | null>();

function fmt(cal: string): Intl.DateTimeFormat | null {
  if (!fmts.has(cal)) {
    try {
      // Hebrew: Intl prints month names (the numeric ordinal moves in leap years), compared by name.
      const month = cal === 'hebrew' ? 'long' : 'numeric';
      fmts.set(cal, new Intl.DateTimeFormat(`en-u-ca-${cal}-nu-latn`, { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }));
    } catch {
      fmts.set(cal, null);
    }
  }
  return fmts.get(cal)!;
}

const DAY = 86_400_000;

/** Intl names of the Islamic calendar variants, the usual one (Umm al-Qura, Saudi Arabia's official calendar) first. */
export const ISLAMIC_VARIANTS = ['islamic-umalqura', 'islamic-civil', 'islamic-tbla', 'islamic'] as const;
export type IslamicVariant = (typeof ISLAMIC_VARIANTS)[number];

/**
 * Converts a date of `cal` to a Gregorian calendar day.
 * Input: calendar, year, month (1-12; Hebrew: code 1-14 of tables-build.ts HEBREW_MONTHS), day (1-31) of that calendar; for "islamic",
 * which variant (default Umm al-Qura).
 * Output: {y, m, d} Gregorian, or null when out of range or Intl lacks the calendar.
 */
export function toGregorian(cal: Calendar, y: number, m: number, d: number, variant: IslamicVariant = 'islamic-umalqura'): { y: number; m: number; d: number } | null {
  if (cal === 'gregory') return { y, m, d };
  const name = cal === 'islamic' ? variant : cal;
  const f = fmt(name);
  if (!f) return null;
  let guess: number;
  let span = 25;
  if (cal === 'persian') guess = Date.UTC(y + 621, 2, 21) + ((m - 1) * 30.5 + (d - 1)) * DAY;
  else if (cal === 'buddhist') guess = Date.UTC(y - 543, m - 1, d);
  else if (cal === 'hebrew') {
    // Tishri of year y begins in September/October of Gregorian year y − 3761. Months from
    // Nisan on are the 8th (common year) or 9th (leap year) after it: half way, and a wider search.
    if (m < 1 || m > HEBREW_MONTHS.length) return null;
    const ordinal = m <= 6 ? m - 1 : m === 7 ? 5 : m === 8 ? 6 : m - 2.5;
    guess = Date.UTC(y - 3761, 8, 20) + (ordinal * 29.5 + (d - 1)) * DAY;
    span = 45;
  } else guess = Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1)) * DAY;
  guess = Math.round(guess / DAY) * DAY;
  const monthName = cal === 'hebrew' ? HEBREW_MONTHS[m - 1] : null;
  for (let k = 0; k <= span; k++) {
    for (const sign of k === 0 ? [0] : [1, -1]) {
      const t = guess + sign * k * DAY;
      const parts = f.formatToParts(new Date(t));
      const raw = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      const get = (type: string) => parseInt(raw(type), 10);
      if (get('year') === y && (monthName ? raw('month') === monthName : get('month') === m) && get('day') === d) {
        const g = new Date(t);
        return { y: g.getUTCFullYear(), m: g.getUTCMonth() + 1, d: g.getUTCDate() };
      }
    }
  }
  return null;
}
