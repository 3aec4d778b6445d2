// Issue 5, fourth pass: one small English sentence per new rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const en = (text: string, title = '') => analyzeEntities({ title, text, lang: 'en' });
const typeOf = (text: string, name: string) => en(text).find((e) => e.name === name)?.type;

describe('English, fourth pass', () => {
  it('a compass word first makes a region, not a person or organisation', () => {
    expect(typeOf('Floods hit villages in the province of West Sumatra on Monday, officials said.', 'West Sumatra')).toBe('PLACE');
    expect(typeOf('Farmers across East Africa face a third failed rainy season.', 'East Africa')).toBe('PLACE');
  });
  it('region words last make a place («Uttar Pradesh», «Kharkiv Oblast»)', () => {
    expect(typeOf('Voters in Uttar Pradesh went to the polls on Friday.', 'Uttar Pradesh')).toBe('PLACE');
  });
  it('a plural name after «the» is a team, not a person', () => {
    const r = en('Fans cheered as the Wallabies beat the visitors at the stadium on Saturday.');
    expect(r.find((e) => e.name === 'Wallabies')?.type).toBe('ORG');
  });
  it('a plural region in the gazetteer stays a place («the Andes»)', () => {
    expect(typeOf('Heavy snow closed passes across the Andes on Sunday.', 'Andes')).toBe('PLACE');
  });
  it('sports positions are titles, not part of the name («Winger Tom Vale»)', () => {
    const r = en('Winger Tom Vale scored twice before half-time.');
    expect(r.map((e) => e.name)).toContain('Tom Vale');
  });
  it('an industry word last makes a company («Ganfeng Lithium», «Zijin Mining»)', () => {
    const r = en('Ganfeng Lithium and Zijin Mining both reported higher output on Tuesday.');
    expect(r.find((e) => e.name === 'Ganfeng Lithium')?.type).toBe('ORG');
    expect(r.find((e) => e.name === 'Zijin Mining')?.type).toBe('ORG');
  });
  it('stock exchanges are organisations («on the Nasdaq»)', () => {
    expect(typeOf('Shares of the company rose 4% on the Nasdaq in early trading.', 'Nasdaq')).toBe('ORG');
  });
});

describe('English, fourth pass: company cues and «on» in names', () => {
  it('a firm after «analysts at» is an organisation, not a place', () => {
    expect(typeOf('Analysts at Jefferies said the deal was cheap.', 'Jefferies')).toBe('ORG');
  });
  it('a name with inner capitals after a place preposition is a company («from DeepMind»)', () => {
    expect(typeOf('The lab licensed the model from DeepMind last year.', 'DeepMind')).toBe('ORG');
  });
  it('a town after «in» stays a place', () => {
    expect(typeOf('Protesters gathered in Tamworth on Sunday.', 'Tamworth')).toBe('PLACE');
  });
  it('«on» + a capitalised word continues an organisation name, not a weekday', () => {
    const r = en('The Commission on Population Growth published a report. The High Court on Monday rejected the appeal.');
    expect(r.map((e) => e.name)).toContain('Commission on Population Growth');
    expect(r.map((e) => e.name)).toContain('High Court');
  });
});
