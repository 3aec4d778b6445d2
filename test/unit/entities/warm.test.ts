// Issue 5, fifth pass: warmEntities builds the tables ahead of the first call without changing any result.
import { describe, expect, it, vi } from 'vitest';

const AR_TITLE = 'وزير الخارجية المصري يزور الخرطوم';
const AR = { title: AR_TITLE, text: 'قال وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحوار في السودان.', lang: 'ar' };
const EN_TITLE = 'Kenyan president visits Nairobi hospital';
const EN = { title: EN_TITLE, text: 'President William Ruto said on Monday that the Kenya Medical Research Institute would open a new lab in Kisumu.', lang: 'en' };

/** A fresh copy of lib/entities (no tables built yet). */
async function fresh() {
  vi.resetModules();
  return import('../../../lib/entities');
}

describe('warmEntities', () => {
  it('picks the language family from the headline script when the page language is not known yet', async () => {
    const m = await fresh();
    expect(m.warmEntities({ title: AR_TITLE })).toBe('ar');
    expect(m.warmEntities({ title: EN_TITLE })).toBe('en');
    expect(m.warmEntities({ title: 'Le président en visite à Lyon', lang: 'fr' })).toBe('latin');
  });
  it('does nothing and never throws on an empty or odd headline', async () => {
    const m = await fresh();
    expect(m.warmEntities({ title: '' })).toBe('other');
    expect(m.warmEntities({ title: '東京で会議' })).toBe('other');
    expect(() => m.warmEntities(undefined as unknown as { title: string })).not.toThrow();
  });
  it('leaves later results unchanged (same entities as a cold first call)', async () => {
    const cold = await fresh();
    const arCold = cold.extractEntities(AR);
    const enCold = cold.extractEntities(EN);
    const warm = await fresh();
    warm.warmEntities({ title: AR_TITLE });
    warm.warmEntities({ title: EN_TITLE });
    expect(warm.extractEntities(AR)).toEqual(arCold);
    expect(warm.extractEntities(EN)).toEqual(enCold);
    expect(arCold.length).toBeGreaterThan(0);
    expect(enCold.length).toBeGreaterThan(0);
  });
  it('makes the first real call cheaper (the one-off tables are already built)', async () => {
    const m = await fresh();
    const t0 = performance.now();
    m.warmEntities({ title: AR_TITLE });
    const warmMs = performance.now() - t0;
    const t1 = performance.now();
    m.extractEntities({ title: AR_TITLE, text: 'قال', lang: 'ar' });
    const afterMs = performance.now() - t1;
    expect(afterMs).toBeLessThan(warmMs);
  });
});
