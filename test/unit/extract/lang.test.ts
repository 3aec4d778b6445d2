import { describe, expect, it } from 'vitest';
import { detectDir, langFromScript, primaryTag } from '../../../lib/extract/lang';
import { blockText, wordCount } from '../../../lib/extract/text';
import { findHeadline } from '../../../lib/extract/title';
import { JSDOM } from 'jsdom';

describe('language and direction by script', () => {
  it('tells Arabic, Persian, Urdu, Hebrew, Japanese, Chinese, Russian apart; Latin is unknown', () => {
    expect(langFromScript('أعلنت الحكومة اليوم عن خطة جديدة')).toBe('ar');
    expect(langFromScript('دولت امروز برنامه جدیدی برای گسترش انرژی پاک و چند گزینه دیگر اعلام کرد')).toBe('fa');
    expect(langFromScript('حکومت نے آج ایک نئے منصوبے کا اعلان کیا ہے جو بڑا ہے')).toBe('ur');
    expect(langFromScript('הממשלה הודיעה היום')).toBe('he');
    expect(langFromScript('政府は今日、新しい計画を発表しました')).toBe('ja');
    expect(langFromScript('政府今天宣布了一项新计划')).toBe('zh');
    expect(langFromScript('Правительство объявило новый план')).toBe('ru');
    expect(langFromScript('The government announced a plan')).toBeNull();
  });
  it('direction follows the text, the language, then the page', () => {
    expect(detectDir('und', 'أعلنت الحكومة اليوم')).toBe('rtl');
    expect(detectDir('en', 'Plain English text')).toBe('ltr');
    expect(detectDir('en', 'Lorem ipsum', 'rtl')).toBe('rtl');
    expect(primaryTag('ar-EG')).toBe('ar');
    expect(primaryTag('en_US')).toBe('en');
    expect(primaryTag('')).toBeNull();
  });
});

describe('text helpers', () => {
  it('blockText keeps paragraph boundaries and line breaks', () => {
    const d = new JSDOM('<div><p>One  two</p><p>three<br>four</p><ul><li>a</li><li>b</li></ul><span>x</span> y</div>').window.document;
    expect(blockText(d.body)).toBe('One two\n\nthree\nfour\n\na\n\nb\n\nx y');
  });
  it('wordCount counts Arabic and Latin words; scripts without spaces by Intl.Segmenter words', () => {
    expect(wordCount('أعلنت الحكومة اليوم')).toBe(3);
    // Was 4 (one per Han character): 政府 / 今天.
    expect(wordCount('政府今天')).toBe(2);
    expect(wordCount('政府は今日、新しい計画を発表しました')).toBeGreaterThanOrEqual(8);
    expect(wordCount('Hello, world 2024')).toBe(3);
    // Thai/Lao/Khmer/Burmese runs were one "word" each.
    expect(wordCount('ภาษาไทยเป็นภาษาที่สวยงาม')).toBe(6);
    expect(wordCount('ພາສາລາວແມ່ນງາມ')).toBe(4);
    expect(wordCount('ភាសាខ្មែរគឺស្អាត')).toBeGreaterThanOrEqual(3);
    expect(wordCount('မြန်မာဘာသာစကား')).toBeGreaterThanOrEqual(2);
    expect(wordCount('Bangkok ภาษาไทย 2567')).toBe(4);
  });
  it('findHeadline matches the title ignoring punctuation and a site suffix', () => {
    const d = new JSDOM('<h1>Other</h1><h1>Council "approves" budget</h1>').window.document;
    expect(findHeadline(d, 'Council approves budget - Gazette')?.textContent).toBe('Council "approves" budget');
    expect(findHeadline(d, 'Something else entirely')).toBeNull();
  });
});
