// @vitest-environment node
import { describe, expect, it } from 'vitest';
import committed from './data/tables.json';
import { buildTablesData, tableKey } from './tables-build';
import { tables } from './months';

describe('generated month/weekday tables (data/tables.json)', () => {
  it('equal what Intl generates now (regenerate: npx tsx scripts/gen-dateline-tables.ts)', () => {
    const now = buildTablesData();
    expect({ gregory: committed.gregory, persian: committed.persian, islamic: committed.islamic, hebrew: committed.hebrew, weekdays: committed.weekdays }).toEqual(now);
  });
  it('hold the Intl names of every calendar, keyed like the parser reads them', () => {
    const { months, weekdays } = tables();
    expect(months.get(tableKey('décembre'))).toEqual({ month: 12, cal: 'gregory' });
    expect(months.get(tableKey('كانون الأول'))).toEqual({ month: 12, cal: 'gregory' });
    expect(months.get(tableKey('دی'))).toEqual({ month: 10, cal: 'persian' });
    expect(months.get(tableKey('جمادى الأولى'))).toEqual({ month: 5, cal: 'islamic' });
    expect(months.get(tableKey('בטבת'))).toEqual({ month: 4, cal: 'hebrew' });
    expect(months.get(tableKey('אדר ב׳'))).toEqual({ month: 8, cal: 'hebrew' });
    expect(months.get(tableKey('בדצמבר'))).toEqual({ month: 12, cal: 'gregory' });
    expect(months.get(tableKey('ธันวาคม'))).toEqual({ month: 12, cal: 'gregory' });
    // Turkish «Nisan» (April) keeps its Gregorian meaning over the Hebrew month.
    expect(months.get(tableKey('Nisan'))).toEqual({ month: 4, cal: 'gregory' });
    expect(weekdays.get(tableKey('Sonntag'))).toBe(0);
    expect(weekdays.get(tableKey('السبت'))).toBe(6);
  });
  it('never give one name two meanings', () => {
    const seen = new Map<string, string>();
    for (const cal of ['gregory', 'persian', 'islamic', 'hebrew'] as const) {
      committed[cal].forEach((names, i) => {
        for (const k of names.split('|')) {
          expect(seen.get(k), k).toBeUndefined();
          seen.set(k, `${cal}:${i + 1}`);
        }
      });
    }
  });
});
