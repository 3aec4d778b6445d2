// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  corpusAvailable, decodeHtml, fnv1a32, loadFixturePages, loadIndex, loadTruth, readPageHtml, repoRoot,
  resolveSharedDir, selectPages, sniffCharset, splitOf, type CorpusPage,
} from '../../../scripts/lib/corpus';
import { aggregate, scoreText } from '../../../scripts/lib/score';

describe('split', () => {
  it('FNV-1a 32 matches the reference vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('splitOf is the hash parity', () => {
    for (const id of ['scrapinghub/x', 'trafilatura/y', 'readability/z']) expect(splitOf(id)).toBe(fnv1a32(id) % 2 ? 'test' : 'dev');
  });
});

describe('charset', () => {
  const enc = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  it('sniffs <meta charset> and http-equiv', () => {
    expect(sniffCharset(enc('<html><head><meta charset="ISO-8859-1">'))).toBe('iso-8859-1');
    expect(sniffCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'))).toBe('windows-1251');
    expect(sniffCharset(enc('<html>'))).toBeNull();
  });
  it('decodes declared legacy bytes, and UTF-8 bytes as UTF-8 whatever is declared', () => {
    const latin = enc('<meta charset="iso-8859-1"><p>Grüße</p>');
    expect(decodeHtml(latin).html).toContain('Grüße');
    const utf = new Uint8Array(Buffer.from('<meta charset="iso-8859-1"><p>Grüße أنقرة</p>', 'utf8'));
    expect(decodeHtml(utf)).toMatchObject({ charset: 'utf-8' });
    expect(decodeHtml(utf).html).toContain('أنقرة');
    const cyr = new Uint8Array([...enc('<meta charset="windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodeHtml(cyr).html).toContain('Привет');
  });
});

describe('selectPages', () => {
  const mk = (id: string): CorpusPage => ({ id, set: id.split('/')[0], lang: null, dir: null, html: '', url: '', truth: { type: 'text', path: '' }, tags: [] });
  const pages = ['a/1', 'a/2', 'a/3', 'b/1', 'b/2'].map(mk);
  it('filters by set, id (full or bare), limit per set and split', () => {
    expect(selectPages(pages, { sets: ['b'] }).map((p) => p.id)).toEqual(['b/1', 'b/2']);
    expect(selectPages(pages, { ids: ['a/2', '1'] }).map((p) => p.id)).toEqual(['a/1', 'a/2', 'b/1']);
    expect(selectPages(pages, { limit: 1 }).map((p) => p.id)).toEqual(['a/1', 'b/1']);
    const dev = selectPages(pages, { split: 'dev' }), test = selectPages(pages, { split: 'test' });
    expect(dev.length + test.length).toBe(pages.length);
    expect(dev.every((p) => splitOf(p.id) === 'dev')).toBe(true);
  });
});

describe('repo fixtures as bench pages', () => {
  it('maps test/fixtures/<page>/expected.json article_paragraphs to text truth', () => {
    const shared = resolveSharedDir();
    const pages = loadFixturePages(shared, path.join(repoRoot(), 'test', 'fixtures'));
    const p = pages.find((x) => x.id === 'fixtures/libyatoday-turkey-wifaq');
    expect(p).toBeDefined();
    expect(p!.tags).toContain('rtl');
    const exp = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test/fixtures/libyatoday-turkey-wifaq/expected.json'), 'utf8'));
    const t = loadTruth(shared, p!);
    expect(t).toEqual({ kind: 'text', text: exp.article_paragraphs.join('\n\n') });
    expect(readPageHtml(shared, p!).html).toContain('<html');
  });
});

const shared = resolveSharedDir();
const haveCorpus = corpusAvailable(shared);
if (!haveCorpus) console.warn(`[bench tests] ${shared}/corpus absent: skipping the corpus checks`);

describe.skipIf(!haveCorpus)('shared corpus (../shared)', () => {
  it('the split is about 50/50 on every set', () => {
    const pages = loadIndex(shared);
    for (const set of ['readability', 'scrapinghub', 'trafilatura']) {
      const s = pages.filter((p) => p.set === set);
      const dev = s.filter((p) => splitOf(p.id) === 'dev').length / s.length;
      expect(dev, set).toBeGreaterThan(0.4);
      expect(dev, set).toBeLessThan(0.6);
    }
  });
  it('the scorer reproduces the published Readability.js Scrapinghub figure (4-gram F1 0.947 / P 0.914 / R 0.982)', () => {
    const dir = path.join(shared, 'corpus', 'scrapinghub');
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const raw = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'reference-outputs', 'readability_js.json.gz'))).toString('utf8'));
    const ref = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
    const a = aggregate(Object.keys(truth).map((id) => scoreText(truth[id].articleBody, ref[id]?.articleBody ?? '', { n: 4, tokens: 'py' })));
    expect(a.f1).toBeCloseTo(0.947, 3);
    expect(a.p).toBeCloseTo(0.914, 3);
    expect(a.r).toBeCloseTo(0.982, 3);
  });
  it('trafilatura pages decode: every with-snippet of a sample is findable in the raw text of most pages', () => {
    const pages = loadIndex(shared).filter((p) => p.set === 'trafilatura' && p.html.endsWith('.br'));
    const sample = pages.filter((_, i) => i % 25 === 0);
    let ok = 0;
    for (const p of sample) {
      const { html } = readPageHtml(shared, p);
      expect(html).not.toContain('\ufffd\ufffd\ufffd');
      if (p.truth.type === 'snippets' && p.truth.with.some((s) => html.includes(s.slice(0, 12)))) ok++;
    }
    expect(ok / sample.length).toBeGreaterThan(0.6);
  });
});
