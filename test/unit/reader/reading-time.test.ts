import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countWords, readingTime, wordsPerMinute } from '../../../lib/reader/reading-time';

describe('reading time', () => {
  it('counts Arabic words as whitespace tokens with letters, not characters; punctuation-only tokens skipped', () => {
    expect(countWords('أكدت تركيا وحكومة الوفاق - على «ضرورة» التعاون.')).toBe(7);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('Airbus A380 flew 2019 .')).toBe(4);
  });
  it('splits scripts written without spaces into words (Intl.Segmenter), not characters or whole runs', () => {
    // Was 5 (one per Han/kana character); the words are 東京 / は / 晴れ.
    expect(countWords('東京 は 晴れ')).toBe(3);
    expect(countWords('東京は晴れ。')).toBe(3);
    expect(countWords('政府今天宣布了一项新计划')).toBe(7);
    // Thai, Lao, Khmer, Burmese: one unspaced run of several words each.
    expect(countWords('ภาษาไทยเป็นภาษาที่สวยงาม')).toBe(6);
    expect(countWords('ພາສາລາວແມ່ນງາມ')).toBe(4);
    expect(countWords('ភាសាខ្មែរគឺស្អាត')).toBeGreaterThanOrEqual(3);
    expect(countWords('မြန်မာဘာသာစကား')).toBeGreaterThanOrEqual(2);
    // Latin digits glued to a run stay one more word; Latin and Arabic text is counted as before.
    expect(countWords('2024年')).toBe(2);
    expect(countWords('The Thai word สวัสดีครับ means hello')).toBe(7);
  });
  it('reading time of a Thai article is its words, not its space-separated chunks', () => {
    const th = Array(400).fill('รัฐบาลประกาศแผนใหม่วันนี้').join(' ');
    const r = readingTime(th, 'th');
    expect(r.words).toBeGreaterThanOrEqual(400 * 4);
    expect(r.minutes).toBe(Math.round(r.words / 200));
  });
  it('rates per language: Arabic slower than English, unknown gets the fallback', () => {
    expect(wordsPerMinute('ar-EG')).toBe(180);
    expect(wordsPerMinute('en')).toBe(230);
    expect(wordsPerMinute('xx')).toBe(200);
  });
  it('minutes = words / wpm rounded, at least 1', () => {
    const ar = Array(900).fill('كلمة').join(' ');
    expect(readingTime(ar, 'ar')).toEqual({ minutes: 5, words: 900, wpm: 180 });
    expect(readingTime(Array(900).fill('word').join(' '), 'en').minutes).toBe(4);
    expect(readingTime('', 'en').minutes).toBe(1);
  });
  it('the libyatoday article (source.txt body) is a few minutes of Arabic', () => {
    const src = readFileSync(path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq/source.txt'), 'utf8');
    const r = readingTime(src, 'ar');
    // Words are whitespace tokens: far fewer than the character count.
    expect(r.words).toBeLessThan(src.replace(/\s/g, '').length / 3);
    expect(r.minutes).toBe(Math.max(1, Math.round(r.words / 180)));
  });
});
