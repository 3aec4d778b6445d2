// Issue 5, fourth pass: one small Arabic sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const typeOf = (text: string, name: string) => ar(text).find((e) => e.name === name)?.type;
const names = (text: string) => ar(text).map((e) => e.name);

describe('Arabic, fourth pass: where a name ends', () => {
  it('a facility name ends before a word with an attached preposition («مطار القصيم بدعم»)', () => {
    const n = names('وافتتحت الهيئة صالة جديدة في مطار القصيم بدعم من القطاع الخاص.');
    expect(n).toContain('مطار القصيم');
    expect(n.some((x) => x.includes('بدعم'))).toBe(false);
  });
  it('a street named after a person keeps the surname with «ب» («شارع الحبيب بورقيبة»)', () => {
    expect(names('تجمع المحتجون في شارع الحبيب بورقيبة وسط العاصمة.')).toContain('شارع الحبيب بورقيبة');
  });
  it('after two name words, preposition + masdar + definite word is not a third name word', () => {
    const n = names('وطالب المبعوث الأممي جوزيف كارلسون بوقف التصعيد فوراً.');
    expect(n).toContain('جوزيف كارلسون');
    expect(n.some((x) => x.includes('بوقف'))).toBe(false);
  });
  it('after an indefinite second name word, a definite word that is no nisba is not a family name', () => {
    const n = names('وسجل المهاجم الصربي دوشان ميلينكوفيتش الهدف الأول من ركلة جزاء في المباراة.');
    expect(n).toContain('دوشان ميلينكوفيتش');
    expect(n.some((x) => x.includes('الهدف'))).toBe(false);
  });
  it('a definite nisba after two name words is still the family name («محمد شياع السوداني»)', () => {
    expect(typeOf('وقال رئيس الحكومة محمد كاظم الزبيدي إن الموازنة جاهزة.', 'محمد كاظم الزبيدي')).toBe('PERSON');
  });
  it('a portfolio joined by «و» belongs to the role, not to the name («وزير الزراعة والري»)', () => {
    const n = names('وقال وزير الزراعة والري هشام الخطيب إن الموسم جيد.');
    expect(n).toContain('هشام الخطيب');
    expect(n.some((x) => x.includes('والري'))).toBe(false);
  });
  it('a name read as ك + ال after a company head is the company name («شركة كاليكس الهندية»)', () => {
    const r = ar('وقعت الوزارة عقداً مع شركة كاليكس الهندية لبناء المحطة.');
    expect(r.find((e) => e.name === 'كاليكس')?.type).toBe('ORG');
    expect(r.some((e) => e.name.includes('الهندية'))).toBe(false);
  });
  it('a transliterated name starting with «ف» continues a foreign name («فلاهوفيتش»)', () => {
    expect(names('وقال المدرب إن دوشان فلاهوفيتش سيغيب عن المباراة.')).toContain('دوشان فلاهوفيتش');
  });
});

describe('Arabic, fourth pass: clubs and Maghreb places', () => {
  it('in a sports report a club named by a bare definite word is the club («حقق الزمالك فوزاً»)', () => {
    const r = ar('حقق الزمالك فوزاً مهماً على الفيصلي بهدفين في مباراة الدوري، وسجل اللاعب الهدف الثاني للزمالك في الدقيقة 80.');
    expect(r.find((e) => e.name === 'الزمالك')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'الزمالك')?.count).toBe(2);
    expect(r.find((e) => e.name === 'الفيصلي')?.type).toBe('ORG');
  });
  it('the same words outside a sports report are not clubs, and a federation keeps its full name', () => {
    expect(names('رصد الفلكيون الهلال مساء الخميس إيذاناً ببدء الشهر.')).not.toContain('الهلال');
    const r = ar('وأعلن الاتحاد الأفريقي لكرة القدم موعد المباراة النهائية، بعد فوز الفريق بهدفين في الدوري.');
    expect(r.map((e) => e.name)).toContain('الاتحاد الأفريقي لكرة القدم');
    expect(r.map((e) => e.name)).not.toContain('الاتحاد');
  });
  it('Algerian wilayas, Moroccan provinces and Mauritanian towns are places (general lists)', () => {
    const r = ar('زار الوفد ولايتي أم البواقي وغليزان، ثم إقليمي شيشاوة وزاكورة، قبل أن يصل إلى انواكشوط.');
    for (const p of ['أم البواقي', 'غليزان', 'شيشاوة', 'زاكورة', 'انواكشوط']) expect(r.find((e) => e.name === p)?.type).toBe('PLACE');
  });
  it('a Maghreb place that is also an everyday word needs a place cue («في إطار» is no town)', () => {
    expect(names('وقال الوزير إن الزيارة تأتي في إطار التعاون بين البلدين، وإن البيض متوفر في الأسواق.')).toEqual([]);
  });
});

describe('Arabic, fourth pass: organisation heads and roles', () => {
  it('a preposition + organisation head after a role starts the organisation, not a name', () => {
    const n = names('وقال الرئيس التنفيذي لمجموعة نوفاتيك القابضة إن الأرباح ارتفعت.');
    expect(n.some((x) => x.startsWith('لمجموعة'))).toBe(false);
  });
  it('a portfolio «و» + noun in construct stays with the role («وزير الثقافة وشؤون الشباب»)', () => {
    const n = names('وقال وزير الثقافة وشؤون الشباب نبيل الحمادي إن المهرجان ناجح.');
    expect(n).toContain('نبيل الحمادي');
    expect(n.some((x) => x.includes('وشؤون'))).toBe(false);
  });
  it('an organisation name ends before a word read as ب + ال («منظمة اليونيسف بالمبادرة»)', () => {
    const n = names('وأشادت منظمة اليونيسف بالمبادرة الجديدة.');
    expect(n.some((x) => x.includes('بالمبادرة'))).toBe(false);
  });
  it('a derived present-tense verb is no company name («لشركة تتعاون»)', () => {
    expect(names('وقالت الوزارة إن السفينة تابعة لشركة تتعاون مع الموانئ.')).toEqual([]);
  });
  it('«العاصمة» or a compass word continues a known place («تونس العاصمة»)', () => {
    expect(typeOf('وتظاهر المئات في تونس العاصمة مساء السبت.', 'تونس العاصمة')).toBe('PLACE');
  });
  it('an airline is «طيران» + a place; «طيران» + anything else is not a name', () => {
    const r = ar('وأعلنت طيران الكويت رحلات جديدة، فيما شن طيران التحالف غارات ليلية.');
    expect(r.find((e) => e.name === 'طيران الكويت')?.type).toBe('ORG');
    expect(r.some((e) => e.name.includes('التحالف'))).toBe(false);
  });
  it('a channel or newspaper + a definite name word is the outlet; «قناة» + a known place is a canal', () => {
    const r = ar('وقالت صحيفة الوطن إن السفن عادت إلى قناة بنما، بحسب ما نقلته قناة الغد.');
    expect(r.find((e) => e.name === 'صحيفة الوطن')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'قناة الغد')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'قناة بنما')?.type).toBe('PLACE');
  });
  it('«خطوط»/«موانئ» make a name only with a name adjective', () => {
    const r = ar('وأعلنت الخطوط الجوية الكويتية رحلات إلى موانئ تركيا، فيما توترت خطوط التماس، ووقعت موانئ أبوظبي العالمية عقداً.');
    expect(r.find((e) => e.name === 'الخطوط الجوية الكويتية')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'موانئ أبوظبي العالمية')?.type).toBe('ORG');
    expect(r.some((e) => e.name === 'موانئ تركيا' || e.name.includes('التماس'))).toBe(false);
  });
  it('a second nationality adjective agrees in definiteness («الكويتية على» is no name)', () => {
    expect(names('تتنافس الخطوط الجوية الكويتية على الرحلات.')).toContain('الخطوط الجوية الكويتية');
  });
});
