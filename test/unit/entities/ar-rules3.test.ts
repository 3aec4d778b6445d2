// Issue 5, third pass: one small Arabic sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const typeOf = (text: string, name: string) => ar(text).find((e) => e.name === name)?.type;
const names = (text: string) => ar(text).map((e) => e.name);

describe('Arabic, third pass', () => {
  it('a name ends before a verb with the future prefix («حقل الغار سيضيف»)', () => {
    const n = names('وقال الوزير إن تطوير حقل الغار سيضيف عشرة آلاف برميل يومياً.');
    expect(n).toContain('حقل الغار');
    expect(n.some((x) => x.includes('سيضيف'))).toBe(false);
  });
  it('sports clubs in a sports report: club word + place or name, and a bare city after a team cue', () => {
    const text = 'فاز فريق نجم قسنطينة على ضيفه شباب تبسة بهدفين في مباراة الدوري، فيما تعادل أتلتيكو بلباو مع برشلونة بهدف لمثله على الملعب.';
    const r = ar(text);
    expect(r.find((e) => e.name === 'نجم قسنطينة')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'شباب تبسة')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'أتلتيكو بلباو')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'برشلونة')?.type).toBe('ORG');
  });
  it('outside a sports report the same city is a place and «اتحاد» is no club word', () => {
    const r = ar('وصل الوزير إلى برشلونة لحضور مؤتمر عن الاقتصاد، والتقى ممثلين عن اتحاد الصناعات.');
    expect(r.find((e) => e.name === 'برشلونة')?.type).toBe('PLACE');
  });
  it('a conjunction + speech verb is not part of a foreign name («وقال بوغدان كوفالينكو»)', () => {
    const n = names('وقال بوغدان كوفالينكو، وزير الطاقة، إن المحطة تعمل. والتقى الرئيسين ميخائيل تيرينكو وفولوديمير هوراتشينكو.');
    expect(n).toContain('بوغدان كوفالينكو');
    expect(n.some((x) => x.startsWith('وقال'))).toBe(false);
    expect(n).toContain('فولوديمير هوراتشينكو');
    expect(n).toContain('ميخائيل تيرينكو');
  });
  it('«وي» + a transliteration ending continues a foreign name («جيمس ويلكوف»)', () => {
    expect(names('أجرى المبعوث الأمريكي جيمس ويلكوف محادثات في الدوحة.')).toContain('جيمس ويلكوف');
  });
  it('a joined «عبد» + divine name is a given name (عبدالرحمن، عبدالكريم) — a rule, not a list', () => {
    expect(typeOf('التقى عبدالكريم الزهراني بالوفد في جدة.', 'عبدالكريم الزهراني')).toBe('PERSON');
    expect(names('افتتح المسؤولون جامعة الملك عبدالرحمن للعلوم والهندسة في المدينة.')).toContain('جامعة الملك عبدالرحمن للعلوم والهندسة');
  });
  it('a «ل» complement list does not swallow a following new noun phrase («… للفوسفاط وقطاع السيارات»)', () => {
    const n = names('وأشار التقرير إلى صادرات المكتب الوطني للكهرباء والماء وقطاع السيارات.');
    expect(n.some((x) => x.includes('وقطاع'))).toBe(false);
  });
});
