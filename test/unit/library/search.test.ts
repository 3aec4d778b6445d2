// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCard, type CardSource } from '../../../lib/library/card';
import { SearchIndex, isWordlessQuery, queryTerms } from '../../../lib/library/search';
import { matchRanges, snippetWindow, highlighted } from '../../../lib/library/highlight';

const fx = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq/expected.json'), 'utf8')) as { url: string; title: string; article_paragraphs: string[] };

let nextId = 1;
const src = (o: Partial<CardSource>): CardSource => ({
  id: nextId++, url: `https://site${nextId}.example/a`, title: 'Untitled', siteName: null, lang: 'en', dir: 'ltr', excerpt: null,
  text: '', html: '', savedAt: '2024-01-01T00:00:00.000Z', dateline: { published: null }, entities: [], tags: [], read: 0, imageBytes: 0, ...o,
});

const ar = src({ url: fx.url, title: fx.title, siteName: 'ليبيا اليوم', lang: 'ar', dir: 'rtl', text: fx.article_paragraphs.join('\n\n'),
  savedAt: '2024-01-03T00:00:00.000Z', dateline: { published: '2020-12-27T06:12:00Z' },
  entities: [{ name: 'خلوصي أكار', type: 'PERSON', count: 2, variants: ['خلوصي أكار', 'أكار'] }] });
const en = src({ title: 'Ruto meets Erdoğan in Ankara', siteName: 'Wire', text: 'President William Ruto met the Turkish president. The café was closed.',
  savedAt: '2024-01-02T00:00:00.000Z', dateline: { published: '2024-01-01T10:00:00Z' }, tags: ['Africa'], read: 1,
  entities: [{ name: 'William Ruto', type: 'PERSON', count: 2, variants: ['William Ruto', 'Ruto'] }] });
const other = src({ title: 'Weather in Tripoli', siteName: 'Wire', lang: 'en-GB', text: 'Rain is expected. The government of national accord said nothing.', savedAt: '2024-01-04T00:00:00.000Z' });
const cards = [ar, en, other].map(buildCard);
const ix = SearchIndex.build(cards);

describe('SearchIndex', () => {
  it('finds the Arabic article with hamza-less and ه-for-ة spellings (the article writes «إردوغان», «حكومة الوفاق»)', () => {
    expect(fx.article_paragraphs.join(' ')).toContain('إردوغان');
    expect(ix.query({ q: 'اردوغان' }).ids).toEqual([ar.id]);
    expect(ix.query({ q: 'حكومه الوفاق' }).ids).toEqual([ar.id]);
    expect(ix.query({ q: 'الحكومة' }).ids).toEqual([ar.id]); // «وحكومة» / «حكومة» via clitic variants
    expect(ix.query({ q: 'اكار' }).ids).toEqual([ar.id]);
  });
  it('every word must match (AND); a word nowhere gives nothing', () => {
    expect(ix.query({ q: 'حكومه zzzz' }).ids).toEqual([]);
    expect(ix.query({ q: 'government accord' }).ids).toEqual([other.id]);
  });
  it('case and accents are folded; prefixes match', () => {
    expect(ix.query({ q: 'ERDOGAN' }).ids).toEqual([en.id]);
    expect(ix.query({ q: 'cafe' }).ids).toEqual([en.id]);
    expect(ix.query({ q: 'presid' }).ids).toEqual([en.id]);
  });
  it('title/entity matches rank above text matches', () => {
    const t = SearchIndex.build([buildCard(src({ id: 100, title: 'Budget news', text: 'Nothing about Ruto here except Ruto.', savedAt: '2025-01-01T00:00:00Z' })), buildCard({ ...en, id: 101 })]);
    expect(t.query({ q: 'ruto' }).ids).toEqual([101, 100]);
  });
  it('filters by site, language (primary subtag), tag, read state and entity (normalised)', () => {
    expect(ix.query({ site: 'Wire' }).ids).toEqual([other.id, en.id]);
    expect(ix.query({ lang: 'en' }).ids).toEqual([other.id, en.id]);
    expect(ix.query({ lang: 'ar' }).ids).toEqual([ar.id]);
    expect(ix.query({ tag: 'africa' }).ids).toEqual([en.id]);
    expect(ix.query({ read: 'unread' }).ids).toEqual([other.id, ar.id]);
    expect(ix.query({ entity: 'خلوصي اكار' }).ids).toEqual([ar.id]);
    expect(ix.query({ entity: 'william ruto', q: 'turkish' }).ids).toEqual([en.id]);
  });
  it('?entity= matches canonical names and variants, Arabic-normalised, and a name by its last word(s) both ways', () => {
    const haftarFull = src({ id: 200, title: 'a', lang: 'ar', entities: [{ name: 'خليفة حفتر', type: 'PERSON', count: 3, variants: ['المشير خليفة حفتر'] }] });
    const haftarShort = src({ id: 201, title: 'b', lang: 'ar', entities: [{ name: 'حفتر', type: 'PERSON', count: 1, variants: [] }] });
    const khalifa = src({ id: 202, title: 'c', lang: 'ar', entities: [{ name: 'خليفة بن زايد', type: 'PERSON', count: 1, variants: ['الشيخ خليفة'] }] });
    const dbeibah = src({ id: 203, title: 'd', lang: 'ar', entities: [{ name: 'عبد الحميد الدبيبة', type: 'PERSON', count: 1, variants: ['الدبيبة'] }] });
    const t = SearchIndex.build([haftarFull, haftarShort, khalifa, dbeibah].map(buildCard));
    const ids = (entity: string) => t.query({ entity }).ids.sort();
    expect(ids('حفتر')).toEqual([200, 201]);
    expect(ids('خليفة حفتر')).toEqual([200, 201]);
    expect(ids('خليفه حفتر')).toEqual([200, 201]);
    expect(ids('المشير خليفة حفتر')).toEqual([200, 201]);
    // A first name alone is not the person; the variant «الشيخ خليفة» makes «خليفة» find 202 only by its last word.
    expect(ids('خليفة')).toEqual([202]);
    expect(ids('دبيبه')).toEqual([203]);
    expect(ids('الدبيبة')).toEqual([203]);
    expect(ids('حفت')).toEqual([]);
    // Cards stored before entityKeys existed still match by their canonical names.
    const { entityKeys: _gone, ...old } = buildCard(haftarFull);
    expect(SearchIndex.build([old]).query({ entity: 'حفتر' }).ids).toEqual([200]);
  });
  it('a query of only punctuation, symbols or spaces is flagged wordless, filters nothing and highlights nothing', () => {
    for (const q of ['...', ' - ', '؟!', '«»', '™', '…', '— / —', '\u064E\u0651']) {
      const r = ix.query({ q });
      expect(r.wordless, q).toBe(true);
      expect(r.terms, q).toEqual([]);
      expect(r.ids.length, q).toBe(3);
      expect(matchRanges('tm ... tm', r.terms)).toEqual([]);
    }
    expect(isWordlessQuery('')).toBe(false);
    expect(isWordlessQuery('   ')).toBe(false);
    expect(ix.query({ q: 'ruto!' }).wordless).toBe(false);
    expect(ix.query({ q: 'ruto!' }).ids).toEqual([en.id]);
    expect(ix.query({ q: '' }).wordless).toBe(false);
  });
  it('favourites and the archive: archived articles leave the list (not a search), favourites show archived or not', () => {
    const cs = [
      buildCard(src({ id: 1, title: 'Kept zebra', savedAt: '2024-01-03T00:00:00Z' })),
      buildCard(src({ id: 2, title: 'Archived zebra', archived: 1, savedAt: '2024-01-02T00:00:00Z' })),
      buildCard(src({ id: 3, title: 'Archived favourite', archived: 1, favorite: 1, read: 1, savedAt: '2024-01-01T00:00:00Z' })),
      buildCard(src({ id: 4, title: 'Favourite', favorite: 1, savedAt: '2023-12-31T00:00:00Z' })),
    ];
    const t = SearchIndex.build(cs);
    expect(t.query({}).ids).toEqual([1, 4]);
    expect(t.query({ read: 'unread' }).ids).toEqual([1, 4]);
    expect(t.query({ read: 'read' }).ids).toEqual([]);
    expect(t.query({ read: 'archived' }).ids).toEqual([2, 3]);
    expect(t.query({ read: 'favorite' }).ids).toEqual([3, 4]);
    expect(t.query({ q: 'zebra' }).ids).toEqual([1, 2]);
    expect(t.query({ q: 'zebra', read: 'archived' }).ids).toEqual([2]);
  });
  it('sorts by saved time or by published time (undated last)', () => {
    expect(ix.query({ sort: 'saved' }).ids).toEqual([other.id, ar.id, en.id]);
    expect(ix.query({ sort: 'published' }).ids).toEqual([en.id, ar.id, other.id]);
  });
  it('term postings are built lazily: listing/filtering does not need them, the first text query builds them', () => {
    const t = SearchIndex.build(cards);
    expect(t.warmed).toBe(false);
    expect(t.query({ lang: 'ar' }).ids).toEqual([ar.id]);
    expect(t.warmed).toBe(false);
    t.upsert(buildCard({ ...en, id: 500, url: 'https://late.example/x', title: 'Late arrival zebra' }));
    expect(t.query({ q: 'zebra' }).ids).toEqual([500]);
    expect(t.warmed).toBe(true);
    expect(t.warm()).toBe(0);
    t.upsert(buildCard({ ...en, id: 501, url: 'https://later.example/x', title: 'Later giraffe' }));
    expect(t.query({ q: 'giraffe' }).ids).toEqual([501]);
  });
  it('upsert and remove keep the index current', () => {
    const t = SearchIndex.build(cards);
    t.remove(ar.id);
    expect(t.query({ q: 'اردوغان' }).ids).toEqual([]);
    t.upsert(buildCard({ ...ar, tags: ['مهم'] }));
    expect(t.query({ q: 'اردوغان', tag: 'مهم' }).ids).toEqual([ar.id]);
    expect(t.size).toBe(3);
  });
});

describe('highlighting', () => {
  it('marks the original spelling of a normalised match, with DOM nodes only', () => {
    const text = fx.article_paragraphs.join('\n\n');
    const terms = queryTerms('اردوغان حكومه');
    const ranges = matchRanges(text, terms);
    const words = ranges.map(([s, e]) => text.slice(s, e));
    expect(words).toContain('إردوغان');
    expect(words).toContain('حكومة');
    const win = snippetWindow(text, ranges, 160);
    const frag = highlighted(document, text, ranges, win);
    const div = document.createElement('div');
    div.appendChild(frag);
    const marks = [...div.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => words.includes(m!))).toBe(true);
    expect(div.textContent!.replace(/^… | …$/g, '')).toBe(text.slice(win[0], win[1]));
  });
  it('a hostile text stays text', () => {
    const div = document.createElement('div');
    const text = '<img src=x onerror=alert(1)> Ruto';
    div.appendChild(highlighted(document, text, matchRanges(text, queryTerms('ruto'))));
    expect(div.querySelector('img')).toBeNull();
    expect(div.querySelector('mark')!.textContent).toBe('Ruto');
  });
  it('clitic-prefixed words highlight only the matching part', () => {
    const text = 'وقال وإردوغان';
    const r = matchRanges(text, queryTerms('اردوغان'));
    expect(r.map(([s, e]) => text.slice(s, e))).toEqual(['إردوغان']);
  });
});
