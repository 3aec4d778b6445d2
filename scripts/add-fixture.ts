/**
 * Adds a test fixture from a saved page:
 *
 *   npm run fixture:add -- NAME FILE.html [--url URL] [--fixtures-dir DIR]
 *
 * Writes `<DIR>/NAME/page.html` (the page as UTF-8; a legacy charset
 * declaration is rewritten to utf-8 so the file, the static test server and
 * the CLI agree) and a DRAFT `<DIR>/NAME/expected.json` made from the current
 * pipeline output, marked `"reviewed": false`. A person must check and correct
 * every field before the draft counts as ground truth (then set
 * `"reviewed": true`). DIR defaults to test/fixtures.
 *
 * Never overwrites: if either file exists the script stops (exit 1) and
 * changes nothing. Bad input (missing/binary/empty file, bad NAME or URL) →
 * exit 2. One line on stderr for every error.
 */
import { mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError, analyzeHtml, readHtmlFile, type CliResult } from './extract';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: fixture:add NAME FILE.html [--url URL] [--fixtures-dir DIR]';

/** Rewrites `<meta charset=…>` / `content="…; charset=…"` declarations to utf-8. */
export function declareUtf8(html: string): string {
  return html.replace(/<meta\b[^>]*>/gi, (tag) => tag.replace(/(\bcharset\s*=\s*["']?\s*)[^\s"'/>;]+/i, '$1utf-8'));
}

/**
 * The draft expected.json for a page, in the shape of the hand-checked
 * fixtures (title, article_paragraphs, must_be_hidden_on_page by clutter kind,
 * dateline), from the pipeline's current output. Output: a plain object with
 * `reviewed: false`.
 */
export function draftExpected(name: string, url: string | null, sourceFile: string, r: CliResult): Record<string, unknown> {
  const hidden: Record<string, string[]> = {};
  for (const c of r.clutter) (hidden[c.kind] ??= []).push(c.text);
  return {
    id: name,
    reviewed: false,
    review_note: 'DRAFT generated from the pipeline output by `npm run fixture:add`: check every field against the page as a reader sees it, correct it, then set "reviewed": true. Unreviewed drafts are not ground truth.',
    url,
    source: `saved page ${path.basename(sourceFile)}, added ${new Date().toISOString().slice(0, 10)}`,
    lang: r.article?.lang ?? null,
    dir: r.article?.dir ?? null,
    title: r.article?.title ?? null,
    byline: r.article?.byline ?? null,
    article_paragraphs: r.article ? r.article.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean) : [],
    optional_in_article: [],
    must_be_hidden_on_page: hidden,
    dateline: {
      place: r.dateline.place,
      source: r.dateline.source,
      published: r.dateline.published,
      modified: r.dateline.modified,
    },
    ...(r.article ? {} : { no_article: true, message: r.message ?? null }),
  };
}

/** Entry point; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const pos: string[] = [];
  let url: string | null = null;
  let dir = path.join(repoRoot, 'test/fixtures');
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--url') {
        const v = argv[++i];
        try { url = new URL(v ?? '').href; } catch { throw new InputError(`--url: not an absolute URL: ${v}`); }
      } else if (a === '--fixtures-dir') {
        const v = argv[++i];
        if (!v) throw new InputError(`--fixtures-dir needs a value. ${USAGE}`);
        dir = path.resolve(v);
      } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}. ${USAGE}`);
      else pos.push(a);
    }
    if (pos.length !== 2) throw new InputError(USAGE);
    const [name, file] = pos;
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(name)) throw new InputError(`NAME must be lower-case letters, digits and dashes: ${name}`);

    const target = path.join(dir, name);
    const pageOut = path.join(target, 'page.html');
    const expOut = path.join(target, 'expected.json');
    const existing = [pageOut, expOut].filter((p) => existsSync(p));
    if (existing.length) {
      process.stderr.write(`fixture:add: refusing to overwrite ${existing.map((p) => path.relative(process.cwd(), p)).join(', ')} (baselines are never rewritten silently; edit or delete by hand)\n`);
      return 1;
    }
    const input = readHtmlFile(file);
    const html = input.encoding === 'utf-8' ? input.html : declareUtf8(input.html);
    const createdDir = !existsSync(target);
    mkdirSync(target, { recursive: true });
    const pageUrl = url ?? pathToFileURL(pageOut).href;
    const { result } = await analyzeHtml(html, pageUrl);
    const draft = draftExpected(name, url, file, result);
    try {
      writeFileSync(pageOut, html, { encoding: 'utf8', flag: 'wx' });
      writeFileSync(expOut, JSON.stringify(draft, null, 1) + '\n', { encoding: 'utf8', flag: 'wx' });
    } catch (err) {
      if (createdDir) rmSync(target, { recursive: true, force: true });
      throw err;
    }
    const kinds = Object.entries(draft.must_be_hidden_on_page as Record<string, string[]>).map(([k, v]) => `${k} ${v.length}`).join(', ');
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), pageOut)}${input.encoding !== 'utf-8' ? ` (converted from ${input.encoding})` : ''}\n` +
      `wrote ${path.relative(process.cwd(), expOut)} — DRAFT ("reviewed": false): ${(draft.article_paragraphs as string[]).length} paragraphs, hidden: ${kinds || 'none'}; review it before relying on it\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(`fixture:add: ${String((err as Error).message ?? err).replace(/\s+/g, ' ')}\n`);
    return err instanceof InputError ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
