// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { HIGHLIGHT_CLASS, anchorQuote, offsetOf, paintHighlights, quoteFromRange, textOf, unwrapHighlights, wrapRange } from '../../../lib/reader/highlights';

function article(html: string): HTMLElement {
  const el = document.createElement('div');
  // Test input written here, parsed by the test's own DOM.
  el.append(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
  document.body.replaceChildren(el);
  return el;
}
const marksOf = (root: Element) => Array.from(root.querySelectorAll<HTMLElement>(`mark.${HIGHLIGHT_CLASS}`));

describe('quote anchoring', () => {
  it('a selection across elements gives its text and context; white space at the ends is trimmed', () => {
    const root = article('<p>التقى <b>الوفد</b> التركي</p>\n<p>في طرابلس أمس</p>');
    const r = document.createRange();
    r.setStart(root.querySelector('b')!.firstChild!, 2);
    r.setEnd(root.querySelectorAll('p')[1].firstChild!, 2);
    const q = quoteFromRange(root, r, 4)!;
    expect(q.exact).toBe('وفد التركي\nفي');
    expect(q.prefix).toBe('ى ال');
    expect(q.suffix).toBe(' طرا');
    // Element boundary points count the text before them.
    expect(offsetOf(root, root, 1)).toBe(textOf(root.firstChild!).length);
    expect(offsetOf(root, document.createElement('p'), 0)).toBe(-1);
  });
  it('collapsed, white-space-only or outside ranges give null', () => {
    const root = article('<p>one</p> <p>two</p>');
    const r = document.createRange();
    r.setStart(root.firstChild!.firstChild!, 1);
    r.setEnd(root.firstChild!.firstChild!, 1);
    expect(quoteFromRange(root, r)).toBeNull();
    r.setStart(root.childNodes[1], 0);
    r.setEnd(root.childNodes[1], 1);
    expect(quoteFromRange(root, r)).toBeNull();
    const other = document.createElement('p');
    other.textContent = 'x';
    r.setStart(other.firstChild!, 0);
    r.setEnd(other.firstChild!, 1);
    expect(quoteFromRange(root, r)).toBeNull();
  });
  it('a repeated phrase is found at the occurrence its context matches', () => {
    const text = 'قال الوزير إن الحكومة. ثم قال الوزير إن المجلس.';
    const second = text.lastIndexOf('قال الوزير');
    expect(anchorQuote(text, { exact: 'قال الوزير', prefix: 'ثم ', suffix: ' إن المجلس' })).toEqual([second, second + 10]);
    expect(anchorQuote(text, { exact: 'قال الوزير', prefix: '', suffix: ' إن الحكومة' })).toEqual([0, 10]);
    expect(anchorQuote(text, { exact: 'غير موجود', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('painting highlights', () => {
  it('wraps across elements (one mark per text node), keeps the text, and unwraps back to the same DOM', () => {
    const root = article('<p>President <a href="#">Ruto</a> met Erdoğan.</p><ul>\n<li>first</li>\n<li>second</li></ul>');
    const before = root.cloneNode(true) as HTMLElement;
    const text = textOf(root);
    const start = text.indexOf('Ruto');
    const end = text.indexOf('first') + 5;
    const marks = wrapRange(root, start, end, 'h1');
    expect(marks.map((m) => m.textContent)).toEqual(['Ruto', ' met Erdoğan.', 'first']);
    expect(marks.every((m) => m.dataset.highlightId === 'h1')).toBe(true);
    expect(root.querySelector('a > mark')).not.toBeNull();
    expect(textOf(root)).toBe(text);
    unwrapHighlights(root, 'h1');
    expect(marksOf(root)).toHaveLength(0);
    expect(root.isEqualNode(before)).toBe(true);
  });
  it('paints stored highlights again in fresh markup (reopen), reports the ones no longer found, removes one by id', () => {
    const html = '<p>التقى الوفد التركي رئيس المجلس.</p><p>وقال الوفد التركي إن الزيارة مهمة.</p>';
    let root = article(html);
    const r = document.createRange();
    const p2 = root.querySelectorAll('p')[1].firstChild!;
    r.setStart(p2, 5);
    r.setEnd(p2, 17);
    const q = quoteFromRange(root, r)!;
    expect(q.exact).toBe('الوفد التركي');
    // Reopen: new DOM from the same HTML.
    root = article(html);
    const res = paintHighlights(root, [{ id: 'a', ...q }, { id: 'b', exact: 'نص آخر', prefix: '', suffix: '' }, { id: 'c', exact: 'التقى', prefix: '', suffix: ' الوفد' }]);
    expect(res.missing).toEqual(['b']);
    // The second paragraph's «الوفد التركي», not the first's.
    expect(res.marks.get('a')![0].closest('p')).toBe(root.querySelectorAll('p')[1]);
    expect(res.marks.get('c')!.map((m) => m.textContent)).toEqual(['التقى']);
    unwrapHighlights(root, 'a');
    expect(marksOf(root).map((m) => m.dataset.highlightId)).toEqual(['c']);
    unwrapHighlights(root);
    expect(marksOf(root)).toHaveLength(0);
  });
});
