// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { cloneForExtraction, MAX_RUN, RUN_KEEP, type ReadabilityPatterns } from '../../../lib/extract/clone';

const page = `<!doctype html><html lang="en"><head><title>T</title><style>p{color:red}</style><script>var x = 1;</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"T"}</script></head><body>
<nav class="menu"><a href="/">Home</a></nav>
<div id="main"><p id="p1">First paragraph <b id="b1">bold</b> text.</p><div id="d1">Plain div text that Readability may rename.</div>
<svg id="icon"><path d="M0 0"/></svg><div hidden id="h">hidden text</div><p style="display: none" id="h2">also hidden</p>
<table><tr><td><div class="sidebar" id="insideTable">kept: inside a table</div></td></tr></table>
<div class="author-box" id="by">By Jane Doe</div><!-- a comment --></div></body></html>`;

describe('cloneForExtraction', () => {
  it('copies the page without script/style/svg/hidden subtrees, keeps JSON-LD, and maps every copy back', () => {
    const doc = new JSDOM(page, { url: 'https://x.test/a/b.html' }).window.document;
    const before = doc.documentElement.outerHTML;
    const { clone, map } = cloneForExtraction(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(clone.URL).toBe('https://x.test/a/b.html');
    expect(clone.querySelector('style, svg, #h, #h2')).toBeNull();
    expect(clone.querySelectorAll('script')).toHaveLength(1);
    expect(clone.querySelector('script')!.getAttribute('type')).toBe('application/ld+json');
    for (const id of ['p1', 'b1', 'd1', 'insideTable', 'by']) expect(map.live(clone.getElementById(id)!)).toBe(doc.getElementById(id));
    // A renamed element (new node, same text children) maps through its text.
    const d1 = clone.getElementById('d1')!;
    const p = clone.createElement('p');
    while (d1.firstChild) p.appendChild(d1.firstChild);
    d1.replaceWith(p);
    expect(map.live(p)).toBe(doc.getElementById('d1'));
  });

  it('with Readability\'s patterns, leaves out its unlikely candidates but not bylines or those near a table', () => {
    const doc = new JSDOM(page, { url: 'https://x.test/' }).window.document;
    const { clone } = cloneForExtraction(doc, { likelyOnly: Readability.prototype as unknown as ReadabilityPatterns });
    expect(clone.querySelector('nav.menu')).toBeNull();
    expect(clone.getElementById('insideTable')).not.toBeNull();
    expect(clone.getElementById('by')).not.toBeNull();
  });

  it('maps by text when Readability rebuilt its copy from HTML (a retry)', () => {
    const doc = new JSDOM(page, { url: 'https://x.test/' }).window.document;
    const { clone, map } = cloneForExtraction(doc);
    // Simulates Readability's re-parse of its copy: same markup, all new nodes.
    const html = clone.body.innerHTML;
    while (clone.body.firstChild) clone.body.firstChild.remove();
    const holder = clone.createElement('div');
    holder.appendChild(clone.importNode(JSDOM.fragment(html), true));
    clone.body.appendChild(holder);
    expect(map.live(holder.querySelector('#p1')!)).toBe(doc.getElementById('p1'));
  });
});

describe('cloneForExtraction: very long runs of link items', () => {
  const item = (i: number) => `<div class="item"><a href="/x${i}">Link ${i}</a> <span>filler text number ${i}</span></div>`;
  const page = (n: number) => new JSDOM(`<!doctype html><html><body><article><h1>Budget</h1><p>${'The council approved the budget after a long debate. '.repeat(8)}</p></article><aside>${Array.from({ length: n }, (_, i) => item(i)).join('')}</aside></body></html>`, { url: 'https://news.test/' }).window.document;

  it(`keeps the first ${RUN_KEEP} link items of a run longer than ${MAX_RUN}, and the article`, () => {
    const doc = page(MAX_RUN + 500);
    const { clone } = cloneForExtraction(doc);
    expect(clone.querySelectorAll('aside > .item').length).toBe(RUN_KEEP);
    expect(clone.querySelector('aside > .item a')!.textContent).toBe('Link 0');
    expect(clone.querySelector('article p')).not.toBeNull();
    expect(doc.querySelectorAll('aside > .item').length).toBe(MAX_RUN + 500); // the page is untouched
  });

  it(`leaves a run of ${MAX_RUN} items, and long prose siblings of any number, whole`, () => {
    expect(cloneForExtraction(page(MAX_RUN)).clone.querySelectorAll('aside > .item').length).toBe(MAX_RUN);
    const prose = Array.from({ length: MAX_RUN + 10 }, (_, i) => `<p>Line ${i} with <a href="/n${i}">a note</a>. ${'Words of a long transcript. '.repeat(12)}</p>`).join('');
    const doc = new JSDOM(`<!doctype html><html><body><article>${prose}</article></body></html>`).window.document;
    expect(cloneForExtraction(doc).clone.querySelectorAll('article > p').length).toBe(MAX_RUN + 10);
  });
});
