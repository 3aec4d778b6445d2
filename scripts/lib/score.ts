/**
 * Scoring of extracted text against ground truth, as used by `npm run bench`
 * and the corpus tests. Pure functions, no I/O.
 *
 * Methods (see /work/shared/corpus/README.md):
 * - Full-text sets: bag of tokens (or of n-gram shingles) per page; per-page
 *   precision and recall from multiset counts (tp = Σ min(countTrue, countPred));
 *   set figure: F1 = harmonic mean of mean-P and mean-R. This is the
 *   Scrapinghub article-extraction-benchmark's method (its evaluate.py: shingle
 *   Counter per text, P/R per page, pages with tp+fp = 0 left out of mean-P and
 *   pages with tp+fn = 0 left out of mean-R, F1 of the two means).
 * - Snippet set (Trafilatura): `with` snippets found = TP, missing = FN;
 *   `without` snippets present = FP, absent = TN; summed over pages
 *   (Trafilatura's tests/comparison.py), whitespace normalised on both sides.
 */

/** Scripts whose characters are each one token (no spaces between words). */
const PER_CHAR_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Runs of letters, combining marks and digits (Unicode), or single CJK/Thai characters. */
const UNICODE_TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}]+/gu;

/**
 * Unicode-aware tokens: NFKC, lowercase, then runs of Unicode letters/marks/digits;
 * each Han/Hiragana/Katakana/Thai character is a token of its own (those scripts do
 * not separate words by spaces; Hangul does, so it stays word-based). Arabic works
 * as is (letters + harakat marks). Input: any string. Output: tokens in order.
 */
export function unicodeTokens(text: string): string[] {
  const norm = (text ?? '').normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const m of norm.matchAll(UNICODE_TOKEN)) {
    const t = m[0];
    // a run can still mix a per-char script into a letter run only via the first
    // alternative, so split defensively when a run contains one
    if (t.length > 1 && PER_CHAR_SCRIPT.test(t)) {
      let buf = '';
      for (const ch of t) {
        if (PER_CHAR_SCRIPT.test(ch)) { if (buf) out.push(buf); buf = ''; out.push(ch); } else buf += ch;
      }
      if (buf) out.push(buf);
    } else out.push(t);
  }
  return out;
}

/**
 * Python `re.findall(r'\w+', text)` tokens (str patterns are Unicode: letters,
 * digits and `_`; combining marks are NOT word characters there; case kept).
 * This is the Scrapinghub benchmark's own tokenizer, used for its 4-gram
 * headline figure so our numbers compare with published ones.
 */
export function pyWordTokens(text: string): string[] {
  return (text ?? '').match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * Shingles (joined n-grams) of a token list, counted as a multiset. Follows the
 * Scrapinghub benchmark: a text with fewer than n tokens gives one shingle of
 * all its tokens; an empty text gives none. Output: Map shingle → count.
 */
export function shingleCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const k = sh.join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Per-page counts: tp, fp, fn (raw, not normalised). */
export interface Counts { tp: number; fp: number; fn: number }

/**
 * Multiset (default) or set overlap of two count maps.
 * Input: truth and prediction counts. Output: {@link Counts}.
 */
export function overlap(truth: Map<string, number>, pred: Map<string, number>, mode: 'multiset' | 'set' = 'multiset'): Counts {
  let tp = 0, fp = 0, fn = 0;
  if (mode === 'set') {
    for (const k of pred.keys()) { if (truth.has(k)) tp++; else fp++; }
    for (const k of truth.keys()) if (!pred.has(k)) fn++;
    return { tp, fp, fn };
  }
  for (const [k, p] of pred) { const t = truth.get(k) ?? 0; tp += Math.min(t, p); fp += Math.max(0, p - t); }
  for (const [k, t] of truth) { const p = pred.get(k) ?? 0; fn += Math.max(0, t - p); }
  return { tp, fp, fn };
}

/**
 * Precision of one page, Scrapinghub conventions: tp/(tp+fp); null when nothing
 * was predicted (tp + fp = 0): such a page does not enter mean-P (evaluate.py
 * averages precision over pages with tp + fp > 0 only).
 */
export function pagePrecision(c: Counts): number | null {
  return c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
}

/** Recall of one page: tp/(tp+fn); null when the truth is empty (tp + fn = 0), which leaves mean-R. */
export function pageRecall(c: Counts): number | null {
  return c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
}

/**
 * F1 of one page (for ranking pages, not for the set figure): 1 when both sides
 * are empty, 0 when only one is; else the harmonic mean of P and R.
 */
export function pageF1(c: Counts): number {
  if (c.tp + c.fp + c.fn === 0) return 1;
  const p = pagePrecision(c) ?? 0, r = pageRecall(c) ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** How a text is turned into a bag for {@link scoreText}. */
export interface TextScoreOptions {
  /** Shingle size: 1 = bag of tokens (default), 4 = Scrapinghub headline. */
  n?: number;
  /** Tokenizer: 'unicode' (default; NFKC, lowercased) or 'py' (Python \w+, case kept). */
  tokens?: 'unicode' | 'py';
  /** Multiset (default; the benchmark's Counter) or set overlap. */
  mode?: 'multiset' | 'set';
}

/** Scores of one page: counts, P, R (null = not counted in the mean), F1. */
export interface PageScore extends Counts { p: number | null; r: number | null; f1: number }

/**
 * Scores a predicted text against a true text for one page.
 * Input: two plain strings. Output: {@link PageScore}.
 */
export function scoreText(truth: string, pred: string, opts: TextScoreOptions = {}): PageScore {
  const tok = opts.tokens === 'py' ? pyWordTokens : unicodeTokens;
  const n = opts.n ?? 1;
  const c = overlap(shingleCounts(tok(truth), n), shingleCounts(tok(pred), n), opts.mode ?? 'multiset');
  return { ...c, p: pagePrecision(c), r: pageRecall(c), f1: pageF1(c) };
}

/** Set figure for full-text scoring. */
export interface Aggregate {
  /** Mean per-page precision (pages with P = null left out). */
  p: number;
  /** Mean per-page recall (pages with R = null left out). */
  r: number;
  /** Harmonic mean of p and r. */
  f1: number;
  /** Pages scored. */
  pages: number;
}

/**
 * Set figure from per-page scores: mean-P, mean-R, F1 = their harmonic mean.
 * Empty input gives zeros with pages = 0.
 */
export function aggregate(scores: Array<Pick<PageScore, 'p' | 'r'>>): Aggregate {
  const ps = scores.map((s) => s.p).filter((x): x is number => x !== null);
  const rs = scores.map((s) => s.r).filter((x): x is number => x !== null);
  const p = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const r = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, pages: scores.length };
}

/** Collapses every whitespace run (incl. NBSP) to one space and trims. */
export function normalizeWs(s: string): string {
  return (s ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Snippet counts of one page (Trafilatura's evaluate_result). */
export interface SnippetCounts {
  /** `with` snippets found. */
  tp: number;
  /** `with` snippets missing. */
  fn: number;
  /** `without` snippets present (boilerplate kept). */
  fp: number;
  /** `without` snippets absent. */
  tn: number;
}

/**
 * Trafilatura's snippet check for one page: substring search of each snippet in
 * the predicted text after whitespace normalisation of both. `ignoreSpaces`
 * removes all whitespace first (used for the in-page visible text, whose text
 * nodes are joined with spaces even inside words split by inline tags).
 * A null prediction (extractor failed) counts every `with` as missing and every
 * `without` as absent, as Trafilatura does.
 */
export function scoreSnippets(pred: string | null, truth: { with: string[]; without: string[] }, opts: { ignoreSpaces?: boolean } = {}): SnippetCounts {
  const c: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  if (pred === null) { c.fn = truth.with.length; c.tn = truth.without.length; return c; }
  const norm = opts.ignoreSpaces ? (s: string) => (s ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, '') : normalizeWs;
  const text = norm(pred);
  for (const s of truth.with) { if (text.includes(norm(s))) c.tp++; else c.fn++; }
  for (const s of truth.without) { if (text.includes(norm(s))) c.fp++; else c.tn++; }
  return c;
}

/** Summed snippet figure over pages. */
export interface SnippetAggregate extends SnippetCounts {
  p: number;
  r: number;
  f1: number;
  /** Share of `with` snippets found (= r). */
  withFound: number;
  /** Share of `without` snippets absent (boilerplate removed). */
  withoutAbsent: number;
  /** tp+tn over all snippets. */
  accuracy: number;
  pages: number;
}

/** Sums snippet counts over pages and derives P = tp/(tp+fp), R = tp/(tp+fn), F1. */
export function aggregateSnippets(list: SnippetCounts[]): SnippetAggregate {
  const s = list.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp, tn: a.tn + c.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const all = s.tp + s.fn + s.fp + s.tn;
  return {
    ...s, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0,
    withFound: r,
    withoutAbsent: s.fp + s.tn ? s.tn / (s.fp + s.tn) : 0,
    accuracy: all ? (s.tp + s.tn) / all : 0,
    pages: list.length,
  };
}

/** Median and 95th percentile (nearest-rank) of a list of numbers; NaN when empty. */
export function percentiles(xs: number[]): { median: number; p95: number; n: number } {
  if (!xs.length) return { median: NaN, p95: NaN, n: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const p95 = s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
  return { median, p95, n: s.length };
}

/**
 * What differs between truth and prediction, for failure reports: the longest
 * runs of truth tokens absent from the prediction (missing) and of predicted
 * tokens absent from the truth (extra), by bag membership of 3-token shingles.
 * Output: up to `k` runs each, longest first, each ≤ 100 chars, plus totals.
 */
export function diffRuns(truth: string, pred: string, k = 2): { missing: string[]; extra: string[]; missingTokens: number; extraTokens: number } {
  const tt = unicodeTokens(truth), pt = unicodeTokens(pred);
  const runs = (a: string[], other: string[]) => {
    const n = Math.min(3, Math.max(1, other.length));
    const set = new Set<string>();
    for (let i = 0; i + n <= other.length; i++) set.add(other.slice(i, i + n).join(' '));
    const covered = new Array<boolean>(a.length).fill(false);
    for (let i = 0; i + n <= a.length; i++) if (set.has(a.slice(i, i + n).join(' '))) for (let j = i; j < i + n; j++) covered[j] = true;
    const found: string[][] = [];
    let cur: string[] = [];
    let total = 0;
    for (let i = 0; i < a.length; i++) {
      if (!covered[i]) { cur.push(a[i]); total++; } else if (cur.length) { found.push(cur); cur = []; }
    }
    if (cur.length) found.push(cur);
    found.sort((x, y) => y.length - x.length);
    return { list: found.slice(0, k).map((r) => `${r.length}w: ${r.join(' ').slice(0, 100)}`), total };
  };
  const m = runs(tt, pt), e = runs(pt, tt);
  return { missing: m.list, extra: e.list, missingTokens: m.total, extraTokens: e.total };
}
