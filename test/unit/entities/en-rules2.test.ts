// Issue 5, second pass: one small English sentence per new rule (written for these tests).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';
import type { Entity } from '../../../lib/types';

const en = (text: string, title = '') => analyzeEntities({ title, text, lang: 'en' });
const names = (r: Entity[]) => r.map((e) => e.name);
const find = (r: Entity[], n: string) => r.find((e) => e.name === n);

describe('English runs, second pass', () => {
  it('"X-based" / "X-made": the name ends before the suffix', () => {
    const r = en('The Lagos-based group said its Boise-made chips sell well.');
    expect(find(r, 'Lagos')?.type).toBe('PLACE');
    expect(find(r, 'Boise')?.type).toBe('PLACE');
    expect(names(r).some((x) => /based|made/.test(x))).toBe(false);
  });
  it('initials keep their dot and do not start a sentence ("J.K. Moss", "U.S. Labor Department")', () => {
    const r = en('The analyst J.K. Moss said the U.S. Labor Department would publish data.');
    expect(find(r, 'J.K. Moss')?.type).toBe('PERSON');
    expect(names(r)).toContain('U.S. Labor Department');
    expect(names(r)).not.toContain('U.S');
  });
  it('a sentence-initial common word and a leading connector are not part of a name', () => {
    const r = en('Prices of copper rose. Shares of Glencore fell while shares of Rio Tinto rose.');
    expect(names(r)).not.toContain('of Glencore');
    expect(names(r)).not.toContain('Shares of Glencore');
    expect(names(r)).not.toContain('Shares');
  });
  it('events are no entities ("World Cup", "Europa League", "Websummit conference")', () => {
    const r = en('Before the World Cup and the Europa League, Ortiz spoke at the Websummit conference in Lisbon.');
    expect(names(r)).not.toEqual(expect.arrayContaining(['World Cup']));
    expect(names(r)).not.toContain('Europa League');
    expect(names(r)).not.toContain('Websummit');
    expect(find(r, 'Lisbon')?.type).toBe('PLACE');
  });
  it('a multi-word run with no person hint after "at the / across the" is a place', () => {
    const r = en('The migrants crossed near the border and waded across the Rio Bravo before dawn.');
    expect(find(r, 'Rio Bravo')?.type).toBe('PLACE');
  });
});
