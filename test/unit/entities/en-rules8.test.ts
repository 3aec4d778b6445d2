// Issue 5, eighth pass: one small sentence per new Latin-script rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const typed = (text: string) => analyzeEntities({ title: '', text, lang: 'en' }).map((e) => `${e.type}:${e.name}`);

describe('English, eighth pass: connectors inside organisation names', () => {
  it('«X and Y Commission»: «and» joins capitalised words that end in an organisation word', () => {
    const n = typed('The Northland Fisheries and Wildlife Commission fined the firm on Tuesday.');
    expect(n).toContain('ORG:Northland Fisheries and Wildlife Commission');
    expect(n.some((x) => x === 'ORG:Wildlife Commission')).toBe(false);
  });
  it('«Bank of the …»: «of the» + a capitalised word stays inside a name with an organisation word', () => {
    const n = typed('The Reserve Bank of the Pacific Federation raised its rate again.');
    expect(n).toContain('ORG:Reserve Bank of the Pacific Federation');
    expect(n).not.toContain('ORG:Reserve Bank');
  });
  it('«and» between two separate names is still a boundary', () => {
    const n = typed('Talks between Maria Olsen and Peter Grant ended on Friday.');
    expect(n).toContain('PERSON:Maria Olsen');
    expect(n).toContain('PERSON:Peter Grant');
  });
});
