// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractDateline } from '../../../lib/dateline';
import { extractArticle } from '../../../lib/extract';

const dir = path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
const html = fs.readFileSync(path.join(dir, 'page.html'), 'utf8');

function load(): Document {
  return new JSDOM(html, { url: expected.url }).window.document;
}

describe('libyatoday dateline (hand-checked fixture)', () => {
  const roots: [string, (d: Document) => Element | null][] = [
    ['root: null', () => null],
    ['root: <article>', (d) => d.querySelector('article')],
    ['root: from extraction', (d) => extractArticle(d, { url: expected.url }).root],
  ];
  for (const [name, getRoot] of roots) {
    it(`place, source and published match expected.json (${name})`, () => {
      const doc = load();
      const before = doc.documentElement.outerHTML;
      const d = extractDateline(doc, { url: expected.url, root: getRoot(doc), now: new Date('2024-01-01T00:00:00Z') });
      expect(d.place).toBe(expected.dateline.place);
      expect(d.source).toBe(expected.dateline.source);
      expect(d.published).toBe(expected.dateline.published);
      expect(d.modified).toBe(expected.dateline.modified);
      // Read from the article's own date line, not the site clock, the sidebar or the footer.
      expect(d.evidence.published?.text).toBe(expected.dateline.published_text);
      expect(d.evidence.published?.offsetMinutes).toBe(0);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('none of the sidebar dates is taken even when the article date line is gone', () => {
    const doc = load();
    const line = Array.from(doc.querySelectorAll('article span')).find((s) => (s.textContent ?? '').includes(expected.dateline.published_text));
    expect(line).toBeTruthy();
    line!.remove();
    const d = extractDateline(doc, { url: expected.url, root: null, now: new Date('2024-01-01T00:00:00Z') });
    expect(d.published).toBeNull();
    expect(d.modified).toBeNull();
  });
});
