// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../lib/extract';

const story = Array.from({ length: 5 }, (_, i) => `<p>The harbour board met on Monday and agreed a plan for new moorings, a longer quay and a ferry link to the islands, part ${i + 1}.</p>`).join('');

describe('media credits in the article', () => {
  it('drops credit lines and screen-reader labels of figures, keeps the caption and the story', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>${story}
<figure><img src="a.jpg"><figcaption><span class="off-screen">Image copyright</span><span class="pic-copyright">Jane Doe Agency</span>
<span class="caption-text">The old quay at dawn, seen from the ferry on its first morning run to the islands.</span>
<span class="caption__credit" itemprop="creator">Photograph by Jane Doe/Agency</span></figcaption></figure>${story}</article></body></html>`;
    const a = extractArticle(new JSDOM(html, { url: 'https://x.test/' }).window.document, { url: 'https://x.test/' }).article!;
    expect(a.text).not.toContain('Photograph by');
    expect(a.text).not.toContain('Image copyright');
    expect(a.text).not.toContain('Jane Doe Agency');
    expect(a.text).toContain('The old quay at dawn');
    expect(a.text).toContain('part 5.');
  });
});
