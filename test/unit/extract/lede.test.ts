// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../lib/extract';
import { findHeadline } from '../../../lib/extract/title';

const body = Array.from({ length: 6 }, (_, i) => `<p>Ships have waited outside the harbour for days while the new quay is finished, and the board expects the work to end by spring, part ${i + 1}.</p>`).join('');
const doc = (html: string) => new JSDOM(html, { url: 'https://x.test/' }).window.document;

describe('findHeadline', () => {
  it('matches the title part before a long site name', () => {
    const d = doc('<html><head><title>Why the harbour waits - HarbourAndIslandsWeekly.example</title></head><body><h1>Why the harbour waits</h1></body></html>');
    expect(findHeadline(d, d.title)?.tagName).toBe('H1');
    // A part of fewer than three words (a section or site name) is not taken for the headline.
    const d2 = doc('<html><head><title>Harbour - The Weekly News Of The Islands Example</title></head><body><h1>Harbour</h1></body></html>');
    expect(findHeadline(d2, d2.title)).toBeNull();
  });
});

describe('extractArticle: the lede in a container before the story', () => {
  it('takes the opening paragraphs between the headline and the block Readability kept', () => {
    const html = `<html><head><title>Why the harbour waits</title></head><body><main><div class="c"><div class="part"><article><h1>Why the harbour waits</h1><p>The harbour has been <a href="/closed">closed</a> to large ships since March, and nobody in town can say when it will open again.</p></article></div>
<div class="part"><article><div><img src="/q.jpg" alt=""><span>Photo: Port office</span>${body}</div></article></div></div><div class="c2"><p>Our quiz, the islands in numbers, and a guide to the ferries for visitors this summer.</p></div></main></body></html>`;
    const d = doc(html);
    const before = d.documentElement.outerHTML;
    const a = extractArticle(d, { url: 'https://x.test/' }).article!;
    expect(a.text.startsWith('The harbour has been closed')).toBe(true);
    expect(a.text).not.toContain('Our quiz');
    expect(a.html).toContain('href="https://x.test/closed"');
    expect(a.text).toContain('part 6.');
    expect(a.html).not.toContain('class="part"');
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('takes nothing when the gap holds other text (a teaser list), links, or the headline comes after', () => {
    const teaser = `<ul><li><a href="/a">Ferry prices rise again as the season starts on the islands</a></li><li><a href="/b">New bakery opens on the quay</a></li></ul>`;
    for (const gap of [
      `${teaser}<p>The harbour has been closed to large ships since March, and nobody in town can say when it will open again.</p>`,
      '<p><a href="/x">The harbour has been closed to large ships since March, and nobody in town can say when</a> it opens.</p>',
    ]) {
      const html = `<html><head><title>Why the harbour waits</title></head><body><main><div><h1>Why the harbour waits</h1>${gap}</div><div>${body}</div></main></body></html>`;
      const a = extractArticle(doc(html), { url: 'https://x.test/' }).article!;
      expect(a.text.startsWith('Ships have waited'), gap.slice(0, 30)).toBe(true);
    }
  });
});

describe('extractArticle: what is not a lede', () => {
  it('leaves out a caption or a signature line between the headline and the story', () => {
    for (const gap of [
      '<div class="wp-caption"><img src="/p.jpg" alt=""><p class="caption-text">Above: the new quay seen from the harbour wall on a grey morning in March.</p></div>',
      '<p class="bloc_signature">City Gazette | 04.05.2015 at 13:36 | By Jane Doe and John Roe, harbour reporters</p>',
    ]) {
      const html = `<html><head><title>Why the harbour waits</title></head><body><main><div class="c"><div class="part"><article><h1>Why the harbour waits</h1>${gap}</article></div>
<div class="part"><article><div>${body}</div></article></div></div></main></body></html>`;
      const a = extractArticle(doc(html), { url: 'https://x.test/' }).article!;
      expect(a.text.startsWith('Ships have waited'), gap.slice(0, 40)).toBe(true);
    }
  });
});
