// @vitest-environment node
/**
 * End-to-end on the hand-checked libyatoday page (test/fixtures/libyatoday-turkey-wifaq):
 * article text, clean-up bars from expected.json, exact restore, no mutation.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { analyzePage, runPipeline } from '../../lib/pipeline';
import { hideClutter } from '../../lib/clutter/apply';
import { visibleText } from '../../lib/visible-text';

const dir = path.resolve(__dirname, '../fixtures/libyatoday-turkey-wifaq');
const html = fs.readFileSync(path.join(dir, 'page.html'), 'utf8');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
  url: string; title: string; article_paragraphs: string[]; must_be_hidden_on_page: Record<string, string[]>;
  dateline: { published_text: string };
};
const mustHide = Object.values(expected.must_be_hidden_on_page).flat();
const load = () => new JSDOM(html, { url: expected.url }).window.document;
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('libyatoday page: extraction', () => {
  const doc = load();
  const a = analyzePage(doc, { url: expected.url });
  const text = a.article?.text ?? '';

  it('finds the article with the h1 headline (quotes kept), Arabic, RTL', () => {
    expect(a.article).not.toBeNull();
    expect(a.article!.title).toBe(expected.title);
    expect(a.article!.lang).toBe('ar');
    expect(a.article!.dir).toBe('rtl');
    expect(a.article!.byline === null || !a.article!.byline.includes('أنقرة')).toBe(true);
  });
  it('has all 16 paragraphs, in order, as separate paragraphs', () => {
    expect(expected.article_paragraphs).toHaveLength(16);
    const paras = text.split('\n\n').map(ws);
    let at = -1;
    for (const p of expected.article_paragraphs) {
      const i = paras.indexOf(ws(p));
      expect(i, p.slice(0, 40)).toBeGreaterThan(at);
      at = i;
    }
  });
  it('holds none of the strings that must be hidden', () => {
    for (const s of mustHide) expect(text.includes(s), s).toBe(false);
  });
  it('reports clutter of the expected kinds', () => {
    const kinds = new Set(a.clutter.map((c) => c.kind));
    for (const k of ['ad', 'recirculation', 'comments', 'repeated'] as const) expect(kinds.has(k), k).toBe(true);
  });
});

describe('libyatoday page: in-page clean-up', () => {
  it('hides every must-be-hidden string and keeps article, headline, date line, dateline, caption visible', () => {
    const doc = load();
    const before = visibleText(doc);
    for (const s of mustHide) expect(before.includes(s), `present before: ${s}`).toBe(true);
    const a = analyzePage(doc, { url: expected.url });
    const cleanup = hideClutter(doc, a.candidates);
    const vt = visibleText(doc);
    for (const s of mustHide) expect(vt.includes(s), `still visible: ${s}`).toBe(false);
    for (const p of expected.article_paragraphs) expect(vt.includes(ws(p)), p.slice(0, 40)).toBe(true);
    expect(vt).toContain(expected.title);
    expect(vt).toContain(expected.dateline.published_text);
    expect(vt).toContain('GMT 06:12 2020 الأحد ,27 كانون الأول / ديسمبر');
    expect(vt).toContain('أنقرة - ليبيا اليوم');
    expect(vt).toContain('حكومة الوفاق الوطني الليبية');
    cleanup.restore();
  });
  it('restores the page exactly', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    const a = analyzePage(doc, { url: expected.url });
    const cleanup = hideClutter(doc, a.candidates);
    expect(cleanup.count).toBeGreaterThan(5);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    cleanup.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  it('analyzePage does not mutate the document; runPipeline leaves it as it was', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    analyzePage(doc, { url: expected.url });
    expect(doc.documentElement.outerHTML).toBe(before);
    const r = runPipeline(doc, { url: expected.url });
    expect(doc.documentElement.outerHTML).toBe(before);
    for (const s of mustHide) expect(r.visibleText.includes(s), s).toBe(false);
  });
});
