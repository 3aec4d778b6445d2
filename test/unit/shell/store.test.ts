// @vitest-environment node
import { describe, it, expect, beforeEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { createLibrary, buildRecord, LibraryError, type NewArticle } from '../../../lib/store';
import type { PageReport } from '../../../lib/messages';

const dateline = { place: 'أنقرة', source: null, published: '2020-12-27T06:12:00Z', modified: null, evidence: { place: null, source: null, published: null, modified: null } };
const rec = (url: string, title: string, savedAt: string): NewArticle => ({
  url, title, byline: null, siteName: 'Site', lang: 'ar', dir: 'rtl', excerpt: null,
  html: '<p>نص</p>', text: 'نص', dateline, entities: [], savedAt,
});

let factory: IDBFactory;
beforeEach(() => { factory = new IDBFactory(); });

describe('library (Dexie on fake-indexeddb)', () => {
  it('saves, lists newest first, gets, deletes', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const a = await lib.saveArticle(rec('https://a.example/1', 'A', '2024-01-01T00:00:00.000Z'));
    const b = await lib.saveArticle(rec('https://a.example/2', 'B', '2024-01-02T00:00:00.000Z'));
    expect(a.updated).toBe(false);
    expect(b.id).not.toBe(a.id);
    expect((await lib.listArticles()).map((r) => r.title)).toEqual(['B', 'A']);
    expect((await lib.getArticle(a.id))!.dateline.place).toBe('أنقرة');
    await lib.deleteArticle(a.id);
    expect(await lib.getArticle(a.id)).toBeUndefined();
    expect((await lib.listArticles()).length).toBe(1);
  });

  it('saving the same URL twice updates the record, never duplicates', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const first = await lib.saveArticle(rec('https://a.example/1', 'Old', '2024-01-01T00:00:00.000Z'));
    const second = await lib.saveArticle(rec('https://a.example/1', 'New', '2024-02-01T00:00:00.000Z'));
    expect(second).toEqual({ id: first.id, updated: true });
    const all = await lib.listArticles();
    expect(all.length).toBe(1);
    expect(all[0].title).toBe('New');
  });

  it('persists across connections (schema v3: unique url, multi-entry tags and entity names, favourite and archived indexed)', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    await lib.saveArticle(rec('https://a.example/1', 'A', '2024-01-01T00:00:00.000Z'));
    lib.close();
    const again = createLibrary(factory, IDBKeyRange);
    expect((await again.listArticles()).map((r) => r.url)).toEqual(['https://a.example/1']);
    const raw = new Dexie('sahifa', { indexedDB: factory, IDBKeyRange });
    await raw.open();
    const t = raw.table('articles');
    expect(t.schema.primKey.auto).toBe(true);
    expect(t.schema.idxByName.url.unique).toBe(true);
    expect(Object.keys(t.schema.idxByName).sort()).toEqual(['archived', 'entityNames', 'favorite', 'lang', 'published', 'read', 'savedAt', 'siteName', 'tags', 'url']);
    expect(t.schema.idxByName.tags.multi).toBe(true);
    expect(t.schema.idxByName.entityNames.multi).toBe(true);
    raw.close();
  });

  it('a save on a closed database throws a clear LibraryError and loses nothing', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    await lib.saveArticle(rec('https://a.example/1', 'A', '2024-01-01T00:00:00.000Z'));
    lib.close();
    const err = await lib.saveArticle(rec('https://a.example/2', 'B', '2024-01-02T00:00:00.000Z')).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('closed');
    expect(err.message).toMatch(/Could not save the article/);
    const again = createLibrary(factory, IDBKeyRange);
    expect((await again.listArticles()).map((r) => r.title)).toEqual(['A']);
  });

  it('a quota error mid-transaction aborts it: the existing record is unchanged', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const { id } = await lib.saveArticle(rec('https://a.example/1', 'A', '2024-01-01T00:00:00.000Z'));
    // Make the store's put fail like a full disk does.
    const { IDBObjectStore } = await import('fake-indexeddb');
    const origPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const err = await lib.saveArticle(rec('https://a.example/1', 'Changed', '2024-03-01T00:00:00.000Z')).catch((e) => e);
      expect(err).toBeInstanceOf(LibraryError);
      expect(err.code).toBe('quota');
      expect(err.message).toMatch(/storage is full/);
    } finally {
      IDBObjectStore.prototype.put = origPut;
    }
    expect((await lib.getArticle(id))!.title).toBe('A');
    expect((await lib.listArticles()).length).toBe(1);
  });

  it('rejects a record without a web address', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    await expect(lib.saveArticle(rec('not a url', 'A', '2024-01-01T00:00:00.000Z'))).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('buildRecord', () => {
  const report = (article: PageReport['article'], safeHtml: string | null): PageReport => ({
    url: 'https://n.example/a.html#comments', article, safeHtml, dateline, clutter: [], clutterByKind: {}, hidden: 0, state: 'original',
    timing: { analyzeMs: 1, applyMs: 0, totalMs: 1 },
  });
  it('copies the article, uses the sanitised HTML, drops the #fragment, stamps the time', () => {
    const a = { title: 'T', byline: 'B', siteName: 'S', lang: 'en', dir: 'ltr' as const, excerpt: 'E', text: 'x', html: '<p onclick=1>x</p>', length: 1 };
    const r = buildRecord(report(a, '<p>x</p>'), [], new Date('2024-05-06T07:08:09Z'))!;
    expect(r.url).toBe('https://n.example/a.html');
    expect(r.html).toBe('<p>x</p>');
    expect(r.savedAt).toBe('2024-05-06T07:08:09.000Z');
    expect(r.title).toBe('T');
  });
  it('null without an article', () => {
    expect(buildRecord(report(null, null), [], new Date())).toBeNull();
  });
});
