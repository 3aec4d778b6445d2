// Quality bars on the hand-checked libyatoday article (test/fixtures/…/entities.json, `scoring`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEntities, extractEntities } from '../../../lib/entities';
import { matchGold, scoreEntities, type GoldEntity } from '../../entities-eval/score';

const dir = path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
const oracle = JSON.parse(readFileSync(path.join(dir, 'entities.json'), 'utf8'));
const input = { title: expected.title as string, text: (expected.article_paragraphs as string[]).join('\n\n'), lang: 'ar' };
const gold: (GoldEntity & { id: string; tier: string; mentions_body: number })[] = oracle.entities;
const optional: string[] = oracle.optional_entities.map((o: { surface: string }) => o.surface);

describe('entities: libyatoday Turkey/GNA article (oracle)', () => {
  const res = analyzeEntities(input);
  const top10 = res.slice(0, 10).map((e) => matchGold(e, gold));

  it('P@10 ≥ 0.9 (share of the top 10 that are key entities)', () => {
    const key = top10.filter((g) => g && (g as { tier?: string }).tier === 'key').length;
    expect(key / 10).toBeGreaterThanOrEqual(0.9);
  });

  it('all 8 core entities are in the top 10', () => {
    const ids = new Set(top10.map((g) => g?.id));
    const missing = oracle.scoring.core_top.filter((id: string) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('entity-level P ≥ 0.9 and R ≥ 0.85 over the 37 gold entities, types agreeing', () => {
    const s = scoreEntities(extractEntities(input), gold, optional);
    expect(gold.length).toBe(37);
    expect(s.typeErrors).toBe(0);
    expect(s.p, JSON.stringify(s.matches.filter((m) => !m.gold))).toBeGreaterThanOrEqual(0.9);
    expect(s.r, JSON.stringify(s.missed)).toBeGreaterThanOrEqual(0.85);
  });

  it('body mention counts of the key entities are within ±1 of the oracle', () => {
    for (const g of gold.filter((x) => x.tier === 'key')) {
      const e = res.find((x) => matchGold(x, [g]));
      expect(e, g.canonical).toBeTruthy();
      expect(Math.abs(e!.bodyCount - g.mentions_body), `${g.canonical}: ${e!.bodyCount} vs ${g.mentions_body}`).toBeLessThanOrEqual(1);
    }
  });

  it('names are canonical (longest full form), not the short alias', () => {
    const names = res.map((e) => e.name);
    for (const g of gold.filter((x) => x.tier === 'key')) {
      expect(names).toContain(g.canonical);
    }
  });

  it('nationality adjectives are never entities on their own', () => {
    for (const e of res) expect(e.name).not.toMatch(/^(ال)?(تركي|ليبي|مصري)(ة|ين|ون)?$/);
  });
});
