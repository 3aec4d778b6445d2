/**
 * Loader for the shared evaluation corpus (`../shared/corpus/`, see its README.md)
 * and the hand-checked fixtures (`../shared/fixtures/`), used by `npm run bench`
 * and by tests that read `../shared`. Reads files in place; never copies pages.
 *
 * Node only (fs, zlib). HTML truth (Readability's expected.html) is turned into
 * text with a caller-supplied function, so this module needs no DOM.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** One page as listed in corpus/index.json (fixtures are mapped onto the same shape). */
export interface CorpusPage {
  /** "<set>/<name>", e.g. "scrapinghub/042b…", "fixtures/libyatoday-turkey-wifaq". */
  id: string;
  /** "readability" | "scrapinghub" | "trafilatura" | "fixtures". */
  set: string;
  lang: string | null;
  dir: 'rtl' | 'ltr' | null;
  /** Page file, relative to the corpus directory (fixtures: "../fixtures/<name>/page.html"). */
  html: string;
  url: string;
  truth: CorpusTruthRef;
  /** e.g. ["rtl"], ["rtl", "rtl-synthetic"]. */
  tags: string[];
  title?: string;
}

/** Where a page's ground truth is (index.json's `truth`, plus `paragraphs` for fixtures). */
export type CorpusTruthRef =
  | { type: 'html'; path: string }
  | { type: 'json'; path: string; key: string; field: string }
  | { type: 'text'; path: string }
  | { type: 'snippets'; path?: string; index?: number; with: string[]; without: string[] }
  | { type: 'paragraphs'; path: string };

/** Ground truth, loaded: full text (paragraphs joined by blank lines) or snippets. */
export type Truth =
  | { kind: 'text'; text: string }
  | { kind: 'snippets'; with: string[]; without: string[] };

/** Repository root (two levels above this file). */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
}

/** `../shared` of the repository root (the project rule: resolve it from the repo root). */
export function resolveSharedDir(root: string = repoRoot()): string {
  return path.resolve(root, '../shared');
}

/** True when `<shared>/corpus/index.json` exists (tests skip with a notice otherwise). */
export function corpusAvailable(sharedDir: string = resolveSharedDir()): boolean {
  return fs.existsSync(path.join(sharedDir, 'corpus', 'index.json'));
}

/**
 * Reads `<shared>/corpus/index.json`. Output: its pages (in file order).
 * Throws (ENOENT) when the corpus is absent: check {@link corpusAvailable} first.
 */
export function loadIndex(sharedDir: string = resolveSharedDir()): CorpusPage[] {
  const idx = JSON.parse(fs.readFileSync(path.join(sharedDir, 'corpus', 'index.json'), 'utf8')) as { pages: CorpusPage[] };
  return idx.pages.map((p) => ({ ...p, tags: p.tags ?? [] }));
}

/**
 * The hand-checked fixtures: every `<shared>/fixtures/<name>/` (or `fixturesDir`) with
 * a page.html and an expected.json holding `article_paragraphs`, as corpus pages of
 * set "fixtures" (truth: the paragraphs). Tags `rtl` when expected.json says dir rtl.
 */
export function loadFixturePages(sharedDir: string = resolveSharedDir(), fixturesDir = path.join(sharedDir, 'fixtures')): CorpusPage[] {
  if (!fs.existsSync(fixturesDir)) return [];
  const corpusDir = path.join(sharedDir, 'corpus');
  const out: CorpusPage[] = [];
  for (const name of fs.readdirSync(fixturesDir).sort()) {
    const dir = path.join(fixturesDir, name);
    const exp = path.join(dir, 'expected.json');
    if (!fs.existsSync(exp) || !fs.existsSync(path.join(dir, 'page.html'))) continue;
    const e = JSON.parse(fs.readFileSync(exp, 'utf8')) as { url?: string; lang?: string; dir?: string; title?: string; article_paragraphs?: string[] };
    if (!Array.isArray(e.article_paragraphs)) continue;
    out.push({
      id: `fixtures/${name}`, set: 'fixtures', lang: e.lang ?? null, dir: e.dir === 'rtl' ? 'rtl' : e.dir === 'ltr' ? 'ltr' : null,
      html: path.relative(corpusDir, path.join(dir, 'page.html')),
      url: e.url ?? `http://localhost/${name}/page.html`,
      truth: { type: 'paragraphs', path: path.relative(corpusDir, exp) },
      tags: e.dir === 'rtl' ? ['rtl'] : [], title: e.title,
    });
  }
  return out;
}

/** Canonical encoding names for TextDecoder, from a declared label; null if unknown. */
function decoderFor(label: string): TextDecoder | null {
  try { return new TextDecoder(label.trim().toLowerCase()); } catch { return null; }
}

/**
 * The charset a page declares: BOM, then `<meta charset>` / `<meta http-equiv
 * content="…charset=…">` / `<?xml encoding>` in the first 8 kB. Null when none.
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes page bytes to a string. Bytes that are valid UTF-8 are read as UTF-8
 * (pages often declare latin-1 but serve UTF-8; valid UTF-8 by accident in a
 * legacy charset is rare); otherwise the declared charset ({@link sniffCharset}),
 * else windows-1252. Output: {html, charset actually used}.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; charset: string } {
  const declared = sniffCharset(bytes);
  if (declared?.startsWith('utf-16')) return { html: new TextDecoder(declared).decode(bytes), charset: declared };
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch { /* not UTF-8 */ }
  const dec = (declared && declared !== 'utf-8' && declared !== 'utf8' ? decoderFor(declared) : null) ?? new TextDecoder('windows-1252');
  return { html: dec.decode(bytes), charset: dec.encoding };
}

/** Reads a page's bytes (gunzip `.gz`, brotli `.br`) and decodes them ({@link decodeHtml}). */
export function readPageHtml(sharedDir: string, page: Pick<CorpusPage, 'html'>): { html: string; charset: string } {
  const file = path.resolve(sharedDir, 'corpus', page.html);
  let buf: Uint8Array = fs.readFileSync(file);
  if (file.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  else if (file.endsWith('.br')) buf = zlib.brotliDecompressSync(buf);
  return decodeHtml(buf);
}

const jsonCache = new Map<string, Record<string, Record<string, string>>>();

/**
 * Loads a page's ground truth. `htmlToText` turns Readability's expected.html into
 * text (the bench passes jsdom's body.textContent); required for set "readability".
 * Fixtures: article_paragraphs joined by "\n\n". Throws on a missing file or key.
 */
export function loadTruth(sharedDir: string, page: Pick<CorpusPage, 'truth' | 'id'>, htmlToText?: (html: string) => string): Truth {
  const t = page.truth;
  const abs = (p: string) => path.resolve(sharedDir, 'corpus', p);
  switch (t.type) {
    case 'snippets': return { kind: 'snippets', with: t.with ?? [], without: t.without ?? [] };
    case 'text': return { kind: 'text', text: fs.readFileSync(abs(t.path), 'utf8') };
    case 'paragraphs': {
      const e = JSON.parse(fs.readFileSync(abs(t.path), 'utf8')) as { article_paragraphs: string[] };
      return { kind: 'text', text: e.article_paragraphs.join('\n\n') };
    }
    case 'json': {
      let j = jsonCache.get(t.path);
      if (!j) { j = JSON.parse(fs.readFileSync(abs(t.path), 'utf8')) as Record<string, Record<string, string>>; jsonCache.set(t.path, j); }
      const v = j[t.key]?.[t.field];
      if (typeof v !== 'string') throw new Error(`truth ${t.path}#${t.key}.${t.field} missing for ${page.id}`);
      return { kind: 'text', text: v };
    }
    case 'html': {
      if (!htmlToText) throw new Error(`truth of ${page.id} is HTML: pass htmlToText`);
      return { kind: 'text', text: htmlToText(fs.readFileSync(abs(t.path), 'utf8')) };
    }
  }
}

/** FNV-1a 32-bit hash of a string's UTF-8 bytes (unsigned). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

/** Stable dev/test split of a page id: FNV-1a parity (≈ 50/50, never changes with the corpus). */
export function splitOf(id: string): 'dev' | 'test' {
  return fnv1a32(id) % 2 === 0 ? 'dev' : 'test';
}

/** Page selection (the bench's CLI options). Empty/undefined = no filter. */
export interface Selection {
  sets?: string[];
  ids?: string[];
  split?: 'dev' | 'test' | 'all';
  /** At most this many pages per set (first in index order). */
  limit?: number;
}

/**
 * Filters pages by set, id (full id "set/name" or bare name), split, then limit per set.
 * Output: pages in input order.
 */
export function selectPages(pages: CorpusPage[], sel: Selection): CorpusPage[] {
  const idSet = sel.ids?.length ? new Set(sel.ids) : null;
  const perSet = new Map<string, number>();
  return pages.filter((p) => {
    if (sel.sets?.length && !sel.sets.includes(p.set)) return false;
    if (idSet && !idSet.has(p.id) && !idSet.has(p.id.slice(p.set.length + 1))) return false;
    if (sel.split && sel.split !== 'all' && splitOf(p.id) !== sel.split) return false;
    if (sel.limit !== undefined) {
      const n = perSet.get(p.set) ?? 0;
      if (n >= sel.limit) return false;
      perSet.set(p.set, n + 1);
    }
    return true;
  });
}
