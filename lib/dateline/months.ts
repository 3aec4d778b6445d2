/**
 * Month and weekday name tables, keyed by normalised name (see norm()).
 * Gregorian names come from Intl.DateTimeFormat (formatToParts per locale,
 * long/short, format and stand-alone forms) plus data/months.json for what
 * Intl does not give everywhere (Levantine/Maghrebi/Egyptian Arabic variants,
 * abbreviations). Persian (Solar Hijri) and Islamic month names come from
 * Intl with calendar "persian" / "islamic-umalqura" plus the same data file.
 * Names that mean different months in different locales are dropped.
 */
import data from './data/months.json';
import { norm } from './normalize';

export type Calendar = 'gregory' | 'persian' | 'islamic';

export interface MonthName {
  month: number; // 1..12 in its calendar
  cal: Calendar;
}

export interface Tables {
  /** normalised month name → month (one or two words). */
  months: Map<string, MonthName>;
  /** normalised weekday name → 0 (Sunday) .. 6. */
  weekdays: Map<string, number>;
}

let cached: Tables | null = null;

function clean(s: string): string {
  return norm(s).replace(/\.$/, '').trim();
}

function intlNames(locale: string, calendar: string, add: (name: string, month: number) => void): void {
  const opts = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null => {
    try {
      return new Intl.DateTimeFormat(`${locale}${locale.includes('-u-') ? '' : `-u-ca-${calendar}`}`, { ...o, timeZone: 'UTC' });
    } catch {
      return null;
    }
  };
  const fmts = [opts({ month: 'long' }), opts({ month: 'short' }), opts({ day: 'numeric', month: 'long' })];
  const monthOf = calendar === 'gregory' ? null : opts({ month: 'numeric' });
  // Gregorian: the 15th of each month; other calendars: every 10 days over a year.
  const step = monthOf ? 10 : 0;
  for (let i = 0; i < (monthOf ? 38 : 12); i++) {
    const d = monthOf ? new Date(Date.UTC(2021, 0, 5 + i * step)) : new Date(Date.UTC(2021, i, 15));
    let m = d.getUTCMonth() + 1;
    if (monthOf) {
      const p = monthOf.formatToParts(d).find((x) => x.type === 'month');
      m = p ? parseInt(norm(p.value), 10) : NaN;
      if (!Number.isFinite(m)) continue;
    }
    for (const f of fmts) {
      if (!f) continue;
      const part = f.formatToParts(d).find((x) => x.type === 'month');
      if (part && !/\d/.test(norm(part.value))) add(part.value, m);
    }
  }
}

/**
 * The month/weekday tables, built once on first use (about 25 locales).
 * Output: {@link Tables}. Never throws (locales missing from the engine are skipped).
 */
export function tables(): Tables {
  if (cached) return cached;
  const months = new Map<string, MonthName>();
  const bad = new Set<string>();
  const put = (name: string, month: number, cal: Calendar) => {
    const k = clean(name);
    if (!k || bad.has(k)) return;
    const prev = months.get(k);
    if (prev && (prev.month !== month || prev.cal !== cal)) {
      // Persian/Islamic names never override a Gregorian one, and clashes are dropped.
      if (prev.cal === 'gregory' && cal !== 'gregory') return;
      months.delete(k);
      bad.add(k);
      return;
    }
    months.set(k, { month, cal });
  };
  const d = data as unknown as {
    gregorian: Record<string, string[]>;
    hijri: Record<string, string[]>;
    persian: Record<string, string[]>;
    weekdays: Record<string, string[]>;
    intlLocales: string[];
  };
  for (const [m, names] of Object.entries(d.gregorian)) for (const n of names) put(n, +m, 'gregory');
  for (const loc of d.intlLocales) intlNames(loc, 'gregory', (n, m) => put(n, m, 'gregory'));
  for (const [m, names] of Object.entries(d.hijri)) for (const n of names) put(n, +m, 'islamic');
  intlNames('ar', 'islamic-umalqura', (n, m) => put(n, m, 'islamic'));
  for (const [m, names] of Object.entries(d.persian)) for (const n of names) put(n, +m, 'persian');
  intlNames('fa', 'persian', (n, m) => put(n, m, 'persian'));

  const weekdays = new Map<string, number>();
  for (const [w, names] of Object.entries(d.weekdays)) for (const n of names) weekdays.set(clean(n), +w);
  for (const loc of d.intlLocales) {
    for (const style of ['long', 'short'] as const) {
      let f: Intl.DateTimeFormat;
      try {
        f = new Intl.DateTimeFormat(loc, { weekday: style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let i = 0; i < 7; i++) {
        const date = new Date(Date.UTC(2021, 0, 3 + i)); // 2021-01-03 is a Sunday
        const k = clean(f.format(date));
        if (k && !months.has(k) && !weekdays.has(k)) weekdays.set(k, i);
      }
    }
  }
  cached = { months, weekdays };
  return cached;
}
