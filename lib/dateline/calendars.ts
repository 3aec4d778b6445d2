/**
 * Solar Hijri (Persian) and Islamic dates to Gregorian, using
 * Intl.DateTimeFormat with calendar "persian" or one of the Islamic variants
 * (Umm al-Qura by default; tabular "islamic-civil" and "islamic-tbla", and
 * astronomical "islamic", which can differ by a day or two): no tables of our
 * own: estimate the day, then search ±25 days for the day Intl prints as the
 * given y/m/d.
 */
import type { Calendar } from './months';

const fmts = new Map<string, Intl.DateTimeFormat | null>();

function fmt(cal: string): Intl.DateTimeFormat | null {
  if (!fmts.has(cal)) {
    try {
      fmts.set(cal, new Intl.DateTimeFormat(`en-u-ca-${cal}-nu-latn`, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }));
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
 * Input: calendar, year, month (1-12), day (1-31) of that calendar; for "islamic",
 * which variant (default Umm al-Qura).
 * Output: {y, m, d} Gregorian, or null when out of range or Intl lacks the calendar.
 */
export function toGregorian(cal: Calendar, y: number, m: number, d: number, variant: IslamicVariant = 'islamic-umalqura'): { y: number; m: number; d: number } | null {
  if (cal === 'gregory') return { y, m, d };
  const name = cal === 'persian' ? 'persian' : variant;
  const f = fmt(name);
  if (!f) return null;
  let guess: number;
  if (cal === 'persian') guess = Date.UTC(y + 621, 2, 21) + ((m - 1) * 30.5 + (d - 1)) * DAY;
  else guess = Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1)) * DAY;
  guess = Math.round(guess / DAY) * DAY;
  for (let k = 0; k <= 25; k++) {
    for (const sign of k === 0 ? [0] : [1, -1]) {
      const t = guess + sign * k * DAY;
      const parts = f.formatToParts(new Date(t));
      const get = (type: string) => parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
      if (get('year') === y && get('month') === m && get('day') === d) {
        const g = new Date(t);
        return { y: g.getUTCFullYear(), m: g.getUTCMonth() + 1, d: g.getUTCDate() };
      }
    }
  }
  return null;
}
