/**
 * Entity-level scoring shared by the unit tests and scripts/entities-eval.ts.
 * A system entity matches a gold entity when its canonical name, normalised, equals one of
 * the gold variants (Arabic: lib/entities/ar/normalize `normAr`, quotes removed; Latin: case-folded,
 * leading "the" and possessive 's removed). Each gold entity is matched at most once: a second
 * system entity for the same gold entity counts as a false positive. System entities matching an
 * `optional` surface are ignored (neither rewarded nor penalised). Types must agree for a match
 * when `requireType` is set (default).
 */
import { normAr } from '../../lib/entities/ar/normalize';
import type { Entity } from '../../lib/types';

export interface GoldEntity {
  canonical: string;
  type: 'PERSON' | 'ORG' | 'PLACE';
  variants: string[];
  /** Mentions in the body (headline excluded). */
  mentions?: number;
  id?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
  typeErrors: number;
  matches: { sys: string; gold: string | null; type: string }[];
  missed: string[];
}

/** Matching form of a surface (see module doc). */
export function normSurface(s: string): string {
  let x = s.replace(/[«»"“”„‹›]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/[\u0600-\u06FF]/.test(x)) return normAr(x);
  x = x.normalize('NFKC').toLowerCase().replace(/[’']s$/, '').replace(/^the\s+/, '');
  return x.replace(/\./g, '').trim();
}

/** Finds the gold entity a system entity stands for, or null. */
export function matchGold(sys: Pick<Entity, 'name'>, gold: GoldEntity[]): GoldEntity | null {
  const k = normSurface(sys.name);
  return gold.find((g) => [g.canonical, ...g.variants].some((v) => normSurface(v) === k)) ?? null;
}

/** Entity-level P/R/F1 of `sys` against `gold` (see module doc). */
export function scoreEntities(sys: Entity[], gold: GoldEntity[], optional: string[] = [], requireType = true): Score {
  const used = new Set<GoldEntity>();
  const opt = new Set(optional.map(normSurface));
  let tp = 0;
  let fp = 0;
  let typeErrors = 0;
  const matches: Score['matches'] = [];
  for (const e of sys) {
    const g = matchGold(e, gold);
    if (g && !used.has(g) && (!requireType || g.type === e.type)) {
      used.add(g);
      tp++;
      matches.push({ sys: e.name, gold: g.canonical, type: e.type });
      continue;
    }
    if (g && g.type !== e.type) typeErrors++;
    if (!g && opt.has(normSurface(e.name))) continue;
    fp++;
    matches.push({ sys: e.name, gold: null, type: e.type });
  }
  const fn = gold.length - used.size;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = gold.length ? tp / gold.length : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p, r, f1, typeErrors, matches, missed: gold.filter((g) => !used.has(g)).map((g) => g.canonical) };
}
