// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { namesAuthorBox } from '../../../lib/extract/author-box';
import { extractArticle } from '../../../lib/extract';

const el = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;
const story = Array.from({ length: 6 }, (_, i) => `<p>The harbour board met on Monday and agreed a plan for new moorings, a longer quay and a ferry link to the islands, part ${i + 1}.</p>`).join('');

describe('namesAuthorBox', () => {
  it('reads author-box names in the usual spellings, not bylines or unrelated names', () => {
    for (const h of ['<div class="author-box">', '<div class="TestReport__AuthorBox">', '<div id="author-info">', '<div class="post author_bio">', '<div class="col bio">', '<div class="autor-details">'])
      expect(namesAuthorBox(el(h + '</div>')), h).toBe(true);
    for (const h of ['<div class="author">', '<span class="byline author-name">', '<div class="biology-news">', '<div class="content">', '<div>'])
      expect(namesAuthorBox(el(h + '</div>')), h).toBe(false);
  });
});

describe('extractArticle and author boxes', () => {
  it('drops the writer\'s biography card from the article, keeps the byline and the story', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1><p class="author">By Jane Doe</p>${story}
<div class="author-details"><img src="/jane.jpg" alt=""><div class="bio"><p>Jane Doe is a freelance writer living on the coast who covers shipping, ports and the islands for the paper.</p></div></div></article></body></html>`;
    const d = new JSDOM(html, { url: 'https://x.test/' }).window.document;
    const before = d.documentElement.outerHTML;
    const a = extractArticle(d, { url: 'https://x.test/' }).article!;
    expect(a.text).not.toContain('freelance writer');
    expect(a.text).toContain('part 6.');
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('keeps a box named like an author box when it holds the story itself', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><div class="author-content"><h1>Harbour plan</h1>${story}</div></body></html>`;
    const a = extractArticle(new JSDOM(html, { url: 'https://x.test/' }).window.document, { url: 'https://x.test/' }).article!;
    expect(a.text).toContain('part 1.');
    expect(a.text).toContain('part 6.');
  });
});
