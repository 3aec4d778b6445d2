/**
 * The JSON backup of the whole library (pure).
 *
 * Format, version 2:
 * `{ "format": "sahifa-backup", "version": 2, "exportedAt": ISO 8601 UTC,
 *    "articles": [PortableArticle, …] }` where every article carries the
 * fields of lib/store's SavedArticle except the derived ones (published,
 * entityNames), `id` included. {@link parseBackup} checks every field and
 * rejects unknown ones, so a corrupt or foreign file never reaches the database.
 * Version 2 adds `favorite`, `archived` (0/1), `position` (reading position
 * or null) and `highlights` to each article; version 1 files still import
 * (those fields get their defaults: 0, 0, null, []).
 */
import type { PortableArticle, SavedArticle } from '../store';
import type { Entity, Evidence } from '../types';

export const BACKUP_FORMAT = 'sahifa-backup';
export const BACKUP_VERSION = 2;
/** Backup versions this code reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 UTC. */
  exportedAt: string;
  articles: PortableArticle[];
}

/**
 * Builds a backup. Input: stored articles, the export time. Output: {@link Backup}
 * (articles in id order, derived fields dropped; nothing else changes).
 */
export function toBackup(articles: readonly SavedArticle[], now: Date): Backup {
  const list = [...articles].sort((a, b) => a.id - b.id).map(({ published: _p, entityNames: _e, ...rest }) => rest);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles: list };
}

/** The backup as JSON text (UTF-8 when saved; Arabic kept as is, not \u-escaped). */
export function serializeBackup(b: Backup): string {
  return JSON.stringify(b, null, 1) + '\n';
}

/** Thrown by {@link parseBackup}: `message` says what is wrong and where (e.g. "articles[3].dateline.published: …"). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const isIso = (x: unknown) => typeof x === 'string' && ISO.test(x) && !Number.isNaN(new Date(x).getTime());

function fail(path: string, what: string): never {
  throw new BackupError(`${path}: ${what}`);
}
function keys(o: Obj, path: string, required: readonly string[], optional: readonly string[] = []): void {
  for (const k of required) if (!(k in o)) fail(path, `missing field "${k}"`);
  const all = new Set([...required, ...optional]);
  for (const k of Object.keys(o)) if (!all.has(k)) fail(path, `unknown field "${k}"`);
}
const str = (v: unknown, p: string) => { if (typeof v !== 'string') fail(p, 'expected text'); };
const strOrNull = (v: unknown, p: string) => { if (v !== null && typeof v !== 'string') fail(p, 'expected text or null'); };
const isoOrNull = (v: unknown, p: string) => { if (v !== null && !isIso(v)) fail(p, 'expected an ISO 8601 date or null'); };
const num = (v: unknown, p: string) => { if (typeof v !== 'number' || !Number.isFinite(v)) fail(p, 'expected a number'); };

function checkEvidence(v: unknown, p: string): void {
  if (v === null) return;
  if (!isObj(v)) fail(p, 'expected evidence or null');
  keys(v, p, ['rule', 'text'], ['offsetMinutes', 'confidence']);
  str(v.rule, `${p}.rule`);
  str(v.text, `${p}.text`);
  if (v.offsetMinutes !== undefined && v.offsetMinutes !== null) num(v.offsetMinutes, `${p}.offsetMinutes`);
  if (v.confidence !== undefined) num(v.confidence, `${p}.confidence`);
  void (v as unknown as Evidence);
}

function checkEntity(v: unknown, p: string): void {
  if (!isObj(v)) fail(p, 'expected an entity');
  keys(v, p, ['name', 'type', 'count', 'variants', 'salience']);
  str(v.name, `${p}.name`);
  if (v.type !== 'PERSON' && v.type !== 'ORG' && v.type !== 'PLACE') fail(`${p}.type`, 'expected PERSON, ORG or PLACE');
  num(v.count, `${p}.count`);
  num(v.salience, `${p}.salience`);
  if (!Array.isArray(v.variants)) fail(`${p}.variants`, 'expected a list');
  v.variants.forEach((x, i) => str(x, `${p}.variants[${i}]`));
  void (v as unknown as Entity);
}

const ARTICLE_FIELDS = ['url', 'title', 'byline', 'siteName', 'lang', 'dir', 'excerpt', 'html', 'text', 'dateline', 'entities', 'savedAt', 'updatedAt', 'tags', 'read', 'imageBytes'] as const;
const V2_FIELDS = ['favorite', 'archived', 'position', 'highlights'] as const;

function checkHighlight(v: unknown, p: string): void {
  if (!isObj(v)) fail(p, 'expected a highlight');
  keys(v, p, ['id', 'exact', 'prefix', 'suffix', 'note', 'createdAt']);
  for (const k of ['id', 'exact', 'prefix', 'suffix', 'note']) str(v[k], `${p}.${k}`);
  if (!(v.exact as string).trim()) fail(`${p}.exact`, 'expected the highlighted text');
  if (!isIso(v.createdAt)) fail(`${p}.createdAt`, 'expected an ISO 8601 date');
}

function checkV2(v: Obj, p: string): void {
  for (const k of ['favorite', 'archived']) if (v[k] !== 0 && v[k] !== 1) fail(`${p}.${k}`, 'expected 0 or 1');
  const pos = v.position;
  if (pos !== null) {
    if (!isObj(pos)) fail(`${p}.position`, 'expected a reading position or null');
    keys(pos, `${p}.position`, ['block', 'progress', 'at']);
    if (typeof pos.block !== 'number' || !Number.isSafeInteger(pos.block) || pos.block < 0) fail(`${p}.position.block`, 'expected a block number');
    if (typeof pos.progress !== 'number' || !(pos.progress >= 0 && pos.progress <= 1)) fail(`${p}.position.progress`, 'expected a number from 0 to 1');
    if (!isIso(pos.at)) fail(`${p}.position.at`, 'expected an ISO 8601 date');
  }
  if (!Array.isArray(v.highlights)) fail(`${p}.highlights`, 'expected a list');
  v.highlights.forEach((h, i) => checkHighlight(h, `${p}.highlights[${i}]`));
}

function checkArticle(v: unknown, p: string, version: number): PortableArticle {
  if (!isObj(v)) fail(p, 'expected an article');
  if (version >= 2) keys(v, p, [...ARTICLE_FIELDS, ...V2_FIELDS], ['id']);
  else keys(v, p, ARTICLE_FIELDS, ['id']);
  if (v.id !== undefined && !(typeof v.id === 'number' && Number.isSafeInteger(v.id) && v.id > 0)) fail(`${p}.id`, 'expected a positive whole number');
  str(v.url, `${p}.url`);
  let proto = '';
  try { proto = new URL(v.url as string).protocol; } catch { fail(`${p}.url`, 'not a web address'); }
  if (!/^(https?|file):$/.test(proto)) fail(`${p}.url`, 'not a web address');
  str(v.title, `${p}.title`);
  strOrNull(v.byline, `${p}.byline`);
  strOrNull(v.siteName, `${p}.siteName`);
  str(v.lang, `${p}.lang`);
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v.lang as string)) fail(`${p}.lang`, 'expected a language tag');
  if (v.dir !== 'rtl' && v.dir !== 'ltr') fail(`${p}.dir`, 'expected "rtl" or "ltr"');
  strOrNull(v.excerpt, `${p}.excerpt`);
  str(v.html, `${p}.html`);
  str(v.text, `${p}.text`);
  const d = v.dateline;
  if (!isObj(d)) fail(`${p}.dateline`, 'expected a dateline');
  keys(d, `${p}.dateline`, ['place', 'source', 'published', 'modified', 'evidence']);
  strOrNull(d.place, `${p}.dateline.place`);
  strOrNull(d.source, `${p}.dateline.source`);
  isoOrNull(d.published, `${p}.dateline.published`);
  isoOrNull(d.modified, `${p}.dateline.modified`);
  if (!isObj(d.evidence)) fail(`${p}.dateline.evidence`, 'expected evidence');
  keys(d.evidence, `${p}.dateline.evidence`, ['place', 'source', 'published', 'modified']);
  for (const k of ['place', 'source', 'published', 'modified']) checkEvidence(d.evidence[k], `${p}.dateline.evidence.${k}`);
  if (!Array.isArray(v.entities)) fail(`${p}.entities`, 'expected a list');
  v.entities.forEach((e, i) => checkEntity(e, `${p}.entities[${i}]`));
  if (!isIso(v.savedAt)) fail(`${p}.savedAt`, 'expected an ISO 8601 date');
  if (!isIso(v.updatedAt)) fail(`${p}.updatedAt`, 'expected an ISO 8601 date');
  if (!Array.isArray(v.tags)) fail(`${p}.tags`, 'expected a list');
  v.tags.forEach((t, i) => str(t, `${p}.tags[${i}]`));
  if (v.read !== 0 && v.read !== 1) fail(`${p}.read`, 'expected 0 or 1');
  if (typeof v.imageBytes !== 'number' || !Number.isSafeInteger(v.imageBytes) || v.imageBytes < 0) fail(`${p}.imageBytes`, 'expected a byte count');
  if (version >= 2) {
    checkV2(v, p);
    return v as unknown as PortableArticle;
  }
  return { ...v, favorite: 0, archived: 0, position: null, highlights: [] } as unknown as PortableArticle;
}

/**
 * Parses and validates a backup file. Input: the file's text. Output: the
 * {@link Backup}. Throws {@link BackupError} with a plain message (not JSON,
 * not a Sahifa backup, newer version, or the first bad field with its path).
 */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError('the file is not JSON (it may be damaged or not a Sahifa backup)');
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) throw new BackupError('this is not a Sahifa backup file');
  if (!READABLE_VERSIONS.includes(data.version as number)) throw new BackupError(`backup version ${String(data.version)} is not supported (this version of Sahifa reads versions ${READABLE_VERSIONS.join(' and ')})`);
  const version = data.version as number;
  keys(data, 'backup', ['format', 'version', 'exportedAt', 'articles']);
  if (!isIso(data.exportedAt)) fail('exportedAt', 'expected an ISO 8601 date');
  if (!Array.isArray(data.articles)) fail('articles', 'expected a list');
  const articles = data.articles.map((a, i) => checkArticle(a, `articles[${i}]`, version));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: data.exportedAt as string, articles };
}
