/**
 * The compact, derived form of a saved article that the library list and the
 * search index read (one row per article in the `cards` table): metadata for
 * sorting and filtering, plus the normalised search terms. Never exported; it
 * is rebuilt from the article on every write, on migration and on import.
 */
import type { EntityType } from '../types';
import { entityKey, termsOf } from './normalize';

/** Fields of a saved article the card is built from. */
export interface CardSource {
  id: number;
  url: string;
  title: string;
  siteName: string | null;
  lang: string;
  dir: 'rtl' | 'ltr';
  excerpt: string | null;
  text: string;
  html: string;
  savedAt: string;
  dateline: { published: string | null };
  entities: { name: string; type: EntityType; count: number; variants: string[] }[];
  tags: string[];
  read: 0 | 1;
  imageBytes: number;
  favorite?: 0 | 1;
  archived?: 0 | 1;
  position?: { progress: number } | null;
  highlights?: { exact: string; note: string }[];
}

/** One row of the `cards` table. */
export interface Card {
  id: number;
  url: string;
  title: string;
  /** siteName, or the URL's host when the page gave none. */
  site: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  excerpt: string | null;
  savedAt: string;
  /** Publication time (ISO 8601 UTC) or null. */
  published: string | null;
  tags: string[];
  read: 0 | 1;
  /** 1 for a favourite. (v3) */
  favorite: 0 | 1;
  /** 1 when archived. (v3) */
  archived: 0 | 1;
  /** Share of the article read (0…1), or null when never opened in the reader. (v3) */
  progress: number | null;
  /** Number of highlights. (v3) */
  highlights: number;
  /** Entities, canonical names and types, in the article's order (salience first). */
  entities: { name: string; type: EntityType }[];
  /** Match keys (lib/library/normalize entityKey) of every entity's canonical name and variants, unique; absent on cards built before them. */
  entityKeys?: string[];
  /** Stored size of the article (HTML + text, UTF-16 code units × 2 ≈ bytes). */
  bytes: number;
  /** Bytes of images stored inside the HTML as data: URLs (0 when images are links). */
  imageBytes: number;
  /** Space-separated normalised terms of the title, entity names and variants, site and tags (weighted higher). */
  strong: string;
  /** Space-separated normalised terms of the body text (and excerpt). */
  terms: string;
}

/** The URL's host, or '' when it does not parse. */
export function hostOf(url: string): string {
  try { return new URL(url).hostname; } catch { return ''; }
}

/**
 * Builds the card of an article. Input: the stored record. Output: {@link Card}.
 * Cost: linear in the text (normalisation + tokenising), about 1 ms for a 1,000-word article.
 */
export function buildCard(a: CardSource): Card {
  const strong = termsOf(a.title, a.siteName ?? '', hostOf(a.url), ...a.entities.flatMap((e) => [e.name, ...(e.variants ?? [])]), ...a.tags);
  const body = termsOf(a.excerpt ?? '', a.text, ...(a.highlights ?? []).map((h) => h.note));
  for (const t of strong) body.delete(t);
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    site: a.siteName || hostOf(a.url),
    lang: a.lang,
    dir: a.dir,
    excerpt: a.excerpt,
    savedAt: a.savedAt,
    published: a.dateline?.published ?? null,
    tags: [...a.tags],
    read: a.read,
    favorite: a.favorite ?? 0,
    archived: a.archived ?? 0,
    progress: a.position?.progress ?? null,
    highlights: a.highlights?.length ?? 0,
    entities: a.entities.map((e) => ({ name: e.name, type: e.type })),
    entityKeys: [...new Set(a.entities.flatMap((e) => [e.name, ...(e.variants ?? [])]).map(entityKey).filter(Boolean))],
    bytes: (a.html.length + a.text.length) * 2,
    imageBytes: a.imageBytes,
    strong: [...strong].join(' '),
    terms: [...body].join(' '),
  };
}
