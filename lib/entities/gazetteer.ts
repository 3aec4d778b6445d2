/**
 * Gazetteers generated at run time from the platform's own ICU data (nothing shipped):
 * - country and territory names from `Intl.DisplayNames(locale, {type: 'region'})` over every
 *   two-letter region code (CLDR names; codes the runtime does not know are skipped);
 * - city names from the IANA time-zone ids (`Intl.supportedValuesOf('timeZone')`,
 *   "Africa/Tripoli" → "Tripoli"), English only (the ids are English exemplar cities).
 * Results are cached per locale. Both APIs exist in Chrome, Firefox and Node ≥ 18 (full ICU).
 */
import type { EntityType } from '../types';

export interface GazEntry {
  /** Name as the runtime spells it, e.g. «الولايات المتحدة», "United States". */
  name: string;
  type: EntityType;
}

/** Region codes that are not places: supranational bodies, pseudo-locales, "unknown". */
const NOT_PLACE = new Set(['ZZ', 'XA', 'XB', 'QO', 'EZ']);
const ORG_REGIONS = new Set(['UN', 'EU']);

const cache = new Map<string, GazEntry[]>();

/**
 * Country/territory names in `locale` ("ar", "en", "fr" …), with parenthesised parts and
 * "Congo - Kinshasa" style suffixes split into separate names.
 * Output: entries (type PLACE, or ORG for the UN and the EU); [] when Intl.DisplayNames is missing.
 */
export function regionNames(locale: string): GazEntry[] {
  const hit = cache.get('r:' + locale);
  if (hit) return hit;
  const out: GazEntry[] = [];
  const seen = new Set<string>();
  let dn: Intl.DisplayNames | null = null;
  try {
    dn = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  } catch {
    dn = null;
  }
  if (dn) {
    for (let a = 65; a < 91; a++) {
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_PLACE.has(code)) continue;
        let name: string | undefined;
        try {
          name = dn.of(code);
        } catch {
          name = undefined;
        }
        if (!name || name === code) continue;
        const type: EntityType = ORG_REGIONS.has(code) ? 'ORG' : 'PLACE';
        const parts = name
          .split(/\s*[()]\s*|\s+-\s+/)
          .map((s) => s.trim())
          .filter((s) => s && !/[0-9]/.test(s));
        for (const p of parts) {
          if (seen.has(p)) continue;
          seen.add(p);
          out.push({ name: p, type });
        }
      }
    }
  }
  cache.set('r:' + locale, out);
  return out;
}

/**
 * English city names from IANA time-zone ids ("America/New_York" → "New York").
 * Output: city names; [] when `Intl.supportedValuesOf` is missing.
 */
export function timeZoneCities(): string[] {
  const hit = cache.get('tz');
  if (hit) return hit.map((e) => e.name);
  let ids: string[] = [];
  try {
    ids = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    ids = [];
  }
  const names = new Set<string>();
  for (const id of ids) {
    const parts = id.split('/');
    if (parts.length < 2 || parts[0] === 'Etc') continue;
    const city = parts[parts.length - 1].replace(/_/g, ' ');
    if (/^[A-Z][A-Za-z .'-]+$/.test(city) && !/^(GMT|UTC)/.test(city)) names.add(city);
  }
  const list = [...names];
  cache.set('tz', list.map((name) => ({ name, type: 'PLACE' as EntityType })));
  return list;
}

/**
 * UN M49 world regions (continents and sub-regions) that CLDR names: «شرق آسيا», «شمال أفريقيا»,
 * "Western Africa", "Latin America". Codes per the UN Statistics Division's M49 standard.
 */
const M49 = ['002', '015', '011', '014', '017', '018', '202', '019', '419', '005', '013', '021', '029', '142', '030', '034', '035', '143', '145', '150', '151', '154', '155', '039', '009', '053', '054', '057', '061'];

/**
 * World-region names in `locale` from `Intl.DisplayNames` over the M49 codes above.
 * Output: names (PLACE); [] when Intl.DisplayNames is missing. Cached per locale.
 */
export function worldRegionNames(locale: string): string[] {
  const hit = cache.get('m:' + locale);
  if (hit) return hit.map((e) => e.name);
  const out: GazEntry[] = [];
  try {
    const dn = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    for (const c of M49) {
      const name = dn.of(c);
      if (name && name !== c && !out.some((e) => e.name === name)) out.push({ name, type: 'PLACE' });
    }
  } catch {
    // no Intl.DisplayNames: no world regions
  }
  cache.set('m:' + locale, out);
  return out.map((e) => e.name);
}
