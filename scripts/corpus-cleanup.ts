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
 * Pages run in child processes of {@link CHUNK} pages each: jsdom keeps a few
 * MB per page it parsed even after `window.close()`, so one process over the
 * whole corpus ran out of heap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

/** Pages per child process. */
const CHUNK = 120;
const workerOut = opt('worker-out');
if (workerOut) {
  // Child: evaluate the given pages, write one JSON result per line.
  const want = new Set(fs.readFileSync(opt('worker-ids') as string, 'utf8').split('\n').filter(Boolean));
  const lines = pages.filter((p) => want.has(p.id)).map((p) => JSON.stringify(evalCleanupPage(shared, p)));
  fs.writeFileSync(workerOut, lines.join('\n') + '\n');
  process.exit(0);
}
const results: CleanupPageResult[] = [];
const t0 = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cleanup-'));
for (let i = 0; i < pages.length; i += CHUNK) {
  const chunk = pages.slice(i, i + CHUNK);
  const idsFile = path.join(tmp, 'ids.txt'), outFile = path.join(tmp, 'out.jsonl');
  fs.writeFileSync(idsFile, chunk.map((p) => p.id).join('\n'));
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1], ...(sets ? ['--set', sets.join(',')] : []), '--worker-ids', idsFile, '--worker-out', outFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`corpus-cleanup: worker for pages ${i}..${i + chunk.length - 1} failed (status ${r.status}, signal ${r.signal})`);
  for (const line of fs.readFileSync(outFile, 'utf8').split('\n')) if (line) results.push(JSON.parse(line) as CleanupPageResult);
  process.stderr.write(`${Math.min(i + CHUNK, pages.length)}/${pages.length} pages, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
fs.rmSync(tmp, { recursive: true, force: true });
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
