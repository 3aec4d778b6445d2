// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  aggregate, aggregateSnippets, diffRuns, overlap, pageF1, pagePrecision, pageRecall, percentiles,
  pyWordTokens, scoreSnippets, scoreText, shingleCounts, unicodeTokens,
} from '../../../scripts/lib/score';

describe('unicodeTokens', () => {
  it('lowercases and splits on anything that is not a letter, mark or digit', () => {
    expect(unicodeTokens('Hello, WORLD! 42 times')).toEqual(['hello', 'world', '42', 'times']);
  });
  it('applies NFKC (ligatures, full-width forms) before tokenizing', () => {
    expect(unicodeTokens('ﬁne ＡＢＣ')).toEqual(['fine', 'abc']);
  });
  it('keeps Arabic words whole, harakat included', () => {
    expect(unicodeTokens('مَرْحَبًا بالعالم، أنقرة')).toEqual(['مَرْحَبًا', 'بالعالم', 'أنقرة']);
  });
  it('makes each Han/Kana/Thai character a token, even glued to Latin letters', () => {
    expect(unicodeTokens('日本語abcです')).toEqual(['日', '本', '語', 'abc', 'で', 'す']);
    expect(unicodeTokens('ไทย')).toEqual(['ไ', 'ท', 'ย']);
  });
  it('keeps Hangul word-based (Korean separates words by spaces)', () => {
    expect(unicodeTokens('한국어 문장')).toEqual(['한국어', '문장']);
  });
});

describe('pyWordTokens (Python \\w+)', () => {
  it('splits on apostrophes and dots, keeps underscores and case', () => {
    expect(pyWordTokens("Don't stop_me 3.5")).toEqual(['Don', 't', 'stop_me', '3', '5']);
  });
});

describe('shingleCounts', () => {
  it('counts overlapping n-grams as a multiset', () => {
    const m = shingleCounts(['a', 'b', 'a', 'b', 'a'], 2);
    expect([...m.entries()].map(([k, v]) => [k.split('\u0001').join(' '), v])).toEqual([['a b', 2], ['b a', 2]]);
  });
  it('gives one shingle of all tokens when the text is shorter than n, none when empty', () => {
    expect(shingleCounts(['a', 'b'], 4).size).toBe(1);
    expect(shingleCounts([], 4).size).toBe(0);
  });
});

describe('overlap and per-page P/R', () => {
  const truth = new Map([['a', 2], ['b', 1]]);
  const pred = new Map([['a', 1], ['c', 1]]);
  it('multiset: tp = Σ min, fp/fn = surpluses', () => {
    expect(overlap(truth, pred)).toEqual({ tp: 1, fp: 1, fn: 2 });
  });
  it('set: distinct keys only', () => {
    expect(overlap(truth, pred, 'set')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('leaves a page without prediction out of mean-P and one without truth out of mean-R', () => {
    expect(pagePrecision({ tp: 0, fp: 0, fn: 3 })).toBeNull();
    expect(pageRecall({ tp: 0, fp: 0, fn: 3 })).toBe(0);
    expect(pageRecall({ tp: 0, fp: 2, fn: 0 })).toBeNull();
    expect(pageF1({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(pageF1({ tp: 0, fp: 0, fn: 3 })).toBe(0);
  });
  it('scoreText on a hand-computed page', () => {
    const s = scoreText('The cat sat down', 'the cat ran');
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(s.p).toBeCloseTo(2 / 3, 10);
    expect(s.r).toBeCloseTo(1 / 2, 10);
    expect(s.f1).toBeCloseTo(4 / 7, 10);
  });
  it('4-gram shingles punish reordering that a bag of words does not see', () => {
    const t = 'one two three four five six seven eight';
    const p = 'five six seven eight one two three four';
    expect(scoreText(t, p).f1).toBe(1);
    const s4 = scoreText(t, p, { n: 4, tokens: 'py' });
    // truth shingles: 5, pred shingles: 5, shared: "one two three four", "five six seven eight"
    expect(s4).toMatchObject({ tp: 2, fp: 3, fn: 3 });
  });
});

describe('aggregate', () => {
  it('F1 is the harmonic mean of mean-P and mean-R, nulls left out', () => {
    const a = aggregate([{ p: 1, r: 0.5 }, { p: 0.5, r: 1 }, { p: null, r: 0 }]);
    expect(a.p).toBeCloseTo(0.75, 10);
    expect(a.r).toBeCloseTo(0.5, 10);
    expect(a.f1).toBeCloseTo(0.6, 10);
    expect(a.pages).toBe(3);
  });
});

describe('snippets (Trafilatura counting)', () => {
  const truth = { with: ['main  text here', 'last line'], without: ['Impressum', 'Share this'] };
  it('counts found/missing with and present/absent without, whitespace normalised', () => {
    expect(scoreSnippets('Title\n main text\nhere ... Impressum', truth)).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
  });
  it('a failed extraction misses every with and keeps no without', () => {
    expect(scoreSnippets(null, truth)).toEqual({ tp: 0, fn: 2, fp: 0, tn: 2 });
  });
  it('ignoreSpaces matches across text nodes split inside words', () => {
    expect(scoreSnippets('main te xt here last line', truth, { ignoreSpaces: true }).tp).toBe(2);
    expect(scoreSnippets('main te xt here last line', truth).tp).toBe(1);
  });
  it('sums counts over pages', () => {
    const a = aggregateSnippets([{ tp: 3, fn: 1, fp: 1, tn: 3 }, { tp: 1, fn: 0, fp: 0, tn: 2 }]);
    expect(a.p).toBeCloseTo(4 / 5, 10);
    expect(a.r).toBeCloseTo(4 / 5, 10);
    expect(a.f1).toBeCloseTo(0.8, 10);
    expect(a.withoutAbsent).toBeCloseTo(5 / 6, 10);
    expect(a.accuracy).toBeCloseTo(9 / 11, 10);
  });
});

describe('percentiles and diffRuns', () => {
  it('median and nearest-rank p95', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentiles(xs)).toEqual({ median: 10.5, p95: 19, n: 20 });
    expect(percentiles([]).n).toBe(0);
  });
  it('reports the longest missing and extra runs', () => {
    const d = diffRuns('alpha beta gamma delta epsilon zeta eta theta', 'menu home alpha beta gamma delta epsilon');
    expect(d.missingTokens).toBe(3);
    expect(d.missing[0]).toBe('3w: zeta eta theta');
    expect(d.extra[0]).toBe('2w: menu home');
  });
});
