/**
 * Corpus figures of the in-page clean-up over ALL pages of ../shared/corpus
 * (or a sample): share of pages whose ground-truth tokens stay ≥ 99 % visible
 * after clutter is hidden, median share of non-article tokens removed, and the
 * Trafilatura `without` snippets hidden. Usage:
 *   TZ=UTC npx tsx scripts/corpus-cleanup.ts [--set readability,scrapinghub] [--split dev|test] [--id set/name,...]
 *     [--limit N] [--fails] [--json] [--pages out.jsonl]
 * Rows: per set, per split (dev/test, see scripts/lib/corpus.ts splitOf) and ALL.
 * `--pages FILE` writes one JSON line per page (id, set, split, recall, without
 * snippets before/after, hidden blocks) to compare two runs page by page.
 */
import fs from 'node:fs';
import { corpusAvailable, loadIndex, resolveSharedDir, splitOf } from './lib/corpus';
import { evalCleanupPage, summarize, type CleanupPageResult } from './lib/cleanup-eval';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const shared = resolveSharedDir();
if (!corpusAvailable(shared)) {
  console.log(`corpus-cleanup: ${shared}/corpus is absent; nothing to measure.`);
  process.exit(0);
}
let pages = loadIndex(shared);
const sets = opt('set')?.split(',');
if (sets) pages = pages.filter((p) => sets.includes(p.set));
const ids = opt('id')?.split(',');
if (ids) pages = pages.filter((p) => ids.includes(p.id));
const split = opt('split');
if (split) pages = pages.filter((p) => splitOf(p.id) === split);
const limit = opt('limit');
if (limit) { const per = new Map<string, number>(); pages = pages.filter((p) => { const n = per.get(p.set) ?? 0; per.set(p.set, n + 1); return n < Number(limit); }); }

const results: CleanupPageResult[] = [];
const t0 = Date.now();
for (const [i, p] of pages.entries()) {
  results.push(evalCleanupPage(shared, p));
  if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${pages.length} pages, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
const bySet = new Map<string, CleanupPageResult[]>();
for (const r of results) { const a = bySet.get(r.set) ?? []; a.push(r); bySet.set(r.set, a); }
const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);
const rows: Record<string, ReturnType<typeof summarize>> = {};
const bySplit = new Map<string, CleanupPageResult[]>();
for (const r of results) { const k = `split:${splitOf(r.id)}`; const a = bySplit.get(k) ?? []; a.push(r); bySplit.set(k, a); }
for (const [set, rs] of [...bySet.entries(), ...[...bySplit.entries()].sort(), ['ALL', results] as [string, CleanupPageResult[]]]) rows[set] = summarize(rs);
const pagesOut = opt('pages');
if (pagesOut) fs.writeFileSync(pagesOut, results.map((r) => JSON.stringify({ id: r.id, set: r.set, split: splitOf(r.id), recall: r.recall, recallBefore: r.recallBefore, nonArticleRemoved: r.nonArticleRemoved, withoutBefore: r.withoutBefore, withoutAfter: r.withoutAfter, hidden: r.hidden, missing: r.missing, error: r.error })).join('\n') + '\n');
if (args.includes('--json')) { console.log(JSON.stringify(rows, null, 1)); process.exit(0); }
console.log('set           pages  recall>=0.99 (before clean-up)  median recall  median non-article removed  without-snippets visible before→after  median ms');
for (const [set, s] of Object.entries(rows)) {
  console.log(`${set.padEnd(13)} ${String(s.pages).padStart(5)}  ${pct(s.shareRecallOk).padStart(12)} (${pct(s.shareRecallOkBefore)})  ${pct(s.medianRecall).padStart(13)}  ${pct(s.medianNonArticleRemoved).padStart(26)}  ${`${s.withoutSnippetsVisibleBefore}→${s.withoutSnippetsVisibleAfter}`.padStart(20)}  ${(s.medianMs ?? 0).toFixed(0).padStart(9)}${s.errors ? `  errors: ${s.errors}` : ''}`);
}
if (args.includes('--fails')) for (const f of rows.ALL.failing) console.log(`FAIL ${f.id} [${splitOf(f.id)}] recall ${f.recall?.toFixed(3)} (before ${f.recallBefore?.toFixed(3)}) missing: ${f.missing.join(' ')}`);
console.log(`${results.length} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
