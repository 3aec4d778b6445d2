// Issue 5, second pass: one small sentence per new Arabic rule (written for these tests).
// Each asserts what the rule must find and what it must not, so each can fail.
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';
import type { Entity } from '../../../lib/types';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const names = (r: Entity[]) => r.map((e) => e.name);
const find = (r: Entity[], n: string) => r.find((e) => e.name === n);

describe('Arabic given names (no title or verb before the name)', () => {
  it('a known given name + family name is a person', () => {
    const r = ar('وسجل حمزة الدباغ الهدف الثاني بعد تمريرة من نادر الشهري.');
    expect(find(r, 'حمزة الدباغ')?.type).toBe('PERSON');
    expect(find(r, 'نادر الشهري')?.type).toBe('PERSON');
  });
  it('a given name that is also a word (أمين، أمل) needs a real second name word', () => {
    const r = ar('وكان أمين عام الحزب حاضراً، بينما عبّر أمل كبير عن التفاؤل. وتحدث أمين الشريف عن الخطة.');
    expect(names(r)).not.toContain('أمين عام');
    expect(names(r)).not.toContain('أمل كبير');
    expect(find(r, 'أمين الشريف')?.type).toBe('PERSON');
  });
  it('«على» (on) is never read as «علي» (Ali)', () => {
    const r = ar('وحصل على الموافقة بعد أن التقى علي حسونة في الصباح.');
    expect(names(r).some((x) => x.startsWith('على'))).toBe(false);
    expect(find(r, 'علي حسونة')?.type).toBe('PERSON');
  });
  it('a given name with ال (Maghreb) takes an indefinite family name, not an adjective', () => {
    const r = ar('وترشح الحبيب بلقاسم للانتخابات، فيما ارتفع سعر العربي الثقيل.');
    expect(find(r, 'الحبيب بلقاسم')?.type).toBe('PERSON');
    expect(names(r)).not.toContain('العربي الثقيل');
  });
  it('a nisba after two name words is a family name (محمد كامل السوداني), not dropped', () => {
    const r = ar('وصرح رئيس الهيئة محمد كامل السوداني بأن العمل مستمر.');
    expect(find(r, 'محمد كامل السوداني')?.type).toBe('PERSON');
  });
  it('a nationality adjective after a role still is no name', () => {
    const r = ar('وقال الوزير الأردني إن الحدود مفتوحة.');
    expect(r.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('Arabic foreign names and spelled acronyms', () => {
  it('transliteration cues (-وف، -سكي، گ) mark a two-word foreign name', () => {
    const r = ar('والتقى المبعوث يفغيني ماركوف نظيره بالأمس، كما حضر أندري كوفالسكي.');
    expect(find(r, 'يفغيني ماركوف')?.type).toBe('PERSON');
    expect(find(r, 'أندري كوفالسكي')?.type).toBe('PERSON');
  });
  it('letters spelled out are an organisation, not the verb after them', () => {
    const r = ar('وذكرت شبكة سي بي إس الأمريكية أن شركة إيه بي بي ستوسع مصانعها.');
    expect(names(r)).not.toContain('إيه بي بي ستوسع');
    expect(find(r, 'سي بي إس')?.type).toBe('ORG');
    expect(find(r, 'إيه بي بي')?.type).toBe('ORG');
  });
  it('«إن أي …» (that any …) is no acronym', () => {
    const r = ar('وقال إن أي اتفاق يجب أن يحترم السيادة.');
    expect(r.filter((e) => e.type === 'ORG')).toEqual([]);
  });
  it('a company head + foreign word ending at a nationality adjective: the word is the company', () => {
    const r = ar('ووقعت شركة فولكرو النرويجية عقداً مع الحكومة.');
    expect(find(r, 'فولكرو')?.type).toBe('ORG');
  });
});

describe('Arabic places and facilities', () => {
  it('«مدينة/ولاية X» makes X a place, but not «مدينة كبيرة»', () => {
    const r = ar('وصل الوفد إلى مدينة تمبكتو ثم إلى ولاية أوريغون، وهي مدينة كبيرة.');
    expect(find(r, 'تمبكتو')?.type).toBe('PLACE');
    expect(find(r, 'أوريغون')?.type).toBe('PLACE');
    expect(names(r)).not.toContain('كبيرة');
  });
  it('a facility in construct with a compound or definite name is taken whole', () => {
    const r = ar('وأغلق معبر بيت أبو حسن، ونقل الجرحى إلى مستشفى شهداء الكرامة.');
    expect(find(r, 'معبر بيت أبو حسن')?.type).toBe('PLACE');
    expect(find(r, 'مستشفى شهداء الكرامة')?.type).toBe('PLACE');
  });
  it('a facility head after a quantifier is a common noun («آخر مستشفى يعمل»)', () => {
    const r = ar('وقالت المنظمة إن آخر مستشفى يعمل أغلق أبوابه.');
    expect(r.filter((e) => e.type === 'PLACE')).toEqual([]);
  });
  it('a facility named after a person keeps the name and its complement', () => {
    const r = ar('وتقام المباراة في ملعب الأمير فيصل بن فهد للرياضة غداً.');
    expect(find(r, 'ملعب الأمير فيصل بن فهد للرياضة')?.type).toBe('PLACE');
  });
});

describe('Arabic organisation names', () => {
  it('a person named inside an organisation, then its «ل» complement', () => {
    const r = ar('وأعلن مركز سلطان بن زايد للدراسات نتائج المسح.');
    expect(find(r, 'مركز سلطان بن زايد للدراسات')?.type).toBe('ORG');
    expect(r.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
  it('«رئاسة» + a person is no organisation name', () => {
    const r = ar('وتحت رئاسة حسين الطويل تغيرت الإدارة.');
    expect(r.filter((e) => e.type === 'ORG').map((e) => e.name)).toEqual([]);
  });
  it('a known place as complement and an indefinite place word in construct', () => {
    const r = ar('وارتفع المؤشر في بورصة طوكيو، وقالت حكومة إقليم البنجاب إن حكومة الإقليم ستدفع.');
    expect(find(r, 'بورصة طوكيو')?.type).toBe('ORG');
    const g = find(r, 'حكومة إقليم البنجاب');
    expect(g?.type).toBe('ORG');
    expect(g?.count).toBe(2);
    expect(names(r)).not.toContain('حكومة الإقليم');
  });
  it('«ل» complements with «و» (للعلوم والتقنية) but no purpose clause or beneficiaries', () => {
    const r = ar('ووقعت الجامعة الوطنية للعلوم والتقنية اتفاقاً. واجتمع مجلس الأمن لمناقشة الأزمة، ووجهت وزارة الصحة للمواطنين نداء.');
    expect(find(r, 'الجامعة الوطنية للعلوم والتقنية')?.type).toBe('ORG');
    expect(names(r).some((x) => x.includes('لمناقشة'))).toBe(false);
    expect(names(r).some((x) => x.includes('للمواطنين'))).toBe(false);
  });
});
