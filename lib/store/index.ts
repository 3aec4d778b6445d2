/**
 * The saved-articles library: IndexedDB through Dexie, database "sahifa".
 * Pure: the IndexedDB factory and key-range class are passed in (the
 * extension passes the browser's, tests pass fake-indexeddb's).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Dateline, Entity } from '../types';
import { buildCard, type Card } from '../library/card';

/** One saved article. HTML is already sanitised (lib/sanitize) when stored; it is sanitised again when rendered. */
export interface SavedArticle {
  /** Auto-increment key. */
  id: number;
  /** Page URL; unique (saving the same URL again updates the record). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language of the article. */
  lang: string;
  dir: 'rtl' | 'ltr';
  excerpt: string | null;
  /** Sanitised article HTML (images as http(s) links, or as data: URLs when stored offline). */
  html: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  dateline: Dateline;
  entities: Entity[];
  /** When it was (last) saved, ISO 8601 UTC. */
  savedAt: string;
  /** Last change of any kind (save, tags, read state), ISO 8601 UTC; decides which copy wins on import. (v2) */
  updatedAt: string;
  /** User tags, trimmed, unique (case-insensitive), in the order added. (v2, multi-entry index) */
  tags: string[];
  /** 1 when marked read, 0 when unread (IndexedDB cannot index booleans). (v2, indexed) */
  read: 0 | 1;
  /** Bytes of images stored inside `html` as data: URLs; 0 when images are web links. (v2) */
  imageBytes: number;
  /** 1 when marked as a favourite, else 0. (v3, indexed) */
  favorite: 0 | 1;
  /** 1 when archived (out of the main list, kept and searchable), else 0. (v3, indexed) */
  archived: 0 | 1;
  /** Where reading stopped, or null when never opened in the reader. (v3) */
  position: ReadingPosition | null;
  /** Highlights and notes made in the reader, in the order made. (v3) */
  highlights: Highlight[];
  /** Derived: `dateline.published` (indexed for sorting). (v2) */
  published: string | null;
  /** Derived: entity canonical names (multi-entry index for the entity filter). (v2) */
  entityNames: string[];
}

/**
 * Where the reader stopped in an article: `block` is the index of the first
 * readable block (title = 0, then the article's paragraphs, headings, list
 * items… in document order) at the top of the window; `progress` the share
 * of the article scrolled past, 0…1; `at` when, ISO 8601 UTC.
 */
export interface ReadingPosition { block: number; progress: number; at: string }

/**
 * A highlight, anchored by quote (W3C Web Annotation TextQuoteSelector):
 * the highlighted text `exact`, with up to 32 characters of `prefix` and
 * `suffix` around it in the article's text, so it is found again whatever
 * the markup; `note` is the user's note ('' for none); `id` unique within the article.
 */
export interface Highlight { id: string; exact: string; prefix: string; suffix: string; note: string; createdAt: string }

/** Fields derived from the others on every write (not part of a backup). */
export type DerivedField = 'published' | 'entityNames';

/** A record to save: the id is assigned by the library, derived fields are computed, the v2 user fields default to empty/unread. */
export type NewArticle = Omit<SavedArticle, 'id' | DerivedField | UserField>
  & Partial<Pick<SavedArticle, UserField>>;

/** Fields the user changes (tags, states, position, highlights) and bookkeeping; optional when saving (kept from the stored copy, else empty). */
export type UserField = 'updatedAt' | 'tags' | 'read' | 'imageBytes' | 'favorite' | 'archived' | 'position' | 'highlights';

/** A change of state for one or several articles ({@link Library.setFlags}). */
export interface Flags { read?: boolean; favorite?: boolean; archived?: boolean }

/** An article as it travels in a backup: everything but the derived fields; `id` optional. */
export type PortableArticle = Omit<SavedArticle, DerivedField | 'id'> & { id?: number };

/** Why a library operation failed: quota exceeded, database closed/blocked, bad record, or other. */
export type LibraryErrorCode = 'quota' | 'closed' | 'invalid' | 'unknown';

/** Thrown by every library operation that fails; `message` is plain words for the UI, `cause` the original error. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  constructor(code: LibraryErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** What {@link Library.importArticles} did. */
export interface ImportResult {
  /** New records. */
  added: number;
  /** Existing records (same URL) replaced by a newer copy from the file. */
  updated: number;
  /** Records left as they were (the library's copy is as new or newer). */
  unchanged: number;
}

export interface Library {
  /** Inserts, or updates the record with the same URL (never duplicates; tags and read state are kept). Output: its id, and whether it existed. Throws LibraryError; on failure nothing already saved changes (one transaction). */
  saveArticle(record: NewArticle): Promise<{ id: number; updated: boolean }>;
  /** All saved articles, newest save first. */
  listArticles(): Promise<SavedArticle[]>;
  /** The compact cards of every article (list + search), with their search terms, in id order. */
  listCards(): Promise<Card[]>;
  /** The cards without their search terms (`strong` and `terms` are ''): a fraction of the bytes, for showing the list first. */
  listCardMeta(): Promise<Card[]>;
  /** The search terms of every card (pair with {@link listCardMeta}; see SearchIndex.attachTerms). */
  listCardTerms(): Promise<CardTerms[]>;
  /** One article by id, or undefined. */
  getArticle(id: number): Promise<SavedArticle | undefined>;
  /** Several articles by id (undefined where missing), in the order asked. */
  getArticles(ids: number[]): Promise<(SavedArticle | undefined)[]>;
  /** Deletes one article. Output: the deleted record (for undo), or undefined when it did not exist. */
  deleteArticle(id: number): Promise<SavedArticle | undefined>;
  /** Puts a deleted record back exactly as it was (same id). Throws LibraryError 'invalid' when its URL was saved again meanwhile. */
  restoreArticle(record: SavedArticle): Promise<void>;
  /** Replaces an article's tags (cleaned: trimmed, ≤ 64 chars, unique case-insensitively). Output: the tags stored. */
  setTags(id: number, tags: string[]): Promise<string[]>;
  /** Marks an article read or unread. */
  setRead(id: number, read: boolean): Promise<void>;
  /** Sets read/favourite/archived on several articles at once (one transaction; missing ids are skipped). Output: how many changed. */
  setFlags(ids: readonly number[], flags: Flags): Promise<number>;
  /** Adds tags to several articles (existing tags kept; one transaction). Output: how many changed. */
  addTags(ids: readonly number[], tags: readonly string[]): Promise<number>;
  /** Deletes several articles in one transaction. Output: the deleted records, for undo ({@link restoreArticles}). */
  deleteArticles(ids: readonly number[]): Promise<SavedArticle[]>;
  /** Puts deleted records back as they were (one transaction); throws LibraryError 'invalid' and restores nothing if one URL was saved again meanwhile. */
  restoreArticles(records: readonly SavedArticle[]): Promise<void>;
  /** Remembers where reading stopped (progress clamped to 0…1). Does not change `updatedAt`'s meaning: it is a change, so it bumps it. Throws LibraryError 'invalid' when the article is gone. */
  setPosition(id: number, position: Omit<ReadingPosition, 'at'> & { at?: string }): Promise<ReadingPosition>;
  /** Replaces an article's highlights (cleaned by {@link cleanHighlights}). Output: the list stored. */
  setHighlights(id: number, highlights: readonly Highlight[]): Promise<Highlight[]>;
  /**
   * Imports backup records in one transaction (all or nothing): a URL already
   * in the library is replaced only when the file's copy is newer
   * (`updatedAt`), so importing twice changes nothing the second time; a new
   * URL keeps the file's id when that id is free. Records must be validated
   * first (lib/library/backup). Throws LibraryError (quota, …) and then has changed nothing.
   */
  importArticles(records: PortableArticle[]): Promise<ImportResult>;
  /** Deletes every article. */
  clear(): Promise<void>;
  /** Closes the database connection. */
  close(): void;
}

/** Version 1 schema (Dexie syntax): auto-increment id, unique url, indexes for sorting/filtering. */
export const SCHEMA_V1 = { articles: '++id, &url, savedAt, siteName, lang' };

/**
 * Version 2: published time (sort), multi-entry tags and entity names,
 * read state; plus the `cards` table (compact rows for the list) and the `terms` table (their normalised search
 * terms, see lib/library/card.ts), rebuilt from the articles by the upgrade.
 */
export const SCHEMA_V2 = {
  articles: '++id, &url, savedAt, published, siteName, lang, *tags, read, *entityNames',
  cards: 'id',
  terms: 'id',
};

/**
 * Version 3: favourite and archived states (indexed), reading position and
 * highlights; the upgrade fills them (0, 0, null, []) and rebuilds the cards
 * (which now carry them).
 */
export const SCHEMA_V3 = {
  articles: '++id, &url, savedAt, published, siteName, lang, *tags, read, *entityNames, favorite, archived',
  cards: 'id',
  terms: 'id',
};

/** One row of the `terms` table: a card's normalised search terms. */
export interface CardTerms { id: number; strong: string; terms: string }

function splitCard(c: Card): [Card, CardTerms] {
  return [{ ...c, strong: '', terms: '' }, { id: c.id, strong: c.strong, terms: c.terms }];
}

/** Cleans a tag list: trims and collapses spaces, drops empties, ≤ 64 chars each, unique case-insensitively, order kept. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const t = String(raw ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 64);
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** Limits of a highlight (characters): the quote, its context on each side, the note. */
export const HIGHLIGHT_LIMITS = { exact: 4000, context: 32, note: 2000, count: 500 } as const;

/**
 * Cleans a highlight list: drops entries without text, trims the quote's
 * context to {@link HIGHLIGHT_LIMITS}, keeps the first of two with the same id,
 * at most `count` entries. Input: any list (from the UI or a backup). Output: a new list.
 */
export function cleanHighlights(list: readonly Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  const seen = new Set<string>();
  for (const h of list) {
    if (!h || typeof h.exact !== 'string' || !h.exact.trim() || typeof h.id !== 'string' || !h.id || seen.has(h.id)) continue;
    seen.add(h.id);
    out.push({
      id: h.id.slice(0, 64),
      exact: h.exact.slice(0, HIGHLIGHT_LIMITS.exact),
      prefix: String(h.prefix ?? '').slice(-HIGHLIGHT_LIMITS.context),
      suffix: String(h.suffix ?? '').slice(0, HIGHLIGHT_LIMITS.context),
      note: String(h.note ?? '').slice(0, HIGHLIGHT_LIMITS.note),
      createdAt: h.createdAt,
    });
    if (out.length >= HIGHLIGHT_LIMITS.count) break;
  }
  return out;
}

/** Fills the v3 fields of a v2 record (migration): not a favourite, not archived, no position, no highlights. */
export function upgradeV2Record<T extends object>(r: T): T & Pick<SavedArticle, 'favorite' | 'archived' | 'position' | 'highlights'> {
  const o = r as T & Partial<SavedArticle>;
  return { ...r, favorite: o.favorite ?? 0, archived: o.archived ?? 0, position: o.position ?? null, highlights: o.highlights ?? [] };
}

/** Adds the derived fields (published, entityNames) to a record. */
export function withDerived<T extends Pick<SavedArticle, 'dateline' | 'entities'>>(r: T): T & Pick<SavedArticle, DerivedField> {
  return { ...r, published: r.dateline?.published ?? null, entityNames: [...new Set((r.entities ?? []).map((e) => e.name))] };
}

/** Fills the v2 fields of a v1 record (migration): no tags, unread, no stored images, updatedAt = savedAt. */
export function upgradeV1Record(r: Omit<SavedArticle, DerivedField | UserField>): Omit<SavedArticle, 'favorite' | 'archived' | 'position' | 'highlights'> {
  return withDerived({ ...r, updatedAt: r.savedAt, tags: [], read: 0 as const, imageBytes: 0 });
}

function namesOf(err: unknown): string[] {
  const out: string[] = [];
  for (let e = err as { name?: string; inner?: unknown } | undefined, i = 0; e && i < 5; e = e.inner as typeof e, i++) {
    if (e.name) out.push(e.name);
  }
  return out;
}

/** Maps IndexedDB/Dexie failures to a {@link LibraryError} with a plain message. */
export function toLibraryError(err: unknown, action: string): LibraryError {
  if (err instanceof LibraryError) return err;
  const names = namesOf(err);
  const detail = (err as Error)?.message ?? String(err);
  if (names.includes('QuotaExceededError')) return new LibraryError('quota', `Could not ${action}: the browser's storage is full.`, err);
  if (names.some((n) => /DatabaseClosed|InvalidState|Blocked|VersionError|OpenFailed|MissingAPI/.test(n))) {
    return new LibraryError('closed', `Could not ${action}: the library database is not available (${detail}).`, err);
  }
  if (names.some((n) => /DataClone|Constraint|DataError/.test(n))) return new LibraryError('invalid', `Could not ${action}: the article could not be stored (${detail}).`, err);
  return new LibraryError('unknown', `Could not ${action}: ${detail}`, err);
}

function validate(r: NewArticle): void {
  let ok = false;
  try { ok = /^https?:$|^file:$/.test(new URL(r.url).protocol); } catch { ok = false; }
  if (!ok) throw new LibraryError('invalid', 'Could not save the article: it has no web address.');
  if (typeof r.title !== 'string' || typeof r.html !== 'string' || typeof r.text !== 'string') {
    throw new LibraryError('invalid', 'Could not save the article: the record is incomplete.');
  }
  if (Number.isNaN(new Date(r.savedAt).getTime())) throw new LibraryError('invalid', 'Could not save the article: bad save time.');
}

type DB = Dexie & { articles: EntityTable<SavedArticle, 'id'>; cards: EntityTable<Card, 'id'>; terms: EntityTable<CardTerms, 'id'> };

/**
 * Opens (lazily) the "sahifa" database, upgrading a version 1 database in place.
 * Input: an IDBFactory and the matching IDBKeyRange class (e.g. the page's
 * `indexedDB`/`IDBKeyRange`, or fake-indexeddb's); `name` for tests.
 * Output: a {@link Library}. Every method rejects with {@link LibraryError}.
 */
export function createLibrary(indexedDB: IDBFactory, IDBKeyRange: typeof globalThis.IDBKeyRange, name = 'sahifa'): Library {
  const db = new Dexie(name, { indexedDB, IDBKeyRange }) as DB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(async (tx) => {
    const articles = tx.table('articles');
    const all = (await articles.toArray()) as Parameters<typeof upgradeV1Record>[0][];
    const upgraded = all.map(upgradeV1Record);
    await articles.bulkPut(upgraded);
    // The cards are built by the v3 upgrade, which runs next.
  });
  db.version(3).stores(SCHEMA_V3).upgrade(async (tx) => {
    const articles = tx.table('articles');
    const upgraded = ((await articles.toArray()) as Parameters<typeof upgradeV2Record>[0][]).map(upgradeV2Record) as SavedArticle[];
    await articles.bulkPut(upgraded);
    const parts = upgraded.map((r) => splitCard(buildCard(r)));
    await tx.table('cards').clear();
    await tx.table('terms').clear();
    await tx.table('cards').bulkPut(parts.map((x) => x[0]));
    await tx.table('terms').bulkPut(parts.map((x) => x[1]));
  });

  const putCard = async (c: Card) => {
    const [meta, terms] = splitCard(c);
    await db.cards.put(meta);
    await db.terms.put(terms);
  };
  const write = async (r: SavedArticle) => {
    await db.articles.put(r);
    await putCard(buildCard(r));
  };
  const guard = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw toLibraryError(err, action);
    }
  };
  const rw = <T>(fn: () => Promise<T>) => db.transaction('rw', [db.articles, db.cards, db.terms], fn);

  return {
    async saveArticle(record) {
      validate(record);
      return guard('save the article', () => rw(async () => {
        const existing = await db.articles.where('url').equals(record.url).first();
        const base = {
          ...record,
          updatedAt: record.updatedAt ?? record.savedAt,
          tags: cleanTags(record.tags ?? existing?.tags ?? []),
          read: record.read ?? existing?.read ?? 0,
          imageBytes: record.imageBytes ?? 0,
          favorite: record.favorite ?? existing?.favorite ?? 0,
          archived: record.archived ?? existing?.archived ?? 0,
          position: record.position !== undefined ? record.position : existing?.position ?? null,
          highlights: cleanHighlights(record.highlights ?? existing?.highlights ?? []),
        };
        if (existing) {
          await write(withDerived({ ...base, id: existing.id }));
          return { id: existing.id, updated: true };
        }
        const id = (await db.articles.add(withDerived(base) as SavedArticle)) as number;
        await putCard(buildCard({ ...withDerived(base), id }));
        return { id, updated: false };
      }));
    },
    listArticles() {
      return guard('list saved articles', () => db.articles.orderBy('savedAt').reverse().toArray());
    },
    listCards() {
      return guard('list saved articles', () => db.transaction('r', db.cards, db.terms, async () => {
        const [cards, terms] = await Promise.all([db.cards.toArray(), db.terms.toArray()]);
        const byId = new Map(terms.map((t) => [t.id, t]));
        return cards.map((c) => ({ ...c, strong: byId.get(c.id)?.strong ?? '', terms: byId.get(c.id)?.terms ?? '' }));
      }));
    },
    listCardMeta() {
      return guard('list saved articles', () => db.cards.toArray());
    },
    listCardTerms() {
      return guard('list saved articles', () => db.terms.toArray());
    },
    async getArticle(id) {
      if (!Number.isSafeInteger(id)) return undefined;
      return guard('open the saved article', () => db.articles.get(id));
    },
    getArticles(ids) {
      return guard('open the saved articles', () => db.articles.bulkGet(ids));
    },
    deleteArticle(id) {
      return guard('delete the article', () => rw(async () => {
        const old = await db.articles.get(id);
        await db.articles.delete(id);
        await db.cards.delete(id);
        await db.terms.delete(id);
        return old;
      }));
    },
    restoreArticle(record) {
      return guard('restore the article', () => rw(async () => {
        const clash = await db.articles.where('url').equals(record.url).first();
        if (clash && clash.id !== record.id) throw new LibraryError('invalid', 'Could not restore the article: it was saved again in the meantime.');
        await write(record);
      }));
    },
    setTags(id, tags) {
      return guard('change the tags', () => rw(async () => {
        const r = await db.articles.get(id);
        if (!r) throw new LibraryError('invalid', 'Could not change the tags: the article no longer exists.');
        const clean = cleanTags(tags);
        await write({ ...r, tags: clean, updatedAt: new Date().toISOString() });
        return clean;
      }));
    },
    setRead(id, read) {
      return guard('mark the article', () => rw(async () => {
        const r = await db.articles.get(id);
        if (!r) throw new LibraryError('invalid', 'Could not mark the article: it no longer exists.');
        await write({ ...r, read: read ? 1 : 0, updatedAt: new Date().toISOString() });
      }));
    },
    setFlags(ids, flags) {
      return guard('change the articles', () => rw(async () => {
        let n = 0;
        const now = new Date().toISOString();
        for (const r of await db.articles.bulkGet([...ids])) {
          if (!r) continue;
          const next = { ...r };
          if (flags.read !== undefined) next.read = flags.read ? 1 : 0;
          if (flags.favorite !== undefined) next.favorite = flags.favorite ? 1 : 0;
          if (flags.archived !== undefined) next.archived = flags.archived ? 1 : 0;
          if (next.read === r.read && next.favorite === r.favorite && next.archived === r.archived) continue;
          await write({ ...next, updatedAt: now });
          n++;
        }
        return n;
      }));
    },
    addTags(ids, tags) {
      return guard('change the tags', () => rw(async () => {
        let n = 0;
        const now = new Date().toISOString();
        for (const r of await db.articles.bulkGet([...ids])) {
          if (!r) continue;
          const next = cleanTags([...r.tags, ...tags]);
          if (next.length === r.tags.length) continue;
          await write({ ...r, tags: next, updatedAt: now });
          n++;
        }
        return n;
      }));
    },
    deleteArticles(ids) {
      return guard('delete the articles', () => rw(async () => {
        const old = (await db.articles.bulkGet([...ids])).filter((r): r is SavedArticle => !!r);
        const gone = old.map((r) => r.id);
        await db.articles.bulkDelete(gone);
        await db.cards.bulkDelete(gone);
        await db.terms.bulkDelete(gone);
        return old;
      }));
    },
    restoreArticles(records) {
      return guard('restore the articles', () => rw(async () => {
        for (const record of records) {
          const clash = await db.articles.where('url').equals(record.url).first();
          if (clash && clash.id !== record.id) throw new LibraryError('invalid', 'Could not restore the articles: one of them was saved again in the meantime.');
        }
        for (const record of records) await write(record);
      }));
    },
    setPosition(id, position) {
      return guard('remember the reading position', () => rw(async () => {
        const r = await db.articles.get(id);
        if (!r) throw new LibraryError('invalid', 'Could not remember the reading position: the article no longer exists.');
        const p = Number.isFinite(position.progress) ? Math.min(1, Math.max(0, position.progress)) : 0;
        const pos: ReadingPosition = { block: Math.max(0, Math.floor(position.block) || 0), progress: Math.round(p * 1000) / 1000, at: position.at ?? new Date().toISOString() };
        await write({ ...r, position: pos, updatedAt: pos.at });
        return pos;
      }));
    },
    setHighlights(id, highlights) {
      return guard('save the highlights', () => rw(async () => {
        const r = await db.articles.get(id);
        if (!r) throw new LibraryError('invalid', 'Could not save the highlights: the article no longer exists.');
        const clean = cleanHighlights(highlights);
        await write({ ...r, highlights: clean, updatedAt: new Date().toISOString() });
        return clean;
      }));
    },
    importArticles(records) {
      for (const r of records) validate(r);
      // Within the file, the newest copy of each URL wins.
      const byUrl = new Map<string, PortableArticle>();
      for (const r of records) {
        const prev = byUrl.get(r.url);
        if (!prev || r.updatedAt > prev.updatedAt) byUrl.set(r.url, r);
      }
      return guard('import the backup', () => rw(async () => {
        const res: ImportResult = { added: 0, updated: 0, unchanged: 0 };
        for (const r of byUrl.values()) {
          const { id: fileId, ...rest } = r;
          const rec = withDerived({ ...upgradeV2Record(rest), tags: cleanTags(rest.tags), highlights: cleanHighlights(rest.highlights ?? []) });
          const existing = await db.articles.where('url').equals(r.url).first();
          if (existing) {
            if (new Date(r.updatedAt).getTime() > new Date(existing.updatedAt).getTime()) {
              await write({ ...rec, id: existing.id });
              res.updated++;
            } else res.unchanged++;
            continue;
          }
          if (fileId !== undefined && !(await db.articles.get(fileId))) await write({ ...rec, id: fileId });
          else {
            const id = (await db.articles.add(rec as SavedArticle)) as number;
            await putCard(buildCard({ ...rec, id }));
          }
          res.added++;
        }
        return res;
      }));
    },
    clear() {
      return guard('empty the library', () => rw(async () => {
        await db.articles.clear();
        await db.cards.clear();
        await db.terms.clear();
      }));
    },
    close() {
      db.close({ disableAutoOpen: true });
    },
  };
}

export { buildRecord } from './record';
export type { Card } from '../library/card';
