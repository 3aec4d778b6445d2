/**
 * Corpus invariant of the in-page clean-up (shared by test/corpus/cleanup.test.ts
 * and scripts/corpus-cleanup.ts): run the whole pipeline on a page under jsdom and
 * measure how much of the ground-truth text stays visible after clutter is
 * hidden, and how much non-article text goes.
 *
 * Tokens: scripts/lib/score.ts unicodeTokens (NFKC, lower case, Unicode letter/
 * mark/digit runs, each CJK/Thai character a token), compared as bags.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../../lib/pipeline';
import { visibleText } from '../../lib/visible-text';
import { blockText } from '../../lib/extract/text';
import { fnv1a32, loadTruth, readPageHtml, type CorpusPage } from './corpus';
import { unicodeTokens } from './score';

/** Per-page figures of the clean-up. */
export interface CleanupPageResult {
  id: string;
  set: string;
  /** Share of truth tokens still visible after clean-up (0..1), null when the truth has no tokens. */
  recall: number | null;
  /** Same, before clean-up (what the site itself hides already costs). */
  recallBefore: number | null;
  /** Share of visible non-article tokens removed by the clean-up (0..1); null when there were none or truth is partial (snippets). */
  nonArticleRemoved: number | null;
  /** Snippet pages: `without` snippets visible before / after clean-up. */
  withoutBefore?: number;
  withoutAfter?: number;
  /** Truth tokens missing after clean-up (first 12, for debugging). */
  missing: string[];
  /** Blocks hidden. */
  hidden: number;
  /** Pipeline time in ms (extraction + clutter + entities + hide + visibleText). */
  ms: number;
  error?: string;
}

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Bag recall: Σ min(truth, pred) / Σ truth; null for an empty truth. Also the missing tokens. */
export function bagRecall(truth: Map<string, number>, pred: Map<string, number>): { recall: number | null; missing: string[] } {
  let tot = 0, hit = 0;
  const missing: string[] = [];
  for (const [t, n] of truth) {
    tot += n;
    const p = Math.min(n, pred.get(t) ?? 0);
    hit += p;
    if (p < n && missing.length < 12) missing.push(t);
  }
  return { recall: tot ? hit / tot : null, missing };
}

/**
 * Truth tokens of Trafilatura-style `with` snippets, as they stand in the
 * visible text. Those snippets are cut from the page's text at arbitrary
 * character offsets, so their first and last tokens are often parts of words
 * ("…schwerpun", "ngabe…") that no tokenizer can find whole; Trafilatura's own
 * evaluation tests the snippet as a substring. Here the snippet is located in
 * the visible token sequence (first token a suffix of a visible token, last
 * token a prefix, the tokens between equal), and its edge tokens become the
 * visible tokens found there. A snippet that does not stand whole in the text
 * has its edges located with their two neighbours only; failing that, an edge
 * token that is not a whole visible token is replaced by the first visible
 * token it is a suffix of (first token) or a prefix of (last token), when
 * there is one; otherwise it stays (and counts as missing). Locating the
 * snippet first matters: "…aber das Ver" completed against the whole
 * vocabulary took "verfolgt" from a teaser above the article, not the
 * article's "Verfahren", and scored a clean-up that hid the teaser as losing
 * article text.
 * Input: the snippets and the visible tokens in document order; output: the truth tokens.
 */
export function snippetTruthTokens(snippets: string[], visible: readonly string[]): string[] {
  const out: string[] = [];
  let vocab: string[] | null = null;
  const set = new Set(visible);
  type Mode = 'suffix' | 'prefix' | 'exact';
  const ok = (v: string, t: string, m: Mode) => (m === 'exact' ? v === t : m === 'suffix' ? v.endsWith(t) : v.startsWith(t));
  /** Index in `visible` where `pat` (tokens with match modes) stands, or -1. */
  const find = (pat: [string, Mode][]): number => {
    outer: for (let i = 0; i + pat.length <= visible.length; i++) {
      for (let j = 0; j < pat.length; j++) if (!ok(visible[i + j], pat[j][0], pat[j][1])) continue outer;
      return i;
    }
    return -1;
  };
  const complete = (t: string, edge: 'first' | 'last'): string => {
    if (set.has(t)) return t;
    vocab ??= [...set];
    const hit = vocab.find((v) => v.length > t.length && (edge === 'first' ? v.endsWith(t) : v.startsWith(t)));
    return hit ?? t;
  };
  for (const s of snippets) {
    const ts = unicodeTokens(s);
    if (!ts.length) continue;
    const n = ts.length;
    if (n === 1) { out.push(complete(ts[0], 'first')); continue; }
    const modes = ts.map((_, j): Mode => (j === 0 ? 'suffix' : j === n - 1 ? 'prefix' : 'exact'));
    const pat = ts.map((t, j): [string, Mode] => [t, modes[j]]);
    const at = find(pat);
    if (at >= 0) {
      ts[0] = visible[at];
      ts[n - 1] = visible[at + n - 1];
    } else {
      const head = find(pat.slice(0, Math.min(3, n)));
      ts[0] = head >= 0 ? visible[head] : complete(ts[0], 'first');
      const tail = find(pat.slice(Math.max(0, n - 3)));
      ts[n - 1] = tail >= 0 ? visible[tail + Math.min(3, n) - 1] : complete(ts[n - 1], 'last');
    }
    out.push(...ts);
  }
  return out;
}

/** Tokens of `pred` not accounted for by `truth` (multiset difference size). */
function extraTokens(truth: Map<string, number>, pred: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of pred) n += Math.max(0, c - (truth.get(t) ?? 0));
  return n;
}

/** Readability expected.html → text with paragraph boundaries (no words glued across blocks). */
export function htmlToText(html: string): string {
  const d = new JSDOM(html).window.document;
  return blockText(d.body);
}

/**
 * Runs the pipeline on one corpus page and scores it. Never throws: errors are
 * reported in `error` (recall null).
 */
export function evalCleanupPage(sharedDir: string, page: CorpusPage): CleanupPageResult {
  const base: CleanupPageResult = { id: page.id, set: page.set, recall: null, recallBefore: null, nonArticleRemoved: null, missing: [], hidden: 0, ms: 0 };
  let dom: JSDOM | null = null;
  try {
    const { html } = readPageHtml(sharedDir, page);
    const truth = loadTruth(sharedDir, page, htmlToText);
    // jsdom has no layout: no window for styles (computed styles would be slow and meaningless); its console is silenced.
    dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const before = visibleText(doc);
    const t0 = performance.now();
    const res = runPipeline(doc, { url: page.url, win: null });
    base.ms = performance.now() - t0;
    base.hidden = res.clutter.length;
    const after = res.visibleText;
    const tBefore = unicodeTokens(before);
    const bBefore = bag(tBefore);
    const bAfter = bag(unicodeTokens(after));
    if (truth.kind === 'text') {
      const tb = bag(unicodeTokens(truth.text));
      const r = bagRecall(tb, bAfter);
      base.recall = r.recall;
      base.missing = r.missing;
      base.recallBefore = bagRecall(tb, bBefore).recall;
      const xb = extraTokens(tb, bBefore), xa = extraTokens(tb, bAfter);
      base.nonArticleRemoved = xb > 0 ? (xb - xa) / xb : null;
    } else {
      // Edge tokens are completed against the text before clean-up, so the same truth is scored before and after.
      const tb = bag(snippetTruthTokens(truth.with, tBefore));
      const r = bagRecall(tb, bAfter);
      base.recall = r.recall;
      base.missing = r.missing;
      base.recallBefore = bagRecall(tb, bBefore).recall;
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const nb = norm(before), na = norm(after);
      base.withoutBefore = truth.without.filter((s) => norm(s) && nb.includes(norm(s))).length;
      base.withoutAfter = truth.without.filter((s) => norm(s) && na.includes(norm(s))).length;
    }
  } catch (err) {
    base.error = (err as Error).message;
  } finally {
    dom?.window.close();
  }
  return base;
}

/**
 * Deterministic sample: per set, pages ordered by FNV-1a hash of their id,
 * first `perSet[set]` taken. Output: pages (order: set, then hash).
 */
export function samplePages(pages: CorpusPage[], perSet: Record<string, number>): CorpusPage[] {
  const out: CorpusPage[] = [];
  for (const [set, n] of Object.entries(perSet)) {
    const ps = pages.filter((p) => p.set === set).sort((a, b) => fnv1a32(a.id) - fnv1a32(b.id) || a.id.localeCompare(b.id));
    out.push(...ps.slice(0, n));
  }
  return out;
}

/** Median of numbers (null for none). */
export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Summary over pages: share with recall ≥ `bar`, medians, failures. */
export function summarize(results: CleanupPageResult[], bar = 0.99) {
  const scored = results.filter((r) => r.recall !== null);
  const ok = scored.filter((r) => (r.recall as number) >= bar);
  const okBefore = scored.filter((r) => (r.recallBefore ?? 0) >= bar);
  const removed = results.map((r) => r.nonArticleRemoved).filter((x): x is number => x !== null);
  const snip = results.filter((r) => r.withoutBefore !== undefined);
  const wb = snip.reduce((n, r) => n + (r.withoutBefore ?? 0), 0), wa = snip.reduce((n, r) => n + (r.withoutAfter ?? 0), 0);
  return {
    pages: results.length,
    scored: scored.length,
    errors: results.filter((r) => r.error).length,
    shareRecallOk: scored.length ? ok.length / scored.length : 0,
    shareRecallOkBefore: scored.length ? okBefore.length / scored.length : 0,
    medianRecall: median(scored.map((r) => r.recall as number)),
    medianNonArticleRemoved: median(removed),
    withoutSnippetsVisibleBefore: wb,
    withoutSnippetsVisibleAfter: wa,
    failing: scored.filter((r) => (r.recall as number) < bar).map((r) => ({ id: r.id, recall: r.recall, recallBefore: r.recallBefore, missing: r.missing.slice(0, 6) })),
    medianMs: median(results.map((r) => r.ms)),
  };
}
