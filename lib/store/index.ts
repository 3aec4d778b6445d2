/**
 * The saved-articles library: IndexedDB through Dexie, database "sahifa".
 * Pure: the IndexedDB factory and key-range class are passed in (the
 * extension passes the browser's, tests pass fake-indexeddb's).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Dateline, Entity } from '../types';

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
  /** Sanitised article HTML. */
  html: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  dateline: Dateline;
  entities: Entity[];
  /** When it was (last) saved, ISO 8601 UTC. */
  savedAt: string;
}

/** A record to save (the id is assigned by the library). */
export type NewArticle = Omit<SavedArticle, 'id'>;

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

export interface Library {
  /** Inserts, or updates the record with the same URL (never duplicates). Output: its id, and whether it existed. Throws LibraryError; on failure nothing already saved changes (one transaction). */
  saveArticle(record: NewArticle): Promise<{ id: number; updated: boolean }>;
  /** All saved articles, newest save first. */
  listArticles(): Promise<SavedArticle[]>;
  /** One article by id, or undefined. */
  getArticle(id: number): Promise<SavedArticle | undefined>;
  /** Deletes one article (no error when it does not exist). */
  deleteArticle(id: number): Promise<void>;
  /** Closes the database connection. */
  close(): void;
}

/** Version 1 schema (Dexie syntax): auto-increment id, unique url, indexes for sorting/filtering. */
export const SCHEMA_V1 = { articles: '++id, &url, savedAt, siteName, lang' };

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

/**
 * Opens (lazily) the "sahifa" database.
 * Input: an IDBFactory and the matching IDBKeyRange class (e.g. the page's
 * `indexedDB`/`IDBKeyRange`, or fake-indexeddb's); `name` for tests.
 * Output: a {@link Library}. Every method rejects with {@link LibraryError}.
 */
export function createLibrary(indexedDB: IDBFactory, IDBKeyRange: typeof globalThis.IDBKeyRange, name = 'sahifa'): Library {
  const db = new Dexie(name, { indexedDB, IDBKeyRange }) as Dexie & { articles: EntityTable<SavedArticle, 'id'> };
  db.version(1).stores(SCHEMA_V1);

  return {
    async saveArticle(record) {
      validate(record);
      try {
        return await db.transaction('rw', db.articles, async () => {
          const existing = await db.articles.where('url').equals(record.url).first();
          if (existing) {
            await db.articles.put({ ...record, id: existing.id });
            return { id: existing.id, updated: true };
          }
          const id = await db.articles.add(record as SavedArticle);
          return { id: id as number, updated: false };
        });
      } catch (err) {
        throw toLibraryError(err, 'save the article');
      }
    },
    async listArticles() {
      try {
        return await db.articles.orderBy('savedAt').reverse().toArray();
      } catch (err) {
        throw toLibraryError(err, 'list saved articles');
      }
    },
    async getArticle(id) {
      if (!Number.isSafeInteger(id)) return undefined;
      try {
        return await db.articles.get(id);
      } catch (err) {
        throw toLibraryError(err, 'open the saved article');
      }
    },
    async deleteArticle(id) {
      try {
        await db.articles.delete(id);
      } catch (err) {
        throw toLibraryError(err, 'delete the article');
      }
    },
    close() {
      db.close({ disableAutoOpen: true });
    },
  };
}

export { buildRecord } from './record';
