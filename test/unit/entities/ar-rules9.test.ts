// Issue 5, round 9 (Arabic): one small sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const typed = (text: string) => ar(text).map((e) => `${e.type}:${e.name}`);

describe('Arabic, round 9', () => {
  it('a state word before a country is part of the place name (سلطنة/مملكة/جمهورية + country)', () => {
    const n = typed('وارتفعت الصادرات إلى سلطنة عُمان والكويت هذا العام، وقال مسؤول إن عمان شريك مهم.');
    expect(n).toContain('PLACE:سلطنة عمان');
    expect(n).not.toContain('PLACE:عمان');
    expect(typed('وقالت جمهورية مصر إن الاتفاق مهم.')).toContain('PLACE:جمهورية مصر');
  });
  it('a ministry named by a list of portfolios keeps every coordinated portfolio and its nationality adjective', () => {
    expect(typed('وقالت وزارة الثقافة والسياحة والآثار إن المعرض يفتح غداً.')).toContain('ORG:وزارة الثقافة والسياحة والآثار');
    expect(typed('وأعلنت وزارة الصحة والسكان المصرية حملة جديدة.')).toContain('ORG:وزارة الصحة والسكان المصرية');
    expect(typed('ووقعت وزارة التجارة والصناعة وترويج الاستثمار اتفاقاً.')).toContain('ORG:وزارة التجارة والصناعة وترويج الاستثمار');
    expect(typed('وردت وزارة الكهرباء والماء والطاقة المتجددة في بيان.')).toContain('ORG:وزارة الكهرباء والماء والطاقة المتجددة');
    // a new clause after «و» is not a portfolio
    expect(typed('وأعلنت وزارة الصحة وصول اللقاحات إلى المدينة.')).toContain('ORG:وزارة الصحة');
  });
  it('a name ending in a known place does not run on into a second body after «و»', () => {
    expect(typed('وتعاونت جامعة القاهرة والمكتبة البريطانية في المشروع.')).toContain('ORG:جامعة القاهرة');
  });
  it('a court or authority is named after its seat with «ب» + a known place', () => {
    expect(typed('وقضت محكمة الاستئناف بتونس بسجن الصحفي.')).toContain('ORG:محكمة الاستئناف بتونس');
    expect(typed('وأحالت المحكمة الابتدائية بتونس الملف إلى النيابة.')).toContain('ORG:المحكمة الابتدائية بتونس');
    expect(typed('وأصدرت هيئة الصحة بدبي تعميماً.')).toContain('ORG:هيئة الصحة بدبي');
    // a ministry is not named after its seat that way
    expect(typed('وقالت وزارة الصحة بليبيا إن الوضع مستقر.')).toContain('ORG:وزارة الصحة');
  });
  it('a «ل» complement with a name-forming noun continues a name after a generic adjective', () => {
    expect(typed('وقالت المؤسسة العامة لتوليد الكهرباء إن الأعطال أصلحت.')).toContain('ORG:المؤسسة العامة لتوليد الكهرباء');
  });
});

describe('Arabic, round 9: «لل» + a sector noun', () => {
  it('a body with a nationality adjective is named by a «لل» sector noun and its adjectives', () => {
    expect(typed('وموّلت الوكالة الفرنسية للتنمية المشروع.')).toContain('ORG:الوكالة الفرنسية للتنمية');
    expect(typed('ووقعت الشركة الجزائرية للطاقة العقد.')).toContain('ORG:الشركة الجزائرية للطاقة');
    expect(typed('وموّلت الوكالة الأمريكية للتنمية الدولية المشروع.')).toContain('ORG:الوكالة الأمريكية للتنمية الدولية');
    expect(typed('ووقع الصندوق الكويتي للتنمية الاقتصادية العربية القرض.')).toContain('ORG:الصندوق الكويتي للتنمية الاقتصادية العربية');
    expect(typed('وقالت هيئة دبي للطيران المدني إن الرحلات عادت.')).toContain('ORG:هيئة دبي للطيران المدني');
    // an ordinary purpose after a nationality adjective is not part of the name
    expect(typed('وانسحبت القوات التركية للقاعدة.').some((x) => x.includes('للقاعدة'))).toBe(false);
  });
  it('a profession after «لل» names the body that represents it (not whom it serves)', () => {
    expect(typed('وقالت النقابة الوطنية للصحفيين التونسيين إن الحكم قاس.')).toContain('ORG:النقابة الوطنية للصحفيين التونسيين');
    expect(typed('وقدمت الحكومة الليبية مساعدات للمواطنين.').some((x) => x.includes('للمواطنين'))).toBe(false);
  });
  it('«و» + another organisation head starts a second body; «و» + a sector word with its adjective continues', () => {
    const n = typed('ومول الصندوق السعودي للتنمية والبنك الأفريقي للتنمية الخط.');
    expect(n).toContain('ORG:الصندوق السعودي للتنمية');
    expect(n).toContain('ORG:البنك الأفريقي للتنمية');
    expect(typed('وقال الاتحاد التونسي للفلاحة والصيد البحري إن الموسم جيد.')).toContain('ORG:الاتحاد التونسي للفلاحة والصيد البحري');
  });
  it('an anaphoric «الوزارة» + «لل» is not a name', () => {
    expect(typed('وقالت الوزارة للسياحة إن الموسم جيد.').some((x) => x.startsWith('ORG:الوزارة'))).toBe(false);
  });
});
