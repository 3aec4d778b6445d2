// One small sentence per rule (written for these tests). Each asserts what the rule must find
// and what it must not, so each can fail.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityLanguage, extractEntities } from '../../../lib/entities';
import { normAr, stems } from '../../../lib/entities/ar/normalize';
import type { Entity } from '../../../lib/types';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const en = (text: string, title = '') => analyzeEntities({ title, text, lang: 'en' });
const names = (r: Entity[]) => r.map((e) => e.name);
const find = (r: Entity[], n: string) => r.find((e) => e.name === n);

describe('Arabic normalisation', () => {
  it('folds alef forms, ى, ة, tatweel, diacritics and Arabic-Indic digits', () => {
    expect(normAr('إِسطنبولـ')).toBe('اسطنبول');
    expect(normAr('مُصطفى')).toBe('مصطفي');
    expect(normAr('حكومة')).toBe('حكومه');
    expect(normAr('٢١٨')).toBe('218');
  });
  it('strips attached proclitics for matching, لل → ال', () => {
    const s = stems(normAr('وللدولة')).map((x) => x.stem);
    expect(s).toContain('الدوله');
    expect(stems(normAr('وأكار')).map((x) => x.stem)).toContain('اكار');
  });
});

describe('Arabic rules', () => {
  it('an organisation name keeps a relational adjective after its «ل» complement, not a generic one', () => {
    const r = ar('وأعلن مركز دبي لدراسات البحر الأحمري نتائج جديدة. وقال مكتب جنيف لتنسيق المساعدات الإنسانية إن الوضع صعب.');
    expect(names(r)).toContain('مركز دبي لدراسات البحر الأحمري');
    expect(names(r)).toContain('مكتب جنيف لتنسيق المساعدات الإنسانية');
    const r2 = ar('وافتتحت جامعة دبي لدراسات الطب الجديدة فرعاً.');
    expect(names(r2)).toContain('جامعة دبي لدراسات الطب');
  });
  it('title/role before a name, with a nationality adjective in the role', () => {
    const r = ar('وقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مثمرة.');
    expect(find(r, 'أيمن الصفدي')?.type).toBe('PERSON');
    expect(names(r)).not.toContain('الأردني');
  });
  it('compound given names (عبد الفتاح، صلاح الدين، أبو بكر)', () => {
    const r = ar('استقبل الرئيس عبد الفتاح السيسي الوزير صلاح الدين الأيوبي، والتقى الشيخ أبو بكر الزبير.');
    expect(names(r)).toEqual(expect.arrayContaining(['عبد الفتاح السيسي', 'صلاح الدين الأيوبي', 'أبو بكر الزبير']));
  });
  it('speech verb followed by a known name counts as a mention of the full name', () => {
    const r = ar('التقى المستشار أولاف شولتس نظيره. وأضاف شولتس أن الاتفاق قريب.');
    const e = find(r, 'أولاف شولتس');
    expect(e?.count).toBe(2);
    expect(names(r)).not.toContain('شولتس');
  });
  it('name-then-role order («X، وزير …») needs support from another mention', () => {
    const r = ar('وصل الوفد برئاسة كمال داود، وزير المالية. وقال داود إن الميزانية جاهزة. وزار داود الميناء.');
    expect(find(r, 'داود') ?? find(r, 'كمال داود')).toBeTruthy();
  });
  it('organisation heads take definite complements and stop at descriptive adjectives', () => {
    const r = ar('أعلنت وزارة الصحة الفلسطينية أرقاما جديدة، وانتقدت جبهة الإنقاذ الوطني المعارضة القرار.');
    expect(find(r, 'وزارة الصحة الفلسطينية')?.type).toBe('ORG');
    expect(find(r, 'جبهة الإنقاذ الوطني')?.type).toBe('ORG');
  });
  it('nationality adjective alone after a generic head is not an organisation', () => {
    const r = ar('انسحبت القوات التركية من المنطقة.');
    expect(r.filter((e) => e.type === 'ORG')).toEqual([]);
  });
  it('aliases merge into the canonical form and nested names are counted once', () => {
    const r = ar('أكدت حكومة الوفاق الوطني الليبية موقفها. وقالت حكومة الوفاق إن «الوفاق» لن تتراجع. وزار الوفد مقر وزارة داخلية الوفاق.');
    const g = find(r, 'حكومة الوفاق الوطني الليبية');
    expect(g?.count).toBe(3);
    expect(find(r, 'وزارة داخلية الوفاق')?.count).toBe(1);
  });
  it('«quoted» names after media heads', () => {
    const r = ar('ونقلت قناة «الحدث» عن مصادر أن الاجتماع تأجل.');
    expect(find(r, 'قناة الحدث')?.type).toBe('ORG');
  });
  it('facilities: indefinite head + definite word is a name, + adjective is not', () => {
    const r = ar('هبطت الطائرة في مطار الملكة علياء بعد إغلاق قاعدة جوية قريبة.');
    expect(names(r).some((n) => n.startsWith('مطار الملكة'))).toBe(true);
    expect(names(r).some((n) => n.startsWith('قاعدة'))).toBe(false);
  });
  it('gazetteer: countries from Intl.DisplayNames and our cities, clitics stripped', () => {
    const r = ar('سافر الوفد من بيروت إلى ماليزيا ثم وصل لأنقرة.');
    expect(names(r)).toEqual(expect.arrayContaining(['بيروت', 'ماليزيا', 'أنقرة']));
  });
  it('coordination with a known place makes the other word a place', () => {
    const r = ar('قال إن قواته لن تتخلى عن سبها والشويرف».');
    expect(find(r, 'الشويرف')?.type).toBe('PLACE');
  });
  it('headline and lead raise salience', () => {
    const r = ar('وقال محمد علي إن اللقاء مهم. وأضاف محمد علي أن الوقت حان.\n\nوأعلنت ماليزيا أمس موقفها.', 'ماليزيا ترحب بالاتفاق');
    expect(r[0].name).toBe('ماليزيا');
  });
});

describe('English and other Latin-script rules', () => {
  it('strips demonyms and titles, merges the family name', () => {
    const r = en('Kenyan President William Ruto spoke on Monday. Ruto said taxes would fall.');
    const e = find(r, 'William Ruto');
    expect(e?.type).toBe('PERSON');
    expect(e?.count).toBe(2);
    expect(names(r)).not.toContain('Kenyan');
  });
  it('organisation words, connectors and acronyms', () => {
    const r = en('The Office for Budget Responsibility cut its forecast. The OBR said growth would slow.');
    const e = find(r, 'Office for Budget Responsibility');
    expect(e?.type).toBe('ORG');
    expect(e?.count).toBe(2);
  });
  it('a capitalised word before a title is its own entity', () => {
    const r = en('Texas Solicitor General Aaron Nielson disagreed.');
    expect(find(r, 'Aaron Nielson')?.type).toBe('PERSON');
    expect(find(r, 'Texas')?.type).toBe('PLACE');
  });
  it('unknown single words typed by context (appositive noun, locative preposition)', () => {
    const r = en('Officials at the regulator Ofcomz met residents who fled to Blackmoorton on foot.');
    expect(find(r, 'Ofcomz')?.type).toBe('ORG');
    expect(find(r, 'Blackmoorton')?.type).toBe('PLACE');
  });
  it('sentence-initial common words are not entities', () => {
    const r = en('However, the plan failed. Shares fell sharply.');
    expect(r).toEqual([]);
  });
  it('other Latin languages use their own stop words', () => {
    const r = analyzeEntities({ title: '', text: 'Le président Emmanuel Macron a reçu Olaf Scholz à Paris. Selon Macron, la réunion était utile.', lang: 'fr' });
    expect(find(r, 'Emmanuel Macron')?.count).toBe(2);
    expect(find(r, 'Paris')?.type).toBe('PLACE');
    expect(names(r)).not.toContain('Selon');
  });
});

describe('dispatch', () => {
  it('by lang, then by script when lang is unknown', () => {
    expect(entityLanguage({ title: '', text: 'x', lang: 'ar-LY' })).toBe('ar');
    expect(entityLanguage({ title: '', text: 'قال الرئيس', lang: '' })).toBe('ar');
    expect(entityLanguage({ title: '', text: 'Der Kanzler', lang: 'de' })).toBe('latin');
    expect(entityLanguage({ title: '', text: '東京', lang: 'ja' })).toBe('other');
    expect(extractEntities({ title: '', text: '東京で会議', lang: 'ja' })).toEqual([]);
  });
});
