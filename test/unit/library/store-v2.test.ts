// @vitest-environment node
import { describe, it, expect, beforeEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { createLibrary, cleanTags, SCHEMA_V1, SCHEMA_V2, type NewArticle } from '../../../lib/store';
import type { Entity } from '../../../lib/types';

const dl = (published: string | null) => ({ place: 'أنقرة', source: 'وكالات', published, modified: null, evidence: { place: null, source: null, published: null, modified: null } });
const ent = (name: string, type: Entity['type'] = 'PERSON', variants: string[] = [name]): Entity => ({ name, type, count: 2, variants, salience: 1.5 });
const v1 = (i: number) => ({
  url: `https://news.example/${i}`, title: `عنوان ${i} حكومة الوفاق`, byline: i % 2 ? 'كاتب' : null, siteName: 'ليبيا اليوم', lang: 'ar', dir: 'rtl' as const,
  excerpt: 'مقتطف', html: `<p>نص ${i}</p>`, text: `التقى إردوغان وفد ${i}`, dateline: dl(i % 2 ? '2020-12-27T06:12:00Z' : null),
  entities: [ent('رجب طيب إردوغان', 'PERSON', ['رجب طيب إردوغان', 'إردوغان'])], savedAt: `2024-01-0${i}T00:00:00.000Z`,
});

let factory: IDBFactory;
beforeEach(() => { factory = new IDBFactory(); });

describe('schema migration v1 → v2 → v3', () => {
  it('upgrades a v1 database with records losslessly and builds the search cards', async () => {
    const old = new Dexie('sahifa', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    const ids = [] as number[];
    for (let i = 1; i <= 3; i++) ids.push((await old.table('articles').add(v1(i))) as number);
    const before = await old.table('articles').toArray();
    old.close();

    const lib = createLibrary(factory, IDBKeyRange);
    const after = await lib.listArticles();
    expect(after.length).toBe(3);
    for (const b of before) {
      const a = after.find((x) => x.id === b.id)!;
      // Every v1 field is unchanged…
      for (const k of Object.keys(b)) expect((a as unknown as Record<string, unknown>)[k], k).toEqual((b as Record<string, unknown>)[k]);
      // …and the v2 fields are filled.
      expect(a.tags).toEqual([]);
      expect(a.read).toBe(0);
      expect(a.imageBytes).toBe(0);
      expect(a.updatedAt).toBe(b.savedAt);
      expect(a.published).toBe(b.dateline.published);
      expect(a.entityNames).toEqual(['رجب طيب إردوغان']);
      // …and the v3 fields.
      expect([a.favorite, a.archived, a.position, a.highlights]).toEqual([0, 0, null, []]);
    }
    const cards = await lib.listCards();
    expect(cards.map((c) => c.id).sort()).toEqual(ids.sort());
    expect(cards[0].strong.split(' ')).toContain('اردوغان');
    expect(cards[0].terms.split(' ')).toContain('التقي');
    lib.close();

    const raw = new Dexie('sahifa', { indexedDB: factory, IDBKeyRange });
    await raw.open();
    expect(raw.verno).toBe(3);
    expect(await raw.table('articles').where('entityNames').equals('رجب طيب إردوغان').count()).toBe(3);
    expect(await raw.table('articles').where('read').equals(0).count()).toBe(3);
    raw.close();
  });
});

describe('schema migration v2 → v3', () => {
  it('upgrades a v2 database with tags and read states: fields kept, v3 fields filled, favourite/archived indexed, cards rebuilt', async () => {
    const old = new Dexie('sahifa', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    const v2 = (i: number) => ({ ...v1(i), updatedAt: '2024-02-01T00:00:00.000Z', tags: ['ليبيا'], read: (i % 2) as 0 | 1, imageBytes: 0, published: v1(i).dateline.published, entityNames: ['رجب طيب إردوغان'] });
    for (let i = 1; i <= 3; i++) {
      const id = (await old.table('articles').add(v2(i))) as number;
      // A v2 card, without the v3 fields.
      await old.table('cards').put({ id, title: 'old card', read: v2(i).read });
      await old.table('terms').put({ id, strong: 'x', terms: 'y' });
    }
    const before = await old.table('articles').toArray();
    old.close();

    const lib = createLibrary(factory, IDBKeyRange);
    const after = await lib.listArticles();
    for (const b of before) {
      const a = after.find((x) => x.id === b.id)! as unknown as Record<string, unknown>;
      for (const k of Object.keys(b)) expect(a[k], k).toEqual((b as Record<string, unknown>)[k]);
      expect([a.favorite, a.archived, a.position, a.highlights]).toEqual([0, 0, null, []]);
    }
    const cards = await lib.listCards();
    expect(cards.every((c) => c.title.startsWith('عنوان') && c.favorite === 0 && c.archived === 0 && c.progress === null && c.highlights === 0)).toBe(true);
    expect(cards[0].strong.split(' ')).toContain('اردوغان');
    lib.close();
    const raw = new Dexie('sahifa', { indexedDB: factory, IDBKeyRange });
    await raw.open();
    expect(raw.verno).toBe(3);
    expect(await raw.table('articles').where('favorite').equals(0).count()).toBe(3);
    expect(await raw.table('articles').where('archived').equals(0).count()).toBe(3);
    raw.close();
  });
});

describe('library v3 operations: flags, bulk actions, reading position, highlights', () => {
  const rec = (url: string, savedAt = '2024-05-01T00:00:00.000Z'): NewArticle => ({ ...v1(1), url, savedAt });
  it('setFlags and addTags act on several articles in one go; unchanged ones are not counted', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const ids = [] as number[];
    for (let i = 1; i <= 3; i++) ids.push((await lib.saveArticle(rec(`https://a.example/${i}`))).id);
    expect(await lib.setFlags(ids.slice(0, 2), { read: true, favorite: true })).toBe(2);
    expect(await lib.setFlags(ids.slice(0, 2), { read: true })).toBe(0);
    expect(await lib.setFlags([ids[2], 999], { archived: true })).toBe(1);
    expect(await lib.addTags(ids, ['سياسة', 'x'])).toBe(3);
    expect(await lib.addTags(ids, ['X'])).toBe(0);
    const all = await lib.listArticles();
    expect(all.map((a) => [a.read, a.favorite, a.archived]).sort()).toEqual([[0, 0, 1], [1, 1, 0], [1, 1, 0]]);
    expect(all.every((a) => a.tags.join() === 'سياسة,x')).toBe(true);
    const cards = await lib.listCards();
    expect(cards.filter((c) => c.favorite).length).toBe(2);
    expect(cards.filter((c) => c.archived).length).toBe(1);
    // Re-saving keeps the user's states.
    await lib.saveArticle(rec('https://a.example/1', '2024-06-01T00:00:00.000Z'));
    expect((await lib.getArticle(ids[0]))!.favorite).toBe(1);
    lib.close();
  });
  it('deleteArticles returns the records; restoreArticles puts them all back, or none on a clash', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const ids = [] as number[];
    for (let i = 1; i <= 3; i++) ids.push((await lib.saveArticle(rec(`https://b.example/${i}`))).id);
    const before = await lib.listArticles();
    const gone = await lib.deleteArticles([ids[0], ids[2], 12345]);
    expect(gone.map((g) => g.id)).toEqual([ids[0], ids[2]]);
    expect((await lib.listArticles()).map((a) => a.id)).toEqual([ids[1]]);
    expect((await lib.listCards()).length).toBe(1);
    await lib.restoreArticles(gone);
    expect(await lib.listArticles()).toEqual(before);
    const again = await lib.deleteArticles([ids[0], ids[2]]);
    await lib.saveArticle(rec('https://b.example/3'));
    await expect(lib.restoreArticles(again)).rejects.toMatchObject({ code: 'invalid' });
    expect((await lib.listArticles()).length).toBe(2);
    lib.close();
  });
  it('setPosition clamps and stores the position (and the card its progress); gone article → invalid', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const { id } = await lib.saveArticle(rec('https://c.example/1'));
    const p = await lib.setPosition(id, { block: 7.6, progress: 1.7, at: '2024-07-01T00:00:00.000Z' });
    expect(p).toEqual({ block: 7, progress: 1, at: '2024-07-01T00:00:00.000Z' });
    expect((await lib.getArticle(id))!.position).toEqual(p);
    expect((await lib.getArticle(id))!.updatedAt).toBe('2024-07-01T00:00:00.000Z');
    expect((await lib.listCards())[0].progress).toBe(1);
    await lib.setPosition(id, { block: 2, progress: 0.333333 });
    expect((await lib.getArticle(id))!.position!.progress).toBe(0.333);
    await expect(lib.setPosition(999, { block: 0, progress: 0 })).rejects.toMatchObject({ code: 'invalid' });
    lib.close();
  });
  it('setHighlights cleans the list (empty quotes and repeated ids dropped, context trimmed); notes are searchable', async () => {
    const lib = createLibrary(factory, IDBKeyRange);
    const { id } = await lib.saveArticle(rec('https://d.example/1'));
    const at = '2024-07-01T00:00:00.000Z';
    const stored = await lib.setHighlights(id, [
      { id: 'a', exact: 'وفد', prefix: 'x'.repeat(50), suffix: 'y'.repeat(50), note: 'ملاحظة مفيدة', createdAt: at },
      { id: 'a', exact: 'again', prefix: '', suffix: '', note: '', createdAt: at },
      { id: 'b', exact: '   ', prefix: '', suffix: '', note: '', createdAt: at },
    ]);
    expect(stored).toEqual([{ id: 'a', exact: 'وفد', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32), note: 'ملاحظة مفيدة', createdAt: at }]);
    expect((await lib.getArticle(id))!.highlights).toEqual(stored);
    const card = (await lib.listCards())[0];
    expect(card.highlights).toBe(1);
    expect(card.terms.split(' ')).toContain('ملاحظه');
    lib.close();
  });
});

describe('library v2 operations', () => {
  const rec = (url: string, savedAt = '2024-05-01T00:00:00.000Z'): NewArticle => ({ ...v1(1), url, savedAt });

  it('re-saving keeps tags and read state; tags are cleaned; the multi-entry index finds them', async () => {
    const lib = createLibrary(factory, IDBKeyRange, 't1');
    const { id } = await lib.saveArticle(rec('https://n.example/a'));
    expect(await lib.setTags(id, [' Libya ', 'libya', 'سياسة', '', 'a  b'])).toEqual(['Libya', 'سياسة', 'a b']);
    await lib.setRead(id, true);
    await lib.saveArticle(rec('https://n.example/a', '2024-06-01T00:00:00.000Z'));
    const a = (await lib.getArticle(id))!;
    expect(a.tags).toEqual(['Libya', 'سياسة', 'a b']);
    expect(a.read).toBe(1);
    expect(a.savedAt).toBe('2024-06-01T00:00:00.000Z');
    const card = (await lib.listCards())[0];
    expect(card.tags).toEqual(['Libya', 'سياسة', 'a b']);
    expect(card.strong.split(' ')).toContain('سياسه');
    lib.close();
  });

  it('delete returns the record and restore puts it back exactly (same id, card rebuilt)', async () => {
    const lib = createLibrary(factory, IDBKeyRange, 't2');
    const { id } = await lib.saveArticle(rec('https://n.example/a'));
    await lib.setTags(id, ['x']);
    const before = (await lib.getArticle(id))!;
    const cardBefore = (await lib.listCards())[0];
    const gone = (await lib.deleteArticle(id))!;
    expect(gone).toEqual(before);
    expect(await lib.getArticle(id)).toBeUndefined();
    expect(await lib.listCards()).toEqual([]);
    await lib.restoreArticle(gone);
    expect(await lib.getArticle(id)).toEqual(before);
    expect((await lib.listCards())[0]).toEqual(cardBefore);
    lib.close();
  });

  it('restore refuses when the URL was saved again meanwhile', async () => {
    const lib = createLibrary(factory, IDBKeyRange, 't3');
    const { id } = await lib.saveArticle(rec('https://n.example/a'));
    const gone = (await lib.deleteArticle(id))!;
    await lib.saveArticle(rec('https://n.example/a'));
    await expect(lib.restoreArticle(gone)).rejects.toMatchObject({ code: 'invalid' });
    expect((await lib.listArticles()).length).toBe(1);
    lib.close();
  });

  it('cards are stored as metadata + terms; the index can be built from the metadata and get its terms later', async () => {
    const { SearchIndex } = await import('../../../lib/library/search');
    const lib = createLibrary(factory, IDBKeyRange, 't4');
    const { id } = await lib.saveArticle(rec('https://n.example/a'));
    const meta = await lib.listCardMeta();
    expect(meta[0].strong).toBe('');
    expect(meta[0].terms).toBe('');
    const ix = SearchIndex.build(meta);
    expect(ix.query({ q: 'اردوغان' }).ids).toEqual([]);
    const ix2 = SearchIndex.build(meta);
    ix2.attachTerms(await lib.listCardTerms());
    expect(ix2.query({ q: 'اردوغان' }).ids).toEqual([id]);
    expect((await lib.listCards())[0].strong).not.toBe('');
    await lib.deleteArticle(id);
    expect(await lib.listCardTerms()).toEqual([]);
    lib.close();
  });

  it('cleanTags', () => {
    expect(cleanTags(['a', 'A', ' b ', 'x'.repeat(80)])).toEqual(['a', 'b', 'x'.repeat(64)]);
  });
});
