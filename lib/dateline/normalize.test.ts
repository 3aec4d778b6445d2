// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clip, norm } from './normalize';

describe('norm', () => {
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(norm('٢٧ / ۱۳۹۹')).toBe('27 / 1399');
  });
  it('folds hamza forms, Persian letters, accents and case', () => {
    expect(norm('إبريل')).toBe(norm('أبريل'));
    expect(norm('ابريل')).toBe(norm('أبريل'));
    expect(norm('دی')).toBe(norm('دي'));
    expect(norm('Décembre')).toBe('decembre');
    expect(norm('a\u200fb\u0640c')).toBe('abc');
  });
  it('clip collapses whitespace and cuts to the limit', () => {
    expect(clip('  a \n b  ')).toBe('a b');
    expect(clip('x'.repeat(300)).length).toBe(200);
  });
});
