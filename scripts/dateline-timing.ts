/**
 * Timing of `extractDateline` alone (after the page is parsed) on the
 * Readability pages of the shared corpus (`../shared/corpus/readability/<page>/source.html`),
 * under Node + jsdom (default) or in real Chromium (`--browser`).
 *
 * Usage: TZ=UTC npx tsx scripts/dateline-timing.ts [--browser] [--limit N] [--root] [--runs R] [--json]
 *   --browser  bundle lib/dateline (and lib/extract for --root) with esbuild, serve the
 *              libyatoday fixture and the sample pages from 127.0.0.1, open each in
 *              Debian's Chromium (playwright-core, /usr/bin/chromium or SAHIFA_CHROMIUM;
 *              page scripts disabled, every other host unresolvable) and time the calls
 *              inside the page with performance.now(). Each page is a fresh JS realm, so
 *              its first call is a cold call (tables built, regular expressions compiled).
 *   --limit N  evenly spaced sample of N pages (default: 50; 0 = all pages)
 *   --root     pass the article root found by extraction (as the pipeline does); default root: null
 *   --runs R   warm runs per page, the page's figure is their minimum (default 5)
 *   --cold K   (--browser) open each page K times, each a fresh realm; its load and
 *              first-call figures are the minimum over the K opens (default 3)
 * Output (stdout): module import and first call in the process (cold: includes building
 * tables and compiling regular expressions), then median / p95 / max over pages of the
 * warm time, wall clock and CPU time (ms), and the five slowest pages. The minimum of R
 * runs estimates the cost without other processes' interference on a loaded machine;
 * CPU time (process.cpuUsage) excludes time spent waiting for a core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { resolveSharedDir } from './lib/corpus';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/e2e/harness/server';
import { chromiumPath } from '../test/e2e/harness/paths';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const limit = opt('--limit', 50);
const runs = Math.max(1, opt('--runs', 5));
const useRoot = args.includes('--root');
const coldOpens = Math.max(1, opt('--cold', 3));

const base = path.join(resolveSharedDir(), 'corpus', 'readability');
if (!fs.existsSync(base)) {
  console.error(`corpus not found at ${base}: nothing to time`);
  process.exit(2);
}
let pages = fs.readdirSync(base).sort().filter((p) => fs.existsSync(path.join(base, p, 'source.html')));
if (limit > 0 && pages.length > limit) {
  const step = pages.length / limit;
  pages = Array.from({ length: limit }, (_, i) => pages[Math.floor(i * step)]);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
};
const med = (xs: number[]) => pct(xs, 0.5);
const r1 = (x: number) => Math.round(x * 100) / 100;

function timeOnce(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

async function main(): Promise<void> {
  const vc = new VirtualConsole();
  // Imports are timed too: module top-level work is part of the first click's cost.
  const tImport = performance.now();
  const { extractDateline } = await import('../lib/dateline');
  const importMs = performance.now() - tImport;
  const { extractArticle } = useRoot ? await import('../lib/extract') : { extractArticle: null };
  const url = 'http://fakehost/test/page.html';
  const rows: { page: string; kb: number; wall: number; cpu: number }[] = [];
  let first: { wall: number; cpu: number } | null = null;
  for (const page of pages) {
    const html = fs.readFileSync(path.join(base, page, 'source.html'), 'utf8');
    const dom = new JSDOM(html, { url, virtualConsole: vc });
    const doc = dom.window.document;
    const root = extractArticle ? extractArticle(doc, { url }).root : null;
    const now = new Date('2024-06-01T00:00:00Z');
    const run = () => void extractDateline(doc, { url, root, now });
    if (!first) first = timeOnce(run);
    else run(); // one warm-up per page (jsdom caches)
    const w: number[] = [];
    const c: number[] = [];
    for (let k = 0; k < runs; k++) {
      const t = timeOnce(run);
      w.push(t.wall);
      c.push(t.cpu);
    }
    rows.push({ page, kb: Math.round(html.length / 1024), wall: Math.min(...w), cpu: Math.min(...c) });
    dom.window.close();
  }
  const wall = rows.map((r) => r.wall);
  const cpu = rows.map((r) => r.cpu);
  const summary = {
    pages: rows.length,
    root: useRoot ? 'extraction' : 'null',
    import_ms: r1(importMs),
    first_call_ms: { wall: r1(first!.wall), cpu: r1(first!.cpu) },
    warm_ms: {
      wall: { median: r1(med(wall)), p95: r1(pct(wall, 0.95)), max: r1(Math.max(...wall)) },
      cpu: { median: r1(med(cpu)), p95: r1(pct(cpu, 0.95)), max: r1(Math.max(...cpu)) },
    },
    slowest: [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, 5).map((r) => `${r.page} (${r.kb} kB): ${r1(r.cpu)} ms cpu, ${r1(r.wall)} ms wall`),
  };
  console.log(args.includes('--json') ? JSON.stringify({ ...summary, rows }, null, 1) : JSON.stringify(summary, null, 1));
}

interface BrowserRow {
  page: string;
  kb: number;
  /** Evaluating the bundle in the page (parse + module top level), ms. */
  load: number;
  /** First extractDateline call in the page's realm, ms. */
  first: number;
  /** Minimum of the warm runs, ms. */
  warm: number;
  published: string | null;
}

/**
 * Times extractDateline in Chromium. Input: page folder names under `base`, runs per
 * page, whether to pass extraction's root, the libyatoday fixture folder (timed first).
 * Each page is opened `cold` times (fresh realms); a page's load, first and warm figures are
 * minima over its opens (the machine is shared: minima estimate the cost without interference).
 * Output: summary {pages, bundle_kb, load_ms, first_call_ms, warm_ms (median/p95/max each),
 * libyatoday row, slowest pages, rows}. Throws when Chromium is missing or a page fails to load.
 */
async function timeInBrowser(o: { pages: string[]; base: string; runs: number; cold: number; useRoot: boolean; fixtureDir: string }) {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (sudo apt-get install -y chromium)`);
  const shared = resolveSharedDir();
  // The same code the content script runs, bundled and minified as a production build would be.
  const entry = `export { extractDateline } from ${JSON.stringify(path.resolve('lib/dateline/index.ts'))};` + (o.useRoot ? `export { extractArticle } from ${JSON.stringify(path.resolve('lib/extract/index.ts'))};` : '');
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', globalName: '__sahifaTiming', minify: true, target: 'es2022', write: false, logLevel: 'silent' });
  const bundle = out.outputFiles[0].text;
  const server = await startStaticServer(shared);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  const rows: BrowserRow[] = [];
  try {
    // Page scripts off: third-party pages never run; our evaluate() still does (as a content script would).
    const context = await browser.newContext({ javaScriptEnabled: false });
    const targets = [
      { name: 'libyatoday-turkey-wifaq', rel: path.relative(shared, path.join(o.fixtureDir, 'page.html')) },
      ...o.pages.map((p) => ({ name: p, rel: path.relative(shared, path.join(o.base, p, 'source.html')) })),
    ];
    for (const t of targets) for (let open = 0; open < o.cold; open++) {
      const page = await context.newPage();
      await page.goto(server.url(t.rel.split(path.sep).join('/')), { waitUntil: 'load', timeout: 30_000 });
      const expr = `(() => {
        const t0 = performance.now();
        ${bundle}
        const load = performance.now() - t0;
        const api = __sahifaTiming;
        const root = ${o.useRoot} ? api.extractArticle(document, { url: location.href }).root : null;
        const now = new Date('2024-06-01T00:00:00Z');
        const call = () => api.extractDateline(document, { url: location.href, root, now });
        let a = performance.now();
        const d = call();
        const first = performance.now() - a;
        call();
        let warm = Infinity;
        for (let k = 0; k < ${o.runs}; k++) { a = performance.now(); call(); warm = Math.min(warm, performance.now() - a); }
        return { load, first, warm, published: d.published, kb: Math.round(document.documentElement.outerHTML.length / 1024) };
      })()`;
      const r = (await page.evaluate(expr)) as Omit<BrowserRow, 'page'>;
      await page.close();
      const prev = rows.find((x) => x.page === t.name);
      if (!prev) rows.push({ page: t.name, ...r });
      else {
        prev.load = Math.min(prev.load, r.load);
        prev.first = Math.min(prev.first, r.first);
        prev.warm = Math.min(prev.warm, r.warm);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const corpus = rows.slice(1);
  const stats = (xs: number[]) => ({ median: r1(med(xs)), p95: r1(pct(xs, 0.95)), max: r1(Math.max(...xs)) });
  return {
    browser: 'chromium ' + chromiumPath,
    pages: corpus.length,
    cold_opens_per_page: o.cold,
    warm_runs_per_open: o.runs,
    root: o.useRoot ? 'extraction' : 'null',
    bundle_kb: Math.round(bundle.length / 1024),
    libyatoday: { load_ms: r1(rows[0].load), first_call_ms: r1(rows[0].first), warm_ms: r1(rows[0].warm), published: rows[0].published },
    load_ms: stats(corpus.map((r) => r.load)),
    first_call_ms: stats(corpus.map((r) => r.first)),
    warm_ms: stats(corpus.map((r) => r.warm)),
    slowest: [...corpus].sort((a, b) => b.first - a.first).slice(0, 5).map((r) => `${r.page} (${r.kb} kB): first ${r1(r.first)} ms, warm ${r1(r.warm)} ms`),
    rows,
  };
}

if (args.includes('--browser')) {
  timeInBrowser({ pages, base, runs, cold: coldOpens, useRoot, fixtureDir: path.join(resolveSharedDir(), 'fixtures', 'libyatoday-turkey-wifaq') })
    .then((out) => console.log(JSON.stringify(args.includes('--json') ? out : { ...out, rows: undefined }, null, 1)))
    .catch((e: unknown) => {
      console.error(`browser timing failed: ${(e as Error).message}`);
      process.exit(1);
    });
} else void main();
