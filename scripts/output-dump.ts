/**
 * Output dump for performance work: runs the whole pipeline over dev pages of
 * every corpus set (default 50 per set) and writes one JSON line per page:
 * article text hash, hidden-block list, dateline, entities; plus total CPU ms.
 * Diff two dumps to show an optimisation changed no output.
 * Usage: TZ=UTC npx tsx scripts/output-dump.ts OUT.jsonl [perSet]
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadIndex, readPageHtml, resolveSharedDir, selectPages } from './lib/corpus';
import { runPipeline } from '../lib/pipeline';

const out = process.argv[2] ?? '/tmp/dump.jsonl';
const perSet = Number(process.argv[3] ?? 50);
const shared = resolveSharedDir();
const pages = selectPages(loadIndex(shared), { sets: ['scrapinghub', 'readability', 'trafilatura'], ids: [], split: 'dev', limit: perSet });
const quiet = new VirtualConsole();
const lines: string[] = [];
let cpu = 0;
const now = new Date('2026-01-01T00:00:00Z');
for (const p of pages) {
  const { html } = readPageHtml(shared, p);
  let dom: JSDOM;
  try { dom = new JSDOM(html, { url: p.url, virtualConsole: quiet }); } catch (e) { lines.push(JSON.stringify({ id: p.id, parseError: String(e) })); continue; }
  const c0 = process.cpuUsage();
  try {
    const r = runPipeline(dom.window.document, { url: p.url, win: dom.window as unknown as Window, now });
    const c = process.cpuUsage(c0); cpu += (c.user + c.system) / 1000;
    const h = (s: string) => crypto.createHash('sha1').update(s).digest('hex').slice(0, 12);
    lines.push(JSON.stringify({ id: p.id, text: h(r.article?.text ?? ''), title: r.article?.title ?? null, vt: h(r.visibleText), clutter: r.clutter, dateline: r.dateline, entities: r.entities }));
  } catch (e) { lines.push(JSON.stringify({ id: p.id, error: String(e) })); }
  dom.window.close();
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${pages.length} pages, pipeline CPU ms total ${cpu.toFixed(0)}, mean ${(cpu / pages.length).toFixed(1)}`);
