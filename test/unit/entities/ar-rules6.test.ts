// Issue 5, sixth pass: one small Arabic sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';
import { worldRegionNames } from '../../../lib/entities/gazetteer';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const names = (text: string) => ar(text).map((e) => e.name);
const typed = (text: string) => ar(text).map((e) => `${e.type}:${e.name}`);

describe('Arabic, sixth pass', () => {
  it('a company after «شركة» with a quoted name is the quoted name, and a quoted name right after it is a second company', () => {
    const n = typed('وفازت شركة «نوفاتك للهندسة» و«بريمو ستيل» الإيطالية بعقد بناء الجسر.');
    expect(n).toContain('ORG:نوفاتك للهندسة');
    expect(n).toContain('ORG:بريمو ستيل');
    expect(n.some((x) => x.includes('شركة'))).toBe(false);
    expect(names('ووقعت الوزارة عقداً مع مجموعة «تيراكو» لتوريد المعدات.')).toContain('تيراكو');
    const m = typed('ومنحت البلدية العقد لشركة «مارفيلا» و«سيتو بناء» معاً.');
    expect(m).toContain('ORG:مارفيلا');
    expect(m).toContain('ORG:سيتو بناء');
  });
  it('a media head with a quoted name keeps its head («وكالة «X»» is unchanged)', () => {
    expect(names('ونقلت وكالة «الأناضول» عن مصدر قوله إن المحادثات مستمرة.')).toContain('وكالة الأناضول');
  });
  it('after two name words, ب/ل/ك + a noun with ة ends the name', () => {
    const n = names('وسجل اللاعب كريم بنعلي برأسية في الدقيقة العاشرة، وقال المدرب يورغن شتاين بصراحة إن الفريق تعب.');
    expect(n).toContain('كريم بنعلي');
    expect(n).toContain('يورغن شتاين');
    expect(n.some((x) => /برأسية|بصراحة/.test(x))).toBe(false);
  });
  it('feminine and profession role words come before a name, not in it', () => {
    expect(names('وقالت مديرة المتحف ليلى الشامي إن القاعات ستفتح قريباً.')).toContain('ليلى الشامي');
    const n = names('وقالت منتجة الفيلم سلمى بنيس إن التصوير انتهى.');
    expect(n).toContain('سلمى بنيس');
    expect(n.some((x) => x.startsWith('منتجة'))).toBe(false);
    const m = names('وقال أستاذ الجيولوجيا كمال بوزيد إن الزلزال متوقع.');
    expect(m).toContain('كمال بوزيد');
    expect(m.some((x) => x.startsWith('أستاذ'))).toBe(false);
  });
  it('a known place or organisation right after a role is its complement, not part of the name', () => {
    const n = typed('وقالت ممثلة يونيسف كاترين مولر إن الأطفال بحاجة إلى المساعدة.');
    expect(n).toContain('PERSON:كاترين مولر');
    expect(n.some((x) => x.includes('يونيسف كاترين'))).toBe(false);
    expect(typed('وقال سفير اليابان هيرو تاناكا إن المشروع سيكتمل.')).toContain('PERSON:هيرو تاناكا');
  });
  it('a facility named after «الملك عبد الله» or «آل …» keeps the whole name and its kind adjective («الدولي»)', () => {
    expect(typed('وتقام المباراة على ملعب الملك عبد الله الدولي مساء الجمعة.')).toContain('PLACE:ملعب الملك عبد الله الدولي');
    expect(typed('وهبطت الطائرة في مطار آل نهيان الدولي بعد رحلة طويلة.')).toContain('PLACE:مطار آل نهيان الدولي');
    expect(typed('ووصل الوفد إلى مطار الملك خالد الدولي صباحاً.')).toContain('PLACE:مطار الملك خالد الدولي');
  });
  it('districts of Lebanon, Syria, Iraq and Jordan, Somali member states and Arab rivers are places (data: places)', () => {
    const n = typed('وصلت القافلة إلى جرابلس ثم إلى حاصبيا، فيما نزح السكان من تلعفر نحو الشوبك وبونتلاند على ضفاف الليطاني.');
    for (const p of ['جرابلس', 'حاصبيا', 'تلعفر', 'الشوبك', 'بونتلاند', 'الليطاني']) expect(n).toContain(`PLACE:${p}`);
  });
  it('a district that is an everyday word is a place only after a place preposition («الباب»)', () => {
    expect(typed('وفتح الاتفاق الباب أمام مفاوضات جديدة.').some((x) => x.includes('الباب'))).toBe(false);
    expect(typed('وسقطت قذائف في الباب صباح اليوم.')).toContain('PLACE:الباب');
  });
  it('a word starting with «أل» (hamza) is not definite: «شركة «ألفانو» الإيطالية» is the company «ألفانو»', () => {
    const n = names('وفازت شركة «ألفانو» الإيطالية بعقد توريد القطارات.');
    expect(n).toContain('ألفانو');
    expect(n).not.toContain('شركة ألفانو');
  });
  it('a place, stop or verb word right after a place name is not part of it («… بسبب», «… اشتكوا»)', () => {
    const n = typed('وتظاهر سكان حي الرمانة بسبب انقطاع الكهرباء، بينما التجار في وادي موسى اشتكوا من الركود.');
    expect(n).toContain('PLACE:الرمانة');
    expect(n).toContain('PLACE:وادي موسى');
    expect(n.some((x) => /بسبب|اشتكوا/.test(x))).toBe(false);
  });
  it('a given name as written is not read as ف + a facility head or a place («فراس» is not «ف + رأس»)', () => {
    const n = typed('وبعد عرقلة فراس الشمري داخل المنطقة احتسب الحكم ركلة جزاء.');
    expect(n).toContain('PERSON:فراس الشمري');
    expect(n.some((x) => x.startsWith('PLACE:راس'))).toBe(false);
  });
  it('a facility named by a known place keeps the place as its own entity («مطار عمان الدولي» / «عمان»)', () => {
    const n = typed('وأعلنت عمان افتتاح صالة جديدة في مطار عمان الدولي، وقالت الحكومة إن عمان تستقبل ملايين الزوار.');
    expect(n).toContain('PLACE:مطار عمان الدولي');
    expect(n).toContain('PLACE:عمان');
  });
  it('a mission, chamber or embassy keeps «في» + the place it serves; other bodies end before «في»', () => {
    expect(names('وأعلنت بعثة الاتحاد الأوروبي في تونس عن منحة جديدة.')).toContain('بعثة الاتحاد الأوروبي في تونس');
    const n = typed('وقالت وزارة الصحة في لبنان إن الحصيلة ارتفعت.');
    expect(n).toContain('ORG:وزارة الصحة');
    expect(n).toContain('PLACE:لبنان');
  });
  it('a known Arabic organisation name + a nationality adjective is its national branch («الهلال الأحمر الليبي»)', () => {
    expect(names('ووزع الهلال الأحمر التونسي مساعدات على الأسر.')).toContain('الهلال الأحمر التونسي');
  });
  it('ب/ل + a definite word or a تفعيل verbal noun after a speech verb is its object, not a name («طالبت بتعويض عادل»)', () => {
    const n = [...names('وقد طالبت بتعويض عادل لأصحاب الأراضي المتضررة.'), ...names('وطالب بالتحقيق الفوري في الحادث.')];
    expect(n.some((x) => /تعويض|التحقيق/.test(x))).toBe(false);
    expect(names('وقال بلال الخطيب إن المشروع تأخر.')).toContain('بلال الخطيب');
  });
  it('UN M49 world regions named by the runtime are places («شرق آسيا», «غرب أفريقيا»), a compass word + a city is not', () => {
    expect(worldRegionNames('ar')).toContain('شرق آسيا');
    expect(worldRegionNames('en')).toContain('Latin America');
    const n = typed('وارتفعت صادرات غرب أفريقيا إلى شرق آسيا، فيما شهد شرق المدينة احتجاجات.');
    expect(n).toContain('PLACE:غرب أفريقيا');
    expect(n).toContain('PLACE:شرق آسيا');
    expect(n.some((x) => x.includes('المدينة'))).toBe(false);
  });
  it('«برئاسة الوزير X», «حكومة الرئيس X»: the person who leads a body is a person, while «جامعة الملك فيصل» stays a name', () => {
    const n = typed('وعقدت اللجنة اجتماعها برئاسة الوزير سامي الحلبي، بحضور ممثلين عن جامعة الملك سعود.');
    expect(n).toContain('PERSON:سامي الحلبي');
    expect(n).toContain('ORG:جامعة الملك سعود');
    expect(n.some((x) => x.includes('رئاسة'))).toBe(false);
  });
});
