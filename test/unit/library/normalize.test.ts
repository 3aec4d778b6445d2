// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { normalizeText, normalizeWithMap, tokenize, cliticVariants, termsOf } from '../../../lib/library/normalize';

describe('normalizeText', () => {
  it('folds the Arabic alef forms, alef maqsura, ta marbuta; drops harakat and tatweel', () => {
    expect(normalizeText('أإآٱا')).toBe('ااااا');
    expect(normalizeText('مستشفى')).toBe('مستشفي');
    expect(normalizeText('حكومة')).toBe('حكومه');
    expect(normalizeText('إِرْدُوغَانُ')).toBe('اردوغان');
    expect(normalizeText('الوفـــاق')).toBe('الوفاق');
    expect(normalizeText('ﻻ')).toBe('لا'); // presentation form (NFKC)
  });
  it('case-folds and drops Latin accents; maps Arabic-Indic digits', () => {
    expect(normalizeText('CAFÉ Ｔｅｓｔ')).toBe('cafe test');
    expect(normalizeText('٢٠٢٠ ۱۹')).toBe('2020 19');
  });
  it('drops zero-width and bidi controls', () => {
    expect(normalizeText('a\u200fb\u2067c\u200dd')).toBe('abcd');
  });
  it('is idempotent', () => {
    const s = 'أكّد رئيسُ الحكومةِ «إردوغان» في ٢٠٢٠ — Zürich';
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe('normalizeWithMap', () => {
  it('maps every output character to its input offset', () => {
    const src = 'إِرْدُوغَان X';
    const { text, map } = normalizeWithMap(src);
    expect(text).toBe('اردوغان x');
    expect(map.length).toBe(text.length + 1);
    expect(src.slice(map[0], map[7])).toBe('إِرْدُوغَان');
    expect(src[map[8]]).toBe('X');
  });
});

describe('tokens and clitics', () => {
  it('splits on anything but letters and digits', () => {
    expect(tokenize(normalizeText('«الوفاق»، و-Ruto 2020!'))).toEqual(['الوفاق', 'و', 'ruto', '2020']);
  });
  it('strips و/ف, ب/ك before ال, لل, and ال; keeps ≥ 2 letters', () => {
    expect(cliticVariants('والحكومه')).toEqual(['والحكومه', 'الحكومه', 'حكومه']);
    expect(cliticVariants('للدوله')).toEqual(['للدوله', 'دوله']);
    expect(cliticVariants('بالعاصمه')).toEqual(['بالعاصمه', 'العاصمه', 'عاصمه']);
    expect(cliticVariants('ruto')).toEqual(['ruto']);
    expect(cliticVariants('ال')).toEqual(['ال']);
  });
  it('termsOf gives unique normalised terms with variants', () => {
    const t = termsOf('وإردوغان والحكومة', 'Ruto');
    expect([...t].sort()).toEqual(['اردوغان', 'الحكومه', 'حكومه', 'ruto', 'واردوغان', 'والحكومه'].sort());
  });
});
