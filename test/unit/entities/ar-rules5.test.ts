// Issue 5, fifth pass: one small Arabic sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const ar = (text: string, title = '') => analyzeEntities({ title, text, lang: 'ar' });
const names = (text: string) => ar(text).map((e) => e.name);

describe('Arabic, fifth pass', () => {
  it('a spelled acronym after «و» keeps its first letter («وسي بي إس» → «سي بي إس»)', () => {
    const n = names('وقّعت شبكتا إن بي سي وسي بي إس اتفاقاً للبث المشترك.');
    expect(n).toContain('سي بي إس');
    expect(n).not.toContain('بي إس');
  });
  it('«و» + a definite word that heads nothing continues an organisation name («مجلس التخطيط والتنمية»)', () => {
    expect(names('وأعلن مجلس التخطيط والتنمية عن خطة جديدة للإسكان.')).toContain('مجلس التخطيط والتنمية');
    expect(names('وطالبت الجمعية الوطنية لحماية المستهلك والبيئة بفرض رقابة على الأسعار.')).toContain('الجمعية الوطنية لحماية المستهلك والبيئة');
  });
  it('«و» + an organisation head or a known name starts a second organisation', () => {
    const n = names('ووقعت وزارة الصحة والبنك الدولي اتفاقاً لتمويل المستشفيات.');
    expect(n).toContain('وزارة الصحة');
    expect(n).toContain('البنك الدولي');
    expect(n.some((x) => x.includes('الصحة والبنك'))).toBe(false);
  });
});
