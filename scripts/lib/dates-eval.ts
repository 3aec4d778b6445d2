/**
 * Dateline date evaluation on the Readability test pages of the shared corpus
 * (`<corpusDir>/readability/<page>/source.html` + `expected-metadata.json`).
 * A page counts as matched when our `published` falls on the same calendar day
 * as `publishedTime`, both read in the page's own offset (the offset written in
 * `publishedTime`; a value without an offset is local time, compared with our
 * value in the offset our evidence reports, else UTC).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractDateline } from '../../lib/dateline';
import { parseStructured } from '../../lib/dateline/parse-structured';
import { resolveSharedDir } from './corpus';

export interface DateEvalRow {
  page: string;
  expected: string | null;
  published: string | null;
  rule: string | null;
  evidence: string | null;
  /** null when the page has no publishedTime. */
  match: boolean | null;
}

export interface DateEval {
  /** Pages with a publishedTime. */
  pages: number;
  /** Of those, pages where our published date is on the same calendar day. */
  matched: number;
  /** matched / pages (0..1). */
  share: number;
  /** Pages without publishedTime where we still found a published date. */
  found_without_truth: number;
  rows: DateEvalRow[];
}

function localDay(ms: number, offsetMin: number): string {
  return new Date(ms + offsetMin * 60_000).toISOString().slice(0, 10);
}

/**
 * Runs {@link extractDateline} (root: null, url http://fakehost/test/page.html,
 * now: the current time) on every page.
 * Input: corpus directory (the folder holding `readability/`). Output: {@link DateEval}.
 * Throws if `<corpusDir>/readability` does not exist.
 */
export function evaluateDates(corpusDir: string): DateEval {
  const base = path.join(corpusDir, 'readability');
  const rows: DateEvalRow[] = [];
  const vc = new VirtualConsole();
  for (const page of fs.readdirSync(base).sort()) {
    const dir = path.join(base, page);
    const src = path.join(dir, 'source.html');
    if (!fs.existsSync(src)) continue;
    let expected: string | null = null;
    try {
      expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')).publishedTime ?? null;
    } catch {
      expected = null;
    }
    const dom = new JSDOM(fs.readFileSync(src, 'utf8'), { url: 'http://fakehost/test/page.html', virtualConsole: vc });
    const dl = extractDateline(dom.window.document, { url: 'http://fakehost/test/page.html', root: null, now: new Date() });
    dom.window.close();
    let match: boolean | null = null;
    if (expected) {
      const w = parseStructured(expected);
      if (!w || !dl.published) match = false;
      else {
        const expDay = `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
        const off = w.offset ?? dl.evidence.published?.offsetMinutes ?? 0;
        match = localDay(Date.parse(dl.published), off) === expDay;
      }
    }
    rows.push({ page, expected, published: dl.published, rule: dl.evidence.published?.rule ?? null, evidence: dl.evidence.published?.text ?? null, match });
  }
  const withTruth = rows.filter((r) => r.expected);
  const matched = withTruth.filter((r) => r.match).length;
  return {
    pages: withTruth.length,
    matched,
    share: withTruth.length ? matched / withTruth.length : 0,
    found_without_truth: rows.filter((r) => !r.expected && r.published).length,
    rows,
  };
}

/**
 * Command line: `TZ=UTC npx tsx scripts/lib/dates-eval.ts [corpusDir] [--rows]`
 * (default corpus: the shared folder's corpus/, see corpus.ts resolveSharedDir). Prints the summary as JSON, one line per miss,
 * and with --rows every row. Exit code 2 when the corpus is absent.
 */
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(resolveSharedDir(), 'corpus');
  if (!fs.existsSync(path.join(dir, 'readability'))) {
    console.error(`no corpus at ${dir}/readability`);
    process.exit(2);
  }
  const r = evaluateDates(dir);
  console.log(JSON.stringify({ pages: r.pages, matched: r.matched, share: Math.round(r.share * 1000) / 1000, found_without_truth: r.found_without_truth, all_pages: r.rows.length }));
  for (const x of r.rows) if (x.match === false) console.log(`miss ${x.page}: expected ${x.expected}, got ${x.published} (${x.rule})`);
  if (process.argv.includes('--rows')) for (const x of r.rows) console.log(JSON.stringify(x));
}
