// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { inlineImages, bytesToBase64 } from '../../../lib/library/images';
import { saveTab, type BackgroundDeps } from '../../../lib/shell/background';
import { createLibrary } from '../../../lib/store';
import type { PageReport } from '../../../lib/messages';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 250]);
const fetcher = async (url: string) => {
  if (url.includes('missing')) return null;
  if (url.includes('.svg')) return { type: 'image/svg+xml', bytes: png };
  if (url.includes('huge')) return { type: 'image/jpeg', bytes: new Uint8Array(5_000_000) };
  return { type: 'image/png', bytes: png };
};

describe('inlineImages', () => {
  it('stores allowed images as data: URLs and leaves the rest as links', async () => {
    const html = '<p>x</p><img src="https://cdn.example/a.png?w=1&amp;h=2" alt="A" loading="lazy"><img src="https://cdn.example/missing.png"><img src="https://cdn.example/b.svg"><img src="https://cdn.example/huge.jpg"><img src="https://cdn.example/a.png?w=1&amp;h=2">';
    const r = await inlineImages(html, fetcher);
    expect(r.stored).toBe(1);
    expect(r.linked).toBe(3);
    expect(r.bytes).toBe(png.length);
    const data = `data:image/png;base64,${bytesToBase64(png)}`;
    expect(r.html.split(data).length - 1).toBe(2); // both uses of the same image
    expect(r.html).toContain('src="https://cdn.example/missing.png"');
    expect(r.html).toContain('src="https://cdn.example/b.svg"');
    expect(r.html).toContain('alt="A"');
  });
  it('base64 matches Node', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('saveTab with offline images', () => {
  const report: PageReport = {
    url: 'https://n.example/a', safeHtml: '<p>نص</p><img src="https://cdn.example/a.png">', message: undefined,
    article: { title: 'T', byline: null, siteName: 'S', lang: 'ar', dir: 'rtl', excerpt: null, text: 'نص', html: '', length: 1 },
    dateline: { place: null, source: null, published: null, modified: null, evidence: { place: null, source: null, published: null, modified: null } },
    clutter: [], clutterByKind: {}, hidden: 0, state: 'original', timing: { analyzeMs: 1, applyMs: 0, totalMs: 1 },
  };
  const deps = (on: boolean, lib = createLibrary(new IDBFactory(), IDBKeyRange)): BackgroundDeps => ({
    tabUrl: async () => report.url, inject: async () => undefined,
    send: async () => ({ ok: true, cmd: 'analyze', report }), entities: () => [], library: () => lib,
    now: () => new Date('2024-01-01T00:00:00Z'), offlineImages: async () => on, fetchImage: fetcher,
  });
  it('option on: the stored HTML holds the image as data and the size is recorded', async () => {
    const d = deps(true);
    const r = await saveTab(d, 1);
    expect(r.ok).toBe(true);
    const a = (await d.library().listArticles())[0];
    expect(a.html).toContain('src="data:image/png;base64,');
    expect(a.imageBytes).toBe(png.length);
  });
  it('option off: images stay links', async () => {
    const d = deps(false);
    await saveTab(d, 1);
    const a = (await d.library().listArticles())[0];
    expect(a.html).toContain('src="https://cdn.example/a.png"');
    expect(a.imageBytes).toBe(0);
  });
});
