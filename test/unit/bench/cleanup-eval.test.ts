// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bagRecall, snippetTruthTokens } from '../../../scripts/lib/cleanup-eval';
import { unicodeTokens } from '../../../scripts/lib/score';

const bag = (text: string) => {
  const m = new Map<string, number>();
  for (const t of unicodeTokens(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};

describe('snippetTruthTokens (snippets cut mid-word at their edges)', () => {
  const visible = unicodeTokens('Der Schwerpunkt liegt auf den Angaben der Behörde.');

  it('completes a cut first token by suffix and a cut last token by prefix', () => {
    expect(snippetTruthTokens(['werpunkt liegt auf den Anga'], visible)).toEqual(['schwerpunkt', 'liegt', 'auf', 'den', 'angaben']);
  });

  it('leaves whole tokens and inner tokens alone; an inner cut word still counts as missing', () => {
    const tokens = snippetTruthTokens(['Schwerpunkt lieg auf'], visible);
    expect(tokens).toEqual(['schwerpunkt', 'lieg', 'auf']);
    const m = new Map<string, number>();
    for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
    expect(bagRecall(m, bag(visible.join(' '))).recall).toBeCloseTo(2 / 3);
  });

  it('a fragment found in no visible word stays as it is (missing)', () => {
    expect(snippetTruthTokens(['xyzq liegt'], visible)).toEqual(['xyzq', 'liegt']);
  });

  it('completes the edges where the snippet stands in the text, not from an earlier word with the same start or end', () => {
    const page = unicodeTokens('Teaser: Der Spruch hat mich lange verfolgt. Artikel: Wir hätten es lieber anders, aber das Verfahren dauert. Das Supertalent mit hartem Schicksal. Dem Amt umgesetzt.');
    expect(snippetTruthTokens(['aber das Ver'], page)).toEqual(['aber', 'das', 'verfahren']);
    expect(snippetTruthTokens(['em Amt umgesetzt'], page)).toEqual(['dem', 'amt', 'umgesetzt']);
  });

  it('locates each edge by its neighbours when the whole snippet is not in the text', () => {
    const page = unicodeTokens('Die Anwendung ist fertig und läuft. Dann geht es um die Verteilung der Mittel.');
    expect(snippetTruthTokens(['wendung ist fertig xyzq geht es um die Vert'], page)).toEqual(['anwendung', 'ist', 'fertig', 'xyzq', 'geht', 'es', 'um', 'die', 'verteilung']);
  });
});
