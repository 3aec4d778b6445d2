// Issue 5, sixth pass: one small sentence per new Latin-script rule (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const typed = (text: string, lang: string) => analyzeEntities({ title: '', text, lang }).map((e) => `${e.type}:${e.name}`);

describe('Latin-script languages, sixth pass', () => {
  it('a sentence-initial descriptor (Rival, Substitute, Former …) is not part of the name after it', () => {
    const n = typed('Rival FlyNorth cut its fares on Monday. Substitute Marco Bellini scored in stoppage time. Former Mayor Jane Okafor attended.', 'en');
    expect(n).toContain('ORG:FlyNorth');
    expect(n).toContain('PERSON:Marco Bellini');
    expect(n).toContain('PERSON:Jane Okafor');
    expect(n.some((x) => /Rival|Substitute|Former/.test(x))).toBe(false);
  });
  it('French: a portfolio after «ministre du» is not glued to the minister’s name', () => {
    const n = typed('La ministre du Logement Claire Dufresne a présenté son plan. Le président de la République Paul Garnier a salué le texte.', 'fr');
    expect(n).toContain('PERSON:Claire Dufresne');
    expect(n).toContain('PERSON:Paul Garnier');
    expect(n.some((x) => /Logement|République/.test(x))).toBe(false);
  });
  it('Spanish and Italian: the same for «ministro de», «ministro del»', () => {
    expect(typed('El ministro de Hacienda Tomás Ibarra presentó el presupuesto.', 'es')).toContain('PERSON:Tomás Ibarra');
    expect(typed('Il ministro della Salute Marco Ferri ha parlato ieri.', 'it')).toContain('PERSON:Marco Ferri');
  });
  it('a two-word run after an office noun is kept whole (it may be the name itself)', () => {
    expect(typed('Le porte-parole de Marie Lenoir a démenti la rumeur.', 'fr')).toContain('PERSON:Marie Lenoir');
  });
  it('Hebrew and Japanese text with a few Latin words yields no Latin-run entities (better none than wrong)', () => {
    const he = 'שר האוצר נפגש עם נציגי הבנקים בירושלים. לפי דיווח של Bloomberg News, השיחות עסקו בריבית.';
    const ja = '財務大臣は大阪で記者会見を開いた。Financial Times によると、Sony Group の株価も上昇した。';
    expect(typed(he, 'he')).toEqual([]);
    expect(typed(ja, 'ja')).toEqual([]);
    // the same when the page declares English by mistake
    expect(typed(ja, 'en')).toEqual([]);
    expect(typed(he, '')).toEqual([]);
  });
  it('mostly-Latin text in another declared language is still read', () => {
    expect(typed('Le président Paul Garnier est arrivé à Lyon.', 'fr')).toContain('PERSON:Paul Garnier');
  });
  it('an unknown two-word name after «in» or a compass adjective is a place, not a person', () => {
    const n = typed('Farmers in Nkawkaw Kwahu lost their crops, and the storm moved across southern Mindoro.', 'en');
    expect(n).toContain('PLACE:Nkawkaw Kwahu');
    expect(n).toContain('PLACE:Mindoro');
    expect(typed('Rain fell in Sindh and Gilgit Baltistan all week.', 'en')).toContain('PLACE:Gilgit Baltistan');
  });
  it('a known given name keeps a run after «in» a person, and coordination alone makes no place', () => {
    expect(typed('The speech in John Mensah’s village drew crowds; aid went to Accra and Kofi Boateng praised it.', 'en')).toContain('PERSON:Kofi Boateng');
  });
  it('a comma list after a place continues with places («Oaxaca, Chiapas and Veracruz»)', () => {
    const n = typed('Voters in Lima, Cusco, Ayacucho and Puno queued for hours.', 'en');
    expect(n).toContain('PLACE:Ayacucho');
  });
  it('«Air» + a known place is an airline, while «Air» before another title stays a title', () => {
    const n = typed('Pilots at Air India walked out on Monday, and Air New Zealand cancelled flights to Delhi.', 'en');
    expect(n).toContain('ORG:Air India');
    expect(n).toContain('ORG:Air New Zealand');
    expect(n).not.toContain('PLACE:India');
    expect(typed('Air Marshal Ravi Kapoor visited the base.', 'en')).toContain('PERSON:Ravi Kapoor');
  });
});
