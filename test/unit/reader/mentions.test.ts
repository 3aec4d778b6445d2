// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { clearMentions, findMentionRanges, highlightMentions } from '../../../lib/reader/mentions';

const spans = (text: string, names: string[]) => findMentionRanges(text, names).map(([a, b]) => text.slice(a, b));

describe('entity mentions', () => {
  it('Arabic: normalised letters (إ/أ, ة/ه), diacritics ignored', () => {
    expect(spans('قال إردوغان إن أردوغانَ لم يقل', ['أردوغان'])).toEqual(['إردوغان', 'أردوغانَ']);
    expect(spans('حكومه الوفاق و حكومة الوفاق', ['حكومة الوفاق'])).toEqual(['حكومه الوفاق', 'حكومة الوفاق']);
  });
  it('Arabic: attached proclitics stay outside the highlight; «لل» read as «ال»', () => {
    expect(spans('وحكومة الوفاق ولتركيا', ['حكومة الوفاق', 'تركيا'])).toEqual(['حكومة الوفاق', 'تركيا']);
    expect(spans('الدعم للوفاق', ['الوفاق'])).toEqual(['لوفاق']);
  });
  it('whole tokens only: a name inside a longer word is not a mention', () => {
    expect(spans('التركيات', ['تركيا'])).toEqual([]);
    expect(spans('Rutoville and Ruto', ['Ruto'])).toEqual(['Ruto']);
  });
  it('Latin: case and accents folded; longest variant wins', () => {
    expect(spans('President william ruto met Ruto’s team; José and JOSE', ['William Ruto', 'Ruto', 'José'])).toEqual(['william ruto', 'Ruto', 'José', 'JOSE']);
  });
  it('highlight wraps marks in the DOM and clear restores the text exactly', () => {
    const doc = new JSDOM('<!doctype html><body><div id="a"><p>أكدت تركيا وحكومة الوفاق <b>الليبية</b> أن تركيا</p></div></body>').window.document;
    const root = doc.getElementById('a')!;
    const before = root.textContent;
    const marks = highlightMentions(root, { name: 'تركيا', variants: ['تركيا'] });
    expect(marks.map((m) => m.textContent)).toEqual(['تركيا', 'تركيا']);
    expect(root.textContent).toBe(before);
    const again = highlightMentions(root, { name: 'حكومة الوفاق', variants: [] });
    expect(again).toHaveLength(1);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
    clearMentions(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.textContent).toBe(before);
    expect(root.querySelector('p')!.childNodes[0].nodeValue).toBe('أكدت تركيا وحكومة الوفاق ');
  });
});
