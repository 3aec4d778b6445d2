// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cloneForExtraction } from '../../../lib/extract/clone';
import { extractArticle } from '../../../lib/extract';
import { blockText } from '../../../lib/extract/text';
import { visibleText } from '../../../lib/visible-text';

/** Ten thousand levels: what a fresh-user tester fed the CLI. */
const LEVELS = 10000;
const SENTENCE = 'The council approved the new budget on Tuesday after a long debate about schools, roads and the library. ';

/** A page whose article sits under `levels` nested <div>s, built with DOM calls top-down (jsdom's parser gives up near this depth). */
function deepDivs(levels: number): Document {
  const doc = new JSDOM('<!doctype html><html lang="en"><head><title>Council approves budget</title></head><body></body></html>', { url: 'https://news.test/a' }).window.document;
  let at: Element = doc.body;
  for (let i = 0; i < levels; i++) { const d = doc.createElement('div'); at.appendChild(d); at = d; }
  const art = doc.createElement('div');
  at.appendChild(art);
  const h1 = doc.createElement('h1'); h1.textContent = 'Council approves budget'; art.appendChild(h1);
  for (let i = 0; i < 6; i++) { const p = doc.createElement('p'); p.textContent = `${i + 1}. ${SENTENCE.repeat(4)}`; art.appendChild(p); }
  return doc;
}

/** An ordinary article with one paragraph holding `levels` nested <b>s. */
function deepBold(levels: number): Document {
  const ps = Array.from({ length: 6 }, (_, i) => `<p>${i + 1}. ${SENTENCE.repeat(4)}</p>`);
  const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>${ps.slice(0, 3).join('')}<p id="deep">Bold part: </p>${ps.slice(3).join('')}</article></body></html>`, { url: 'https://news.test/b' }).window.document;
  let at: Element = doc.getElementById('deep')!;
  for (let i = 0; i < levels; i++) { const b = doc.createElement('b'); at.appendChild(b); at = b; }
  at.appendChild(doc.createTextNode('deep bold words here'));
  return doc;
}

describe(`pages nested ${LEVELS} levels deep never overflow the stack`, () => {
  // Building them is slow in jsdom (every insertion walks its ancestors): once each.
  const docs: Record<'divs' | 'bold', Document> = {} as never;
  beforeAll(() => { docs.divs = deepDivs(LEVELS); docs.bold = deepBold(LEVELS); }, 600000);

  it('the extraction copy keeps the whole depth', () => {
    const doc = docs.divs;
    const { clone, map } = cloneForExtraction(doc);
    let depth = 0;
    let e: Element | null = clone.body;
    while (e?.firstElementChild) { e = e.firstElementChild; depth++; }
    expect(depth).toBe(LEVELS + 2); // the divs, the article div, its h1
    expect(map.live(e!)).toBe(doc.querySelector('h1'));
    expect(blockText(clone.body)).toContain('6. The council');
  }, 600000);

  it('blockText of nested inline elements', () => {
    const doc = docs.bold;
    expect(blockText(doc.getElementById('deep')!)).toBe('Bold part: deep bold words here');
  });

  it('visibleText of both pages', () => {
    expect(visibleText(docs.divs, null)).toContain('6. The council');
    expect(visibleText(docs.bold, null)).toContain('Bold part: deep bold words here');
  });

  for (const name of ['divs', 'bold'] as const) {
    it(`extraction runs on ${LEVELS} nested ${name}: an article, or article null with a plain message`, () => {
      const doc = docs[name];
      const ex = extractArticle(doc, { url: doc.URL });
      if (ex.article) {
        expect(ex.article.title).toBe('Council approves budget');
        expect(ex.article.text).toContain('6. The council');
      } else {
        expect(ex.message).toMatch(/too deeply nested/);
        expect(ex.reason).toBe('too-deep');
      }
    }, 600000);
  }
});
