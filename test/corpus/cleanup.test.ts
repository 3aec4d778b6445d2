// @vitest-environment node
/**
 * Corpus invariant of the in-page clean-up: over a deterministic sample of
 * ../shared/corpus pages (all three sets), hiding clutter keeps ≥ 99 % of each
 * page's ground-truth tokens visible on ≥ 98 % of pages. Also prints the
 * median share of non-article tokens removed. Skips with a notice when
 * ../shared (resolved from the repo root) is absent.
 * Full corpus: `TZ=UTC npx tsx scripts/corpus-cleanup.ts`.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { corpusAvailable, loadIndex } from '../../scripts/lib/corpus';
import { evalCleanupPage, samplePages, summarize } from '../../scripts/lib/cleanup-eval';

const repoRoot = path.resolve(__dirname, '../..');
const shared = path.resolve(repoRoot, '../shared');
const available = corpusAvailable(shared);
if (!available) console.warn(`[corpus/cleanup] SKIPPED: ${shared}/corpus/index.json not found (the shared corpus is not mounted).`);

/** Pages per set in the sample (first N by FNV-1a hash of the id: deterministic, spread over sites). */
const PER_SET = { readability: 35, scrapinghub: 35, trafilatura: 40 };

describe.skipIf(!available)('clean-up keeps the article visible (corpus sample)', () => {
  it(`keeps ≥ 99 % of truth tokens on ≥ 98 % of ${Object.values(PER_SET).reduce((a, b) => a + b, 0)} pages`, () => {
    const pages = samplePages(loadIndex(shared), PER_SET);
    expect(pages.length).toBeGreaterThanOrEqual(100);
    expect(new Set(pages.map((p) => p.set)).size).toBe(3);
    const results = pages.map((p) => evalCleanupPage(shared, p));
    const s = summarize(results);
    console.log(`[corpus/cleanup] ${s.scored}/${s.pages} pages scored; recall ≥ 0.99 on ${(100 * s.shareRecallOk).toFixed(1)} % (before clean-up ${(100 * s.shareRecallOkBefore).toFixed(1)} %); ` +
      `median non-article tokens removed ${(100 * (s.medianNonArticleRemoved ?? 0)).toFixed(1)} %; trafilatura "without" snippets visible ${s.withoutSnippetsVisibleBefore} → ${s.withoutSnippetsVisibleAfter}; median pipeline ${(s.medianMs ?? 0).toFixed(0)} ms`);
    for (const f of s.failing) console.log(`[corpus/cleanup] below bar: ${f.id} recall ${f.recall?.toFixed(3)} (before ${f.recallBefore?.toFixed(3)}) missing ${f.missing.join(' ')}`);
    expect(s.errors).toBe(0);
    expect(s.shareRecallOk).toBeGreaterThanOrEqual(0.98);
    // The clean-up must actually remove something on typical pages.
    expect(s.medianNonArticleRemoved ?? 0).toBeGreaterThan(0.1);
  }, 900_000);
});
