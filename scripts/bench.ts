/**
 * `npm run bench`: article-extraction benchmark of Sahifa vs Readability 0.6.0 alone
 * vs Defuddle 0.19.4, one process, same DOM (jsdom 26.1.0) for every contender,
 * over ../shared/corpus (readability, scrapinghub, trafilatura sets) and
 * ../shared/fixtures. Method: scripts/lib/score.ts; corpus: scripts/lib/corpus.ts.
 *
 * Usage: npm run bench -- [--sets readability,scrapinghub,trafilatura,fixtures]
 *   [--ids a,b] [--limit N] [--split dev|test|all] [--contenders sahifa,readability,defuddle]
 *   [--jobs N] [--timeout-ms 60000] [--worst 10] [--out bench-results] [--check-scorer]
 *   [--no-dates] [--merge a.json,b.jsonl]   (report from saved runs: bench-*.json or the partial-*.jsonl
 *                               checkpoint every run appends page by page)
 * Output: Markdown on stdout, progress on stderr, JSON in bench-results/bench-<timestamp>.json
 * and bench-results/latest.json. Pages run in worker threads (default: min(2, cores));
 * a page that throws is an error for that contender; one that hangs past --timeout-ms
 * is recorded as a timeout and its worker replaced.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  corpusAvailable, loadFixturePages, loadIndex, repoRoot, resolveSharedDir, selectPages, splitOf, type CorpusPage,
} from './lib/corpus';
import { aggregate, aggregateSnippets, pageF1, percentiles, scoreText, type Aggregate, type SnippetAggregate } from './lib/score';
import type { Contender, ContenderRun, PageTask } from './lib/bench-worker';

const ALL_SETS = ['readability', 'scrapinghub', 'trafilatura', 'fixtures'];
const ALL_CONTENDERS: Contender[] = ['sahifa', 'readability', 'defuddle'];

interface Options {
  sets: string[]; ids: string[]; limit?: number; split: 'dev' | 'test' | 'all'; contenders: Contender[];
  jobs: number; timeoutMs: number; worst: number; out: string; checkScorer: boolean;
  /** Re-render the report from saved results (bench-*.json or partial-*.jsonl) instead of running. */
  merge: string[];
  /** Skip the dates row (it re-runs the dateline over the readability set in this thread). */
  noDates: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sets: ALL_SETS, ids: [], split: 'all', contenders: ALL_CONTENDERS, jobs: Math.max(1, Math.min(2, os.cpus().length)), timeoutMs: 60_000, worst: 10, out: 'bench-results', checkScorer: false, merge: [], noDates: false };
  const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].split('=', 2);
    const val = () => inline ?? argv[++i];
    switch (k) {
      case '--sets': o.sets = list(val()); break;
      case '--ids': o.ids = list(val()); break;
      case '--limit': o.limit = Number(val()); break;
      case '--split': { const s = val(); if (s !== 'dev' && s !== 'test' && s !== 'all') throw new Error(`--split dev|test|all, got ${s}`); o.split = s; break; }
      case '--contenders': o.contenders = list(val()) as Contender[]; break;
      case '--jobs': o.jobs = Math.max(1, Number(val())); break;
      case '--timeout-ms': o.timeoutMs = Number(val()); break;
      case '--worst': o.worst = Number(val()); break;
      case '--out': o.out = val(); break;
      case '--check-scorer': o.checkScorer = true; break;
      case '--merge': o.merge = list(val()); break;
      case '--no-dates': o.noDates = true; break;
      case '--help': case '-h':
        process.stdout.write(fs.readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0] + '*/\n'); process.exit(0);
      default: throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  for (const s of o.sets) if (!ALL_SETS.includes(s)) throw new Error(`unknown set ${s}; sets: ${ALL_SETS.join(',')}`);
  for (const c of o.contenders) if (!ALL_CONTENDERS.includes(c)) throw new Error(`unknown contender ${c}; contenders: ${ALL_CONTENDERS.join(',')}`);
  return o;
}

const f3 = (x: number | undefined | null) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(3));
const pct = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)} %`);
const ms0 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(0));
const log = (s: string) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------- scorer check
/**
 * Scores Readability.js 0.6.0's published Scrapinghub output against the ground
 * truth with the benchmark's method; published: F1 0.947 / P 0.914 / R 0.982.
 */
function checkScorer(sharedDir: string): Record<string, Aggregate> {
  const dir = path.join(sharedDir, 'corpus', 'scrapinghub');
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const raw = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'reference-outputs', 'readability_js.json.gz'))).toString('utf8')) as { output?: Record<string, { articleBody?: string }> } & Record<string, { articleBody?: string }>;
  // the file is {version, output: {id: {articleBody}}} (older copies: the map itself)
  const ref = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
  const variants: Array<[string, Parameters<typeof scoreText>[2]]> = [
    ['4-gram, \\w+ tokens, multiset', { n: 4, tokens: 'py', mode: 'multiset' }],
    ['4-gram, \\w+ tokens, set', { n: 4, tokens: 'py', mode: 'set' }],
    ['1-gram, \\w+ tokens, multiset', { n: 1, tokens: 'py', mode: 'multiset' }],
    ['1-gram, Unicode tokens, multiset', { n: 1, tokens: 'unicode', mode: 'multiset' }],
  ];
  const out: Record<string, Aggregate> = {};
  const lines = ['## Scorer check: Readability.js 0.6.0 published Scrapinghub output', '', 'published (benchmark README): 4-gram F1 0.947 / P 0.914 / R 0.982', '', '| method | pages | F1 | P | R |', '|---|---:|---:|---:|---:|'];
  for (const [name, opt] of variants) {
    const scores = Object.keys(truth).map((id) => scoreText(truth[id].articleBody ?? '', ref[id]?.articleBody ?? '', opt));
    const a = aggregate(scores);
    out[name] = a;
    lines.push(`| ${name} | ${a.pages} | ${f3(a.f1)} | ${f3(a.p)} | ${f3(a.r)} |`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
  return out;
}

// ---------------------------------------------------------------- worker pool
interface PageResult {
  id: string; set: string; split: 'dev' | 'test'; tags: string[]; lang: string | null; url: string;
  /** Run among a worker's first WARMUP pages: scored, but left out of the time figures (cold JIT). */
  warmup?: boolean;
  runs: Partial<Record<Contender, ContenderRun>>;
}

/** Pages per worker whose timings are left out (JIT and module warm-up). */
const WARMUP = 2;

function startWorker(): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerUrl = new URL('./lib/bench-worker.ts', import.meta.url).href;
  // tsx's loader is not inherited by worker threads: register it in the worker, then load the worker module
  return new Worker(`import(${JSON.stringify(tsxApi)}).then(({register})=>{register();return import(${JSON.stringify(workerUrl)})})`, { eval: true });
}

async function runAll(pages: CorpusPage[], o: Options, sharedDir: string, checkpoint: string): Promise<PageResult[]> {
  const results = new Map<string, PageResult>();
  for (const p of pages) results.set(p.id, { id: p.id, set: p.set, split: splitOf(p.id), tags: p.tags, lang: p.lang, url: p.url, runs: {} });
  // queue of [page, contenders still to run]; contender order rotates per page so no contender always runs first (warm caches)
  const queue: Array<{ page: CorpusPage; contenders: Contender[] }> = pages.map((page, i) => ({
    page, contenders: o.contenders.map((_, j) => o.contenders[(i + j) % o.contenders.length]),
  }));
  const total = pages.length;
  let done = 0;
  const t0 = Date.now();
  const progress = (id: string) => {
    try { fs.appendFileSync(checkpoint, JSON.stringify(results.get(id)) + '\n'); } catch { /* checkpoint is best effort */ }
    done++;
    if (done % 20 === 0 || done === total) {
      const el = (Date.now() - t0) / 1000;
      log(`[bench] ${done}/${total} pages, ${el.toFixed(0)} s elapsed, ~${((el / done) * (total - done)).toFixed(0)} s left`);
    }
  };

  await new Promise<void>((resolve) => {
    let active = 0;
    const spawn = () => {
      const w = startWorker();
      let task: { page: CorpusPage; contenders: Contender[] } | null = null;
      let current: Contender | null = null;
      let timer: NodeJS.Timeout | null = null;
      let dead = false;
      let served = 0;
      const arm = () => { if (timer) clearTimeout(timer); timer = setTimeout(() => fail(`timeout: no result after ${o.timeoutMs} ms`), o.timeoutMs); };
      const next = () => {
        task = queue.shift() ?? null;
        if (!task) { if (timer) clearTimeout(timer); dead = true; void w.terminate(); active--; if (active === 0) resolve(); return; }
        arm();
        if (served++ < WARMUP) results.get(task.page.id)!.warmup = true;
        w.postMessage({ type: 'page', page: task.page, contenders: task.contenders, sharedDir } satisfies PageTask);
      };
      const fail = (why: string) => {
        if (dead) return;
        dead = true;
        if (timer) clearTimeout(timer);
        void w.terminate();
        if (task) {
          const r = results.get(task.page.id)!;
          const c = current ?? task.contenders[0];
          if (c) {
            r.runs[c] = { contender: c, error: why };
            log(`[bench] ${task.page.id} ${c}: ${why}`);
          }
          const rest = task.contenders.filter((x) => !r.runs[x]);
          if (rest.length) queue.unshift({ page: task.page, contenders: rest }); else progress(task.page.id);
        }
        active--;
        spawnOne();
      };
      w.on('message', (m: { type: string; id: string; contender?: Contender; run?: ContenderRun }) => {
        if (!task || m.id !== task.page.id) return;
        if (m.type === 'start') { current = m.contender ?? null; arm(); }
        else if (m.type === 'result' && m.run) { results.get(m.id)!.runs[m.run.contender] = m.run; current = null; }
        else if (m.type === 'done') { progress(m.id); next(); }
      });
      w.on('error', (e) => fail(`worker crashed: ${e.message}`));
      w.on('exit', (code) => { if (!dead) fail(`worker exited with code ${code}`); });
      active++;
      next();
    };
    const spawnOne = () => { if (queue.length) spawn(); else if (active === 0) resolve(); };
    const n = Math.min(o.jobs, Math.max(1, queue.length));
    if (!queue.length) { resolve(); return; }
    for (let i = 0; i < n; i++) spawn();
  });
  return pages.map((p) => results.get(p.id)!);
}

// ---------------------------------------------------------------- summaries
interface TextSummary extends Aggregate { sh4?: Aggregate; errors: number; noText: number }
interface Group { name: string; set: string; filter: (r: PageResult) => boolean }

function textSummary(rs: PageResult[], c: Contender): TextSummary {
  const runs = rs.map((r) => r.runs[c]).filter((x): x is ContenderRun => !!x);
  // an error scores as an empty output (recall 0), as a failed extractor does in the published benchmarks
  const uni = runs.map((x) => x.uni ?? { p: null, r: 0 });
  const sh = runs.filter((x) => x.sh4 || x.error).map((x) => x.sh4 ?? { p: null, r: 0 });
  return { ...aggregate(uni), ...(sh.length ? { sh4: aggregate(sh) } : {}), errors: runs.filter((x) => x.error).length, noText: runs.filter((x) => !x.error && x.chars === 0).length };
}

function snipSummary(rs: PageResult[], c: Contender): SnippetAggregate & { errors: number } {
  const runs = rs.map((r) => r.runs[c]).filter((x): x is ContenderRun => !!x);
  const counts = rs.map((r) => {
    const x = r.runs[c];
    return x?.snip ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
  });
  // errors: every `with` missing, every `without` absent (Trafilatura's None result)
  rs.forEach((r, i) => {
    const x = r.runs[c];
    if (!x?.snip) { const page = pagesById.get(r.id); const t = page?.truth; if (t && t.type === 'snippets') counts[i] = { tp: 0, fn: t.with.length, fp: 0, tn: t.without.length }; }
  });
  return { ...aggregateSnippets(counts), errors: runs.filter((x) => x.error).length };
}

const pagesById = new Map<string, CorpusPage>();

function groupsFor(results: PageResult[]): Group[] {
  const sets = [...new Set(results.map((r) => r.set))];
  const g: Group[] = [];
  for (const s of sets) g.push({ name: s, set: s, filter: (r) => r.set === s });
  const rtl = results.filter((r) => r.tags.includes('rtl'));
  if (rtl.length) {
    for (const s of [...new Set(rtl.map((r) => r.set))]) g.push({ name: `${s} · rtl`, set: s, filter: (r) => r.set === s && r.tags.includes('rtl') });
  }
  return g;
}

function isSnippetSet(set: string) { return set === 'trafilatura'; }

function qualityTables(results: PageResult[], o: Options): { md: string[]; json: Record<string, unknown> } {
  const md: string[] = [];
  const json: Record<string, unknown> = {};
  const splits: Array<'all' | 'dev' | 'test'> = o.split === 'all' ? ['all', 'dev', 'test'] : [o.split];
  for (const split of splits) {
    const rs = split === 'all' ? results : results.filter((r) => r.split === split);
    const groups = groupsFor(rs);
    const textGroups = groups.filter((g) => !isSnippetSet(g.set));
    const snipGroups = groups.filter((g) => isSnippetSet(g.set));
    md.push(`### Extraction quality — split: ${split} (${rs.length} pages)`, '');
    const js: Record<string, unknown> = {};
    if (textGroups.length) {
      md.push('Full-text sets: Unicode bag of tokens, per-page P/R, F1 of mean-P and mean-R (readability set: agreement with Readability.js output). 4-gram: Python `\\w+` shingles (Scrapinghub headline).', '');
      md.push('| set | pages | contender | F1 | P | R | 4-gram F1 (P / R) | errors | empty |', '|---|---:|---|---:|---:|---:|---|---:|---:|');
      const overall: Group = { name: '**all full-text**', set: '*', filter: (r) => !isSnippetSet(r.set) };
      for (const g of [...textGroups, ...(textGroups.filter((x) => !x.name.includes('·')).length > 1 ? [overall] : [])]) {
        const sub = rs.filter(g.filter);
        for (const c of o.contenders) {
          const s = textSummary(sub, c);
          js[`${g.name}|${c}`] = s;
          const sh = s.sh4 && g.set === 'scrapinghub' ? `${f3(s.sh4.f1)} (${f3(s.sh4.p)} / ${f3(s.sh4.r)})` : '';
          md.push(`| ${g.name} | ${sub.length} | ${c} | ${f3(s.f1)} | ${f3(s.p)} | ${f3(s.r)} | ${sh} | ${s.errors} | ${s.noText} |`);
        }
      }
      md.push('');
    }
    if (snipGroups.length) {
      md.push('Snippet set (Trafilatura): `with` found = TP, `without` present = FP, summed over pages.', '');
      md.push('| set | pages | contender | F1 | P | R | with found | without absent | accuracy | errors |', '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
      for (const g of snipGroups) {
        const sub = rs.filter(g.filter);
        for (const c of o.contenders) {
          const s = snipSummary(sub, c);
          js[`${g.name}|${c}`] = s;
          md.push(`| ${g.name} | ${sub.length} | ${c} | ${f3(s.f1)} | ${f3(s.p)} | ${f3(s.r)} | ${pct(s.withFound)} | ${pct(s.withoutAbsent)} | ${f3(s.accuracy)} | ${s.errors} |`);
        }
      }
      md.push('');
    }
    json[split] = js;
  }
  return { md, json };
}

function cleanupTable(results: PageResult[]): { md: string[]; json: Record<string, unknown> } {
  const md = ['### In-page clean-up: `visibleText` after `runPipeline` vs ground truth', '',
    'Full-text sets: Unicode token recall per page, share of pages with recall ≥ 0.99 (target ≥ 98 %), mean precision before → after clean-up. Snippet set: whitespace-insensitive match; "all with found" = page share where every `with` snippet stays visible.', '',
    '| set | pages | mean recall | pages recall ≥ 0.99 | precision before → after | errors |', '|---|---:|---:|---:|---|---:|'];
  const json: Record<string, unknown> = {};
  for (const g of groupsFor(results)) {
    const sub = results.filter(g.filter).filter((r) => r.runs.sahifa);
    const pls = sub.map((r) => r.runs.sahifa!.pipeline);
    const errors = sub.filter((r) => r.runs.sahifa!.error || r.runs.sahifa!.pipeline?.error).length;
    const ok = pls.filter((p): p is NonNullable<typeof p> => !!p && !p.error && !!p.after);
    if (isSnippetSet(g.set)) {
      const after = aggregateSnippets(ok.map((p) => p.after!.snip!));
      const before = aggregateSnippets(ok.map((p) => p.before!.snip!));
      const allWith = ok.filter((p) => p.after!.snip!.fn === 0).length / (ok.length || 1);
      json[g.name] = { pages: sub.length, withFound: after.withFound, allWithFoundShare: allWith, withoutPresentBefore: 1 - before.withoutAbsent, withoutPresentAfter: 1 - after.withoutAbsent, errors };
      md.push(`| ${g.name} | ${sub.length} | with found ${pct(after.withFound)} | all with found ${pct(allWith)} | without present ${pct(1 - before.withoutAbsent)} → ${pct(1 - after.withoutAbsent)} | ${errors} |`);
    } else {
      const rec = ok.map((p) => p.after!.uni!.r).filter((x): x is number => x !== null);
      const pa = aggregate(ok.map((p) => p.after!.uni!));
      const pb = aggregate(ok.map((p) => p.before!.uni!));
      const share = rec.filter((x) => x >= 0.99).length / (rec.length || 1);
      json[g.name] = { pages: sub.length, meanRecall: pa.r, shareRecall99: share, precisionBefore: pb.p, precisionAfter: pa.p, errors };
      md.push(`| ${g.name} | ${sub.length} | ${f3(pa.r)} | ${pct(share)} | ${f3(pb.p)} → ${f3(pa.p)} | ${errors} |`);
    }
  }
  md.push('');
  return { md, json };
}

function timeTable(allResults: PageResult[], o: Options): { md: string[]; json: Record<string, unknown> } {
  const md = [`### Time per page (ms, incl. one jsdom parse; ${o.jobs} worker thread(s); each worker's first ${WARMUP} pages left out as warm-up)`, '',
    '| contender | pages | median | p95 | median ratio to Readability (same pages) | total ratio |', '|---|---:|---:|---:|---:|---:|'];
  const json: Record<string, unknown> = {};
  const rows: Array<[string, (r: PageResult) => number | undefined]> = [];
  const results = allResults.filter((r) => !r.warmup);
  for (const c of o.contenders) rows.push([c, (r) => (r.runs[c]?.error ? undefined : r.runs[c]?.ms)]);
  if (o.contenders.includes('sahifa')) rows.push(['sahifa runPipeline (extraction + clean-up + dateline + entities)', (r) => (r.runs.sahifa?.pipeline?.error ? undefined : r.runs.sahifa?.pipeline?.ms)]);
  const rd = (r: PageResult) => (r.runs.readability?.error ? undefined : r.runs.readability?.ms);
  for (const [name, get] of rows) {
    const xs = results.map(get).filter((x): x is number => typeof x === 'number');
    const pc = percentiles(xs);
    let ratio = NaN, totalRatio = NaN;
    if (o.contenders.includes('readability') && name !== 'readability') {
      const both = results.filter((r) => get(r) !== undefined && rd(r) !== undefined);
      ratio = percentiles(both.map((r) => get(r)!)).median / percentiles(both.map((r) => rd(r)!)).median;
      totalRatio = both.reduce((a, r) => a + get(r)!, 0) / both.reduce((a, r) => a + rd(r)!, 0);
    }
    json[name] = { ...pc, ratioMedian: ratio, ratioTotal: totalRatio };
    md.push(`| ${name} | ${pc.n} | ${ms0(pc.median)} | ${ms0(pc.p95)} | ${Number.isNaN(ratio) ? '–' : ratio.toFixed(2) + '×'} | ${Number.isNaN(totalRatio) ? '–' : totalRatio.toFixed(2) + '×'} |`);
  }
  const parse = percentiles(results.map((r) => r.runs.readability?.parseMs ?? r.runs.sahifa?.parseMs).filter((x): x is number => typeof x === 'number'));
  md.push('', `jsdom parse alone: median ${ms0(parse.median)} ms, p95 ${ms0(parse.p95)} ms.`, '');
  json.parse = parse;
  return { md, json };
}

/** One line on why a page went wrong, from the runs' scores and diffs. */
function failureKind(r: PageResult): string {
  const s = r.runs.sahifa!;
  const rd = r.runs.readability;
  const ref = rd && !rd.error ? ` (Readability ${rd.uni ? f3(pageF1(rd.uni)) : rd.snip ? `${rd.snip.tp}/${rd.snip.tp + rd.snip.fn} with, ${rd.snip.fp} without` : '–'})` : '';
  if (s.error) return `error: ${s.error}`;
  if (s.snip) {
    const f = s.snipFail!;
    if (s.chars === 0) return `no article extracted${s.message ? ` («${s.message}»)` : ''}${ref}`;
    const parts = [];
    if (f.missing.length) parts.push(`missing ${f.missing.map((x) => `«${x}»`).join(', ')}`);
    if (f.present.length) parts.push(`boilerplate kept ${f.present.map((x) => `«${x}»`).join(', ')}`);
    return parts.join('; ') + ref;
  }
  const u = s.uni!;
  const d = s.diff!;
  if (s.chars === 0) return `no article extracted${s.message ? ` («${s.message}»)` : ''}${ref}`;
  const p = u.p ?? 0, rc = u.r ?? 0;
  // many false-positive tokens but few tokens outside the truth's vocabulary of 3-grams: the article text came out twice
  if (p < 0.8 && u.fp > 0 && d.extraTokens < 0.2 * u.fp) return `article text repeated (P ${f3(u.p)} R ${f3(u.r)}; ${u.fp} surplus tokens, only ${d.extraTokens} not in the truth)${ref}`;
  const kind = p >= 0.95 && rc >= 0.95 ? 'close' : rc < 0.2 && p < 0.2 ? 'wrong block' : rc < 0.8 && p >= 0.8 ? 'article cut short' : p < 0.8 && rc >= 0.8 ? 'extra text' : 'cut short and extra text';
  const bits = [`${kind} (P ${f3(u.p)} R ${f3(u.r)})`];
  if (d.missingTokens && rc < 0.95) bits.push(`missing ${d.missingTokens} tokens, e.g. «${d.missing[0] ?? ''}»`);
  if (d.extraTokens && p < 0.95) bits.push(`extra ${d.extraTokens} tokens, e.g. «${d.extra[0] ?? ''}»`);
  return bits.join('; ') + ref;
}

function worstTable(results: PageResult[], o: Options): string[] {
  if (!o.contenders.includes('sahifa')) return [];
  const md = [`### ${o.worst} worst pages for Sahifa per set`, ''];
  for (const set of [...new Set(results.map((r) => r.set))]) {
    const rs = results.filter((r) => r.set === set && r.runs.sahifa);
    const score = (r: PageResult) => {
      const s = r.runs.sahifa!;
      if (s.error) return -1;
      if (s.snip) { const c = s.snip; const tot = c.tp + c.fn + c.fp + c.tn; return tot ? (c.tp + c.tn) / tot : 1; }
      return s.uni ? pageF1(s.uni) : -1;
    };
    const worst = rs.map((r) => ({ r, s: score(r) })).sort((a, b) => a.s - b.s).slice(0, o.worst);
    md.push(`**${set}** (score: ${isSnippetSet(set) ? 'snippet accuracy' : 'token F1'})`, '', '| page | score | failure |', '|---|---:|---|');
    for (const { r, s } of worst) md.push(`| ${r.id.slice(set.length + 1).slice(0, 40)} | ${s < 0 ? 'err' : f3(s)} | ${failureKind(r).replace(/\|/g, '/').replace(/\n/g, ' ')} |`);
    md.push('');
  }
  return md;
}

async function datesRow(sharedDir: string): Promise<{ md: string[]; json: unknown }> {
  const file = path.join(repoRoot(), 'scripts', 'lib', 'dates-eval.ts');
  if (!fs.existsSync(file)) {
    log('[bench] dates: scripts/lib/dates-eval.ts is absent; skipping the dates row');
    return { md: ['### Dates', '', '_skipped: scripts/lib/dates-eval.ts is absent._', ''], json: { skipped: 'scripts/lib/dates-eval.ts absent' } };
  }
  try {
    const mod = (await import(pathToFileURL(file).href)) as { evaluateDates?: (corpusDir: string) => unknown };
    if (typeof mod.evaluateDates !== 'function') throw new Error('dates-eval.ts does not export evaluateDates');
    log('[bench] dates: running evaluateDates on the corpus (readability set publishedTime)');
    const out = (await mod.evaluateDates(path.join(sharedDir, 'corpus'))) as { pages?: number; matched?: number; share?: number; found_without_truth?: number; rows?: unknown[] } | null;
    const md = ['### Dates (scripts/lib/dates-eval.ts: published date vs Readability expected-metadata publishedTime, same calendar day)', ''];
    if (out && typeof out.pages === 'number') {
      md.push('| pages with publishedTime | same day | share | found a date where truth has none |', '|---:|---:|---:|---:|',
        `| ${out.pages} | ${out.matched ?? '–'} | ${pct(out.share)} | ${out.found_without_truth ?? '–'} |`);
    } else md.push('```json', JSON.stringify(out, null, 1).slice(0, 4000), '```');
    md.push('');
    return { md, json: out };
  } catch (e) {
    log(`[bench] dates: evaluateDates failed: ${(e as Error).message}`);
    return { md: ['### Dates', '', `_error: ${(e as Error).message}_`, ''], json: { error: (e as Error).message } };
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const root = repoRoot();
  const sharedDir = resolveSharedDir(root);
  if (!corpusAvailable(sharedDir)) {
    log(`[bench] ${sharedDir}/corpus/index.json not found: the shared corpus is absent, nothing to measure.`);
    process.exitCode = 2;
    return;
  }
  if (o.checkScorer) { checkScorer(sharedDir); return; }

  const all = [...loadIndex(sharedDir), ...loadFixturePages(sharedDir)];
  for (const p of all) pagesById.set(p.id, p);
  const outDir = path.resolve(root, o.out);
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let commit = 'unknown';
  try { commit = execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { /* not a repo */ }

  let results: PageResult[];
  let pages: CorpusPage[];
  let wall = 0;
  if (o.merge.length) {
    const byId = new Map<string, PageResult>();
    for (const f of o.merge) {
      const text = fs.readFileSync(path.resolve(f), 'utf8');
      const list: PageResult[] = f.endsWith('.jsonl') ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as PageResult) : (JSON.parse(text) as { pages: PageResult[] }).pages;
      for (const r of list) byId.set(r.id, r); // later files win
    }
    const sel = new Set(selectPages(all, { sets: o.sets, ids: o.ids, split: o.split, limit: o.limit }).map((p) => p.id));
    results = [...byId.values()].filter((r) => sel.has(r.id));
    pages = results.map((r) => pagesById.get(r.id)!).filter(Boolean);
    const seen = new Set(results.flatMap((r) => Object.keys(r.runs)));
    o.contenders = o.contenders.filter((c) => seen.has(c));
    log(`[bench] merged ${results.length} page results from ${o.merge.length} file(s)`);
  } else {
    pages = selectPages(all, { sets: o.sets, ids: o.ids, split: o.split, limit: o.limit });
    if (!pages.length) { log('[bench] no page matches the selection'); process.exitCode = 2; return; }
    const checkpoint = path.join(outDir, `partial-${stamp}.jsonl`);
    log(`[bench] ${pages.length} pages (${o.sets.join(',')}; split ${o.split}), contenders ${o.contenders.join(',')}, ${o.jobs} worker(s); checkpoint ${path.relative(root, checkpoint)}`);
    const t0 = Date.now();
    results = await runAll(pages, o, sharedDir, checkpoint);
    wall = (Date.now() - t0) / 1000;
  }

  const q = qualityTables(results, o);
  const cl = o.contenders.includes('sahifa') ? cleanupTable(results) : { md: [], json: {} };
  const dt = !o.noDates && o.contenders.includes('sahifa') && results.some((r) => r.set === 'readability') ? await datesRow(sharedDir) : { md: [], json: null };
  const tm = timeTable(results, o);
  const wt = worstTable(results, o);

  const header = [`## Sahifa bench — ${new Date().toISOString()} — commit ${commit}${o.merge.length ? ' (merged from saved runs)' : ''}`, '',
    `${results.length} pages, ${o.jobs} worker thread(s)${wall ? `, wall ${wall.toFixed(0)} s` : ''}; Node ${process.version}; jsdom 26.1.0; @mozilla/readability 0.6.0; defuddle 0.19.4; load average at end ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores. Split: FNV-1a(id) parity.`, ''];
  process.stdout.write([...header, ...q.md, ...cl.md, ...dt.md, ...tm.md, ...wt].join('\n') + '\n');

  const doc = {
    meta: { date: new Date().toISOString(), commit, node: process.version, args: process.argv.slice(2), pages: results.length, jobs: o.jobs, wallSeconds: wall, contenders: o.contenders, split: o.split, sets: o.sets, merged: o.merge, loadavg: os.loadavg() },
    summary: { quality: q.json, cleanup: cl.json, dates: dt.json, time: tm.json },
    pages: results,
  };
  const file = path.join(outDir, `bench-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify(doc));
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(doc));
  log(`[bench] wrote ${path.relative(root, file)} and ${path.relative(root, path.join(outDir, 'latest.json'))}`);
}

main().catch((e) => { log(`[bench] fatal: ${(e as Error).stack ?? e}`); process.exitCode = 1; });
