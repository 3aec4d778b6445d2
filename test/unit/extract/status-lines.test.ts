// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../lib/extract';

const story = Array.from({ length: 6 }, (_, i) => `<p>The harbour board met on Monday and agreed a plan for new moorings, a longer quay and a ferry link to the islands, part ${i + 1}.</p>`).join('');

describe('extractArticle and comment status lines', () => {
  it('drops a "comments closed" line Readability keeps as a paragraph (it is not protected as prose)', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><div class="post"><h1>Harbour plan</h1><div class="entry">${story}<p>Kommentare sind geschlossen</p></div></div></body></html>`;
    const a = extractArticle(new JSDOM(html, { url: 'https://x.test/' }).window.document, { url: 'https://x.test/' }).article!;
    expect(a.text).toContain('part 6.');
    expect(a.text).not.toContain('geschlossen');
  });
});
