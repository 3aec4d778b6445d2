/**
 * Timing of `extractDateline` alone (after the page is parsed) on the
 * Readability pages of the shared corpus (`../shared/corpus/readability/<page>/source.html`).
 *
 * Usage: TZ=UTC npx tsx scripts/dateline-timing.ts [--limit N] [--root] [--runs R] [--json]
 *   --limit N  evenly spaced sample of N pages (default: 50; 0 = all pages)
 *   --root     pass the article root found by extraction (as the pipeline does); default root: null
 *   --runs R   warm runs per page, the page's figure is their minimum (default 5)
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

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const limit = opt('--limit', 50);
const runs = Math.max(1, opt('--runs', 5));
const useRoot = args.includes('--root');

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

void main();
