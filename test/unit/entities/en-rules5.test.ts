// Issue 5, fifth pass: one small English sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const en = (text: string, title = '') => analyzeEntities({ title, text, lang: 'en' });
const names = (text: string) => en(text).map((e) => e.name);

describe('English, fifth pass', () => {
  it('«and» inside an organisation name after «for»/«of» («Institute for Energy and Environmental Research»)', () => {
    const r = en('A report by the Institute for Energy and Environmental Research said emissions had risen.');
    expect(r.find((e) => e.name === 'Institute for Energy and Environmental Research')?.type).toBe('ORG');
    expect(names('Officials at the Department of Trade and Industry declined to comment.')).toContain('Department of Trade and Industry');
  });
  it('«and» before a longer name still separates two organisations', () => {
    const n = names('The Ministry of Finance and Kenya Revenue Authority signed the agreement on Monday.');
    expect(n).toContain('Ministry of Finance');
    expect(n).toContain('Kenya Revenue Authority');
  });
  it('a hyphenated title before a name is no part of it («Director-General»)', () => {
    const r = en('UNESCO Director-General Audrey Azoulay said the site would be restored.');
    expect(r.find((e) => e.name === 'Audrey Azoulay')?.type).toBe('PERSON');
    expect(r.some((e) => e.name.includes('Director'))).toBe(false);
  });
});
