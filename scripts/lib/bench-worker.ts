/**
 * Bench worker (worker_threads): runs every contender on one page at a time and
 * posts scores back. Started by scripts/bench.ts; each task is one page.
 *
 * Messages in:  {type:'page', page: CorpusPage, contenders: Contender[], sharedDir}
 * Messages out: {type:'start', id, contender}  before each contender (hang detection),
 *               {type:'result', id, run: ContenderRun} after each,
 *               {type:'done', id}.
 * Every contender gets its own DOM parse (new JSDOM(html, {url})), timed with it.
 * Nothing thrown by a page escapes: it becomes `error` on that contender's run.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { loadTruth, readPageHtml, type CorpusPage, type Truth } from './corpus';
import { diffRuns, scoreSnippets, scoreText, type PageScore, type SnippetCounts } from './score';

export type Contender = 'sahifa' | 'readability' | 'defuddle';

/** Scores of one text against the page's truth. */
export interface TextScores {
  /** Unicode bag of tokens. */
  uni?: PageScore;
  /** Python-\w+ 4-gram shingles (Scrapinghub headline). */
  sh4?: PageScore;
  /** Trafilatura snippets. */
  snip?: SnippetCounts;
  /** Characters of the text. */
  chars: number;
}

/** One contender on one page. */
export interface ContenderRun extends Partial<TextScores> {
  contender: Contender;
  /** Error message when the contender threw, timed out or its page did not load. */
  error?: string;
  /** ms: one DOM parse + extraction. */
  ms?: number;
  /** ms of the DOM parse alone. */
  parseMs?: number;
  /** Sahifa only: why no article came out (Extraction.message). */
  message?: string;
  /** Sahifa only: missing/extra runs vs the truth (text truth), for failure reports. */
  diff?: ReturnType<typeof diffRuns>;
  /** Sahifa only: what snippets failed (snippet truth). */
  snipFail?: { missing: string[]; present: string[] };
  /** Sahifa only: the whole pipeline (runPipeline) on the same parse. */
  pipeline?: {
    error?: string;
    /** ms: the DOM parse + runPipeline. */
    ms?: number;
    /** visibleText after clean-up vs truth. */
    after?: TextScores;
    /** visibleText of the untouched page vs truth (baseline). */
    before?: TextScores;
    clutterBlocks?: number;
    published?: string | null;
    place?: string | null;
    source?: string | null;
  };
}

type SahifaModules = {
  extractArticle: typeof import('../../lib/extract').extractArticle;
  runPipeline: typeof import('../../lib/pipeline').runPipeline;
  visibleText: typeof import('../../lib/visible-text').visibleText;
};
type DefuddleFn = typeof import('defuddle/node').Defuddle;

let sahifa: SahifaModules | Error | null = null;
let defuddle: DefuddleFn | Error | null = null;

async function loadSahifa(): Promise<SahifaModules | Error> {
  if (sahifa) return sahifa;
  try {
    const [ex, pl, vt] = await Promise.all([import('../../lib/extract'), import('../../lib/pipeline'), import('../../lib/visible-text')]);
    sahifa = { extractArticle: ex.extractArticle, runPipeline: pl.runPipeline, visibleText: vt.visibleText };
  } catch (e) {
    sahifa = new Error(`cannot load Sahifa's lib: ${(e as Error).message}`);
  }
  return sahifa;
}

async function loadDefuddle(): Promise<DefuddleFn | Error> {
  if (defuddle) return defuddle;
  try { defuddle = (await import('defuddle/node')).Defuddle; } catch (e) { defuddle = new Error(`cannot load defuddle/node: ${(e as Error).message}`); }
  return defuddle;
}

const quiet = new VirtualConsole(); // drop jsdom's CSS-parse and not-implemented noise

function parse(html: string, url: string): { dom: JSDOM; ms: number } {
  const t0 = performance.now();
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  return { dom, ms: performance.now() - t0 };
}

function htmlToText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const t = dom.window.document.body?.textContent ?? '';
  dom.window.close();
  return t;
}

/** Scores a text against the truth, per truth kind and set. */
export function scoreAgainst(truth: Truth, text: string, set: string, opts: { ignoreSpaces?: boolean } = {}): TextScores {
  if (truth.kind === 'snippets') return { snip: scoreSnippets(text, truth, opts), chars: text.length };
  return {
    uni: scoreText(truth.text, text),
    ...(set === 'scrapinghub' || set === 'fixtures' ? { sh4: scoreText(truth.text, text, { n: 4, tokens: 'py' }) } : {}),
    chars: text.length,
  };
}

function snippetFailures(truth: Truth, text: string): ContenderRun['snipFail'] {
  if (truth.kind !== 'snippets') return undefined;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const t = norm(text);
  return {
    missing: truth.with.filter((s) => !t.includes(norm(s))).map((s) => s.slice(0, 80)),
    present: truth.without.filter((s) => t.includes(norm(s))).map((s) => s.slice(0, 80)),
  };
}

async function runContender(c: Contender, page: CorpusPage, html: string, truth: Truth): Promise<ContenderRun> {
  const run: ContenderRun = { contender: c };
  let dom: JSDOM | null = null;
  try {
    if (c === 'readability') {
      const p = parse(html, page.url); dom = p.dom;
      const t0 = performance.now();
      const art = new Readability(dom.window.document).parse();
      run.ms = p.ms + performance.now() - t0; run.parseMs = p.ms;
      Object.assign(run, scoreAgainst(truth, art?.textContent ?? '', page.set));
    } else if (c === 'defuddle') {
      const fn = await loadDefuddle();
      if (fn instanceof Error) throw fn;
      const p = parse(html, page.url); dom = p.dom;
      const t0 = performance.now();
      const errLog = console.error;
      console.error = () => {}; // Defuddle logs recoverable page faults (bad JSON-LD) with console.error
      let res: Awaited<ReturnType<DefuddleFn>>;
      try { res = await fn(dom.window.document, page.url, { useAsync: false }); } finally { console.error = errLog; }
      run.ms = p.ms + performance.now() - t0; run.parseMs = p.ms;
      const holder = dom.window.document.createElement('div');
      holder.innerHTML = res.content ?? '';
      Object.assign(run, scoreAgainst(truth, holder.textContent ?? '', page.set));
    } else {
      const m = await loadSahifa();
      if (m instanceof Error) throw m;
      const p = parse(html, page.url); dom = p.dom;
      const doc = dom.window.document;
      const t0 = performance.now();
      const ex = m.extractArticle(doc, { url: page.url });
      const exMs = performance.now() - t0;
      run.ms = p.ms + exMs; run.parseMs = p.ms;
      const text = ex.article?.text ?? '';
      if (!ex.article && ex.message) run.message = ex.message;
      Object.assign(run, scoreAgainst(truth, text, page.set));
      if (truth.kind === 'text') run.diff = diffRuns(truth.text, text);
      else run.snipFail = snippetFailures(truth, text);
      // whole pipeline on the same parse (extraction never mutates the page)
      const pl: NonNullable<ContenderRun['pipeline']> = {};
      run.pipeline = pl;
      try {
        const before = m.visibleText(doc);
        pl.before = scoreAgainst(truth, before, page.set, { ignoreSpaces: true });
        const t1 = performance.now();
        const r = m.runPipeline(doc, { url: page.url, win: dom.window as unknown as Window });
        pl.ms = p.ms + performance.now() - t1;
        pl.after = scoreAgainst(truth, r.visibleText, page.set, { ignoreSpaces: true });
        pl.clutterBlocks = r.clutter.length;
        pl.published = r.dateline?.published ?? null;
        pl.place = r.dateline?.place ?? null;
        pl.source = r.dateline?.source ?? null;
      } catch (e) {
        pl.error = errText(e);
      }
    }
  } catch (e) {
    run.error = errText(e);
  } finally {
    try { dom?.window.close(); } catch { /* ignore */ }
  }
  return run;
}

function errText(e: unknown): string {
  const err = e as Error;
  return `${err?.name ?? 'Error'}: ${String(err?.message ?? e).slice(0, 200)}`;
}

export interface PageTask { type: 'page'; page: CorpusPage; contenders: Contender[]; sharedDir: string }

if (parentPort) {
  const port = parentPort;
  port.on('message', async (msg: PageTask) => {
    if (msg?.type !== 'page') return;
    const { page, contenders, sharedDir } = msg;
    let html: string, truth: Truth;
    try {
      html = readPageHtml(sharedDir, page).html;
      truth = loadTruth(sharedDir, page, htmlToText);
    } catch (e) {
      for (const c of contenders) port.postMessage({ type: 'result', id: page.id, run: { contender: c, error: `load: ${errText(e)}` } });
      port.postMessage({ type: 'done', id: page.id });
      return;
    }
    for (const c of contenders) {
      port.postMessage({ type: 'start', id: page.id, contender: c });
      const run = await runContender(c, page, html, truth);
      port.postMessage({ type: 'result', id: page.id, run });
    }
    port.postMessage({ type: 'done', id: page.id });
  });
}
