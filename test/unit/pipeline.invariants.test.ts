// @vitest-environment node
/**
 * Invariants of the pipeline on small pages of our own (English, Arabic, French):
 * analysis never mutates the page; clean-up is exact to undo; the article's
 * text stays visible while the clutter goes; the debug trace names every hidden block.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzePage, runPipeline } from '../../lib/pipeline';
import { hideClutter } from '../../lib/clutter/apply';
import { explainClutter, detectClutterTrace } from '../../lib/clutter';
import { visibleText } from '../../lib/visible-text';
import { AR_PAGE, EN_PAGE, FR_PAGE, LIST_PAGE } from './extract/pages';

const PAGES: Array<[string, string, string[]]> = [
  ['English', EN_PAGE, ['Harbour dredging starts', 'Storm closes the coastal road', 'We use cookies', 'All rights reserved', 'Advertisement']],
  ['Arabic', AR_PAGE, ['انقطاع الكهرباء', 'ارتفاع أسعار الوقود', 'إعلان', 'جميع الحقوق محفوظة']],
  ['French', FR_PAGE, ['Transports : la nouvelle ligne', 'Publicité', 'Partager sur Facebook', 'Commentaires']],
];
const load = (html: string) => new JSDOM(html, { url: 'https://news.example.test/a.html' }).window.document;
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(PAGES)('%s page', (_name, html, clutter) => {
  it('analyzePage does not mutate; hide + restore is exact', () => {
    const doc = load(html);
    const before = doc.documentElement.outerHTML;
    const a = analyzePage(doc, { url: 'https://news.example.test/a.html' });
    expect(doc.documentElement.outerHTML).toBe(before);
    const c = hideClutter(doc, a.candidates);
    expect(c.count).toBe(a.candidates.length);
    c.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  it('article paragraphs stay visible, clutter goes', () => {
    const doc = load(html);
    const a = analyzePage(doc, { url: 'https://news.example.test/a.html' });
    expect(a.article).not.toBeNull();
    const c = hideClutter(doc, a.candidates);
    const vt = visibleText(doc);
    for (const p of a.article!.text.split('\n\n')) expect(vt.includes(ws(p)), p.slice(0, 40)).toBe(true);
    expect(vt).toContain(a.article!.title);
    for (const s of clutter) expect(vt.includes(s), s).toBe(false);
    c.restore();
  });
  it('no hidden block holds a kept element; the trace explains each one', () => {
    const doc = load(html);
    const a = analyzePage(doc, { url: 'https://news.example.test/a.html' });
    const articleText = a.article!.text;
    for (const c of a.candidates) {
      const t = ws(c.el.textContent ?? '');
      if (t.length > 30) expect(articleText.includes(t), t).toBe(false);
      expect(c.reason.length).toBeGreaterThan(5);
    }
    const trace = explainClutter({ candidates: a.candidates, rejected: [] });
    expect(trace.split('\n').filter((l) => l.startsWith('HIDE'))).toHaveLength(a.candidates.length);
  });
});

describe('pipeline', () => {
  it('runPipeline returns the CLI shape and leaves the page as it was', () => {
    const doc = load(EN_PAGE);
    const before = doc.documentElement.outerHTML;
    const r = runPipeline(doc, { url: 'https://news.example.test/a.html' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(r.article?.title).toBe('Council approves the new harbour budget');
    expect(r.clutter.length).toBeGreaterThan(3);
    for (const h of r.clutter) expect(h).not.toHaveProperty('reason');
    expect(r.visibleText).toContain('Opposition members said');
    expect(r.visibleText).not.toContain('We use cookies');
  });
  it('a list page: article null with a message; its headline list stays visible', () => {
    const doc = load(LIST_PAGE);
    const r = runPipeline(doc, { url: 'https://news.example.test/' });
    expect(r.article).toBeNull();
    expect(r.message).toMatch(/no article/i);
    expect(r.visibleText).toContain('Headline number 11');
  });
  it('detectClutterTrace turns down a block that holds the article', () => {
    const doc = load(`<html><body><div class="related" id="wrap"><article><p>${'The council met and voted on the budget for next year after a long debate. '.repeat(6)}</p></article><a href="/x">x</a></div></body></html>`);
    const p = doc.querySelector('p')!;
    const t = detectClutterTrace({ doc, win: null, kept: new Set([p]), root: doc.querySelector('article') });
    expect(t.candidates.map((c) => c.el.id)).not.toContain('wrap');
    expect(explainClutter(t)).toMatch(/^keep .*div#wrap.related — holds article text/m);
  });
});
