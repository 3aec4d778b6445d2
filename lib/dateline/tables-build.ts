/**
 * Builds the month/weekday name tables from Intl.DateTimeFormat plus the
 * hand-written additions in data/months.json. Not used at run time: the
 * output is generated ahead of time into data/tables.json by
 * `npx tsx scripts/gen-dateline-tables.ts`, and tables-build.test.ts checks
 * that the committed file still equals what Intl generates now (so the table
 * never drifts silently when the engine's ICU data changes).
 *
 * Gregorian names: formatToParts per locale (data/months.json `intlLocales`:
 * long/short, format and stand-alone forms; `intlLocalesLong`: long forms only). Persian (Solar Hijri) and Islamic
 * month names: Intl with calendar "persian" / "islamic-umalqura". Names that
 * mean different months are dropped; a Persian/Islamic name never overrides a
 * Gregorian one. All names are stored normalised (normalize.ts norm(), final
 * dot removed).
 */
import data from './data/months.json';
import { norm } from './normalize';
import { HEBREW_MONTHS } from './calendars';

export type TableCalendar = 'gregory' | 'persian' | 'islamic' | 'hebrew';

export { HEBREW_MONTHS };

/**
 * The serialised tables (data/tables.json).
 * `gregory`/`persian`/`islamic`: 12 strings, one per month (index 0 = month 1),
 * each the month's normalised names joined by "|", sorted.
 * `hebrew`: 14 strings (see {@link HEBREW_MONTHS}).
 * `weekdays`: 7 strings (index 0 = Sunday), same format.
 */
export interface TablesData {
  gregory: string[];
  persian: string[];
  islamic: string[];
  /** 14 strings, codes of {@link HEBREW_MONTHS}. */
  hebrew: string[];
  weekdays: string[];
}

/** Normalised table key of a month or weekday name ("Déc." → "dec"). */
export function tableKey(s: string): string {
  return norm(s).replace(/[\u05f3\u05f4]/g, '').replace(/\.$/, '').trim();
}

function intlNames(locale: string, calendar: string, add: (name: string, month: number) => void, longOnly = false): void {
  const opts = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null => {
    try {
      return new Intl.DateTimeFormat(`${locale}${locale.includes('-u-') ? '' : `-u-ca-${calendar}`}`, { ...o, timeZone: 'UTC' });
    } catch {
      return null;
    }
  };
  const fmts = longOnly ? [opts({ month: 'long' }), opts({ day: 'numeric', month: 'long' })] : [opts({ month: 'long' }), opts({ month: 'short' }), opts({ day: 'numeric', month: 'long' }), opts({ day: 'numeric', month: 'short' })];
  const monthOf = calendar === 'gregory' ? null : opts({ month: 'numeric' });
  // Gregorian: the 15th of each month; other calendars: every 10 days over a year.
  for (let i = 0; i < (monthOf ? 38 : 12); i++) {
    const d = monthOf ? new Date(Date.UTC(2021, 0, 5 + i * 10)) : new Date(Date.UTC(2021, i, 15));
    let m = d.getUTCMonth() + 1;
    if (monthOf) {
      const p = monthOf.formatToParts(d).find((x) => x.type === 'month');
      m = p ? parseInt(norm(p.value), 10) : NaN;
      if (!Number.isFinite(m)) continue;
    }
    for (const f of fmts) {
      if (!f) continue;
      const parts = f.formatToParts(d);
      const i = parts.findIndex((x) => x.type === 'month');
      const part = parts[i];
      // Names of one letter (abbreviations in some locales) would match too much.
      if (part && !/\d/.test(norm(part.value)) && tableKey(part.value).length >= 2) {
        add(part.value, m);
        // A prefix Intl writes attached to the month ("27 בדצמבר": literal " ב"): the attached form too.
        const lit = parts[i - 1]?.type === 'literal' ? /(\p{L}+)$/u.exec(parts[i - 1].value)?.[1] : undefined;
        if (lit) add(lit + part.value, m);
      }
    }
  }
}

/**
 * Hebrew calendar month names (Hebrew, with Intl's attached «ב» form, and English) over
 * three years (a leap year among them), by {@link HEBREW_MONTHS} code. Skipped when Intl lacks the calendar.
 */
function hebrewNames(add: (name: string, code: number) => void): void {
  let en: Intl.DateTimeFormat, fmts: Intl.DateTimeFormat[];
  try {
    en = new Intl.DateTimeFormat('en-u-ca-hebrew', { month: 'long', timeZone: 'UTC' });
    fmts = [en, new Intl.DateTimeFormat('he-u-ca-hebrew', { day: 'numeric', month: 'long', timeZone: 'UTC' })];
  } catch {
    return;
  }
  for (let i = 0; i < 120; i++) {
    const d = new Date(Date.UTC(2023, 0, 5 + i * 10));
    const code = HEBREW_MONTHS.indexOf(en.format(d) as (typeof HEBREW_MONTHS)[number]) + 1;
    if (!code) continue;
    for (const f of fmts) {
      const parts = f.formatToParts(d);
      const k = parts.findIndex((x) => x.type === 'month');
      if (k < 0) continue;
      add(parts[k].value, code);
      const lit = parts[k - 1]?.type === 'literal' ? /(\p{L}+)$/u.exec(parts[k - 1].value)?.[1] : undefined;
      if (lit) add(lit + parts[k].value, code);
    }
  }
}

/**
 * Generates the tables with the running engine's Intl.
 * Output: {@link TablesData}, deterministic for a given ICU version (names sorted).
 * Never throws (locales or calendars missing from the engine are skipped).
 */
export function buildTablesData(): TablesData {
  const months = new Map<string, { month: number; cal: TableCalendar }>();
  const bad = new Set<string>();
  const put = (name: string, month: number, cal: TableCalendar) => {
    const k = tableKey(name);
    if (!k || bad.has(k)) return;
    const prev = months.get(k);
    if (prev && (prev.month !== month || prev.cal !== cal)) {
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
    hebrew?: Record<string, string[]>;
    weekdays: Record<string, string[]>;
    intlLocales: string[];
    intlLocalesLong?: string[];
  };
  for (const [m, names] of Object.entries(d.gregorian)) for (const n of names) put(n, +m, 'gregory');
  for (const loc of d.intlLocales) intlNames(loc, 'gregory', (n, m) => put(n, m, 'gregory'));
  for (const loc of d.intlLocalesLong ?? []) intlNames(loc, 'gregory', (n, m) => put(n, m, 'gregory'), true);
  for (const [m, names] of Object.entries(d.hijri)) for (const n of names) put(n, +m, 'islamic');
  intlNames('ar', 'islamic-umalqura', (n, m) => put(n, m, 'islamic'));
  for (const [m, names] of Object.entries(d.persian)) for (const n of names) put(n, +m, 'persian');
  intlNames('fa', 'persian', (n, m) => put(n, m, 'persian'));
  for (const [m, names] of Object.entries(d.hebrew ?? {})) for (const n of names) put(n, +m, 'hebrew');
  hebrewNames((n, code) => put(n, code, 'hebrew'));

  const weekdays = new Map<string, number>();
  for (const [w, names] of Object.entries(d.weekdays)) for (const n of names) weekdays.set(tableKey(n), +w);
  const weekdayStyles = [...d.intlLocales.map((l) => [l, ['long', 'short']] as const), ...(d.intlLocalesLong ?? []).map((l) => [l, ['long']] as const)];
  for (const [loc, styles] of weekdayStyles) {
    for (const style of styles) {
      let f: Intl.DateTimeFormat;
      try {
        f = new Intl.DateTimeFormat(loc, { weekday: style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let i = 0; i < 7; i++) {
        const k = tableKey(f.format(new Date(Date.UTC(2021, 0, 3 + i)))); // 2021-01-03 is a Sunday
        if (k.length >= 2 && !months.has(k) && !weekdays.has(k)) weekdays.set(k, i);
      }
    }
  }
  const group = (n: number, entries: Iterable<[string, number]>, base: number): string[] => {
    const out: string[][] = Array.from({ length: n }, () => []);
    for (const [k, v] of entries) out[v - base].push(k);
    return out.map((xs) => xs.sort().join('|'));
  };
  const ofCal = (cal: TableCalendar, n = 12) => group(n, [...months].filter(([, v]) => v.cal === cal).map(([k, v]) => [k, v.month] as [string, number]), 1);
  return { gregory: ofCal('gregory'), persian: ofCal('persian'), islamic: ofCal('islamic'), hebrew: ofCal('hebrew', HEBREW_MONTHS.length), weekdays: group(7, weekdays, 0) };
}
