/**
 * The content script's logic (pure: the document, window and pipeline
 * functions are passed in). One controller per page; it keeps the Cleanup so
 * "show original" restores exactly.
 */
import type { Analysis } from '../pipeline';
import type { Cleanup } from '../clutter/apply';
import type { Candidate } from '../clutter/types';
import type { ClutterKind } from '../types';
import { countByKind, type ContentCommand, type ContentReply, type PageReport, type StateReport } from '../messages';

export interface ContentDeps {
  doc: Document;
  win: Window;
  /** Current page URL (location.href). */
  url(): string;
  /** Monotonic clock in ms (performance.now). */
  now(): number;
  analyze(doc: Document, opts: { url: string; win?: Window | null }): Analysis;
  /** lib/clutter/apply's hideClutter; `kinds` limits what is hidden. */
  hide(doc: Document, candidates: Candidate[], kinds?: ReadonlySet<ClutterKind>): Cleanup;
  /** lib/sanitize's sanitizeArticleHtml. */
  sanitize(html: string, win: Window, opts: { baseUrl?: string }): string;
  /** id of the stylesheet hideClutter inserts (to notice a page that dropped it). */
  styleId: string;
}

export interface ContentController {
  /** Runs one command; never throws (errors come back as `{ok: false}`). */
  handle(cmd: ContentCommand): ContentReply;
  /** 'clean' while the clean-up is applied. */
  readonly state: 'clean' | 'original';
}

/**
 * Creates the page-side controller.
 * Commands: `analyze` (report, page untouched; while clean, the report of the clean-up),
 * `clean` (analyze + hideClutter), `restore` (Cleanup.restore(), exact),
 * `toggle`, `state` (no analysis). Timings in ms from `deps.now()`.
 */
export function createContentController(deps: ContentDeps): ContentController {
  let cleanup: Cleanup | null = null;
  let last: PageReport | null = null;

  const stillClean = () => {
    if (!cleanup) return false;
    // The page (an SPA navigation, a script) may have dropped our stylesheet or changed the URL.
    if (!deps.doc.getElementById(deps.styleId) || (last && last.url !== deps.url())) {
      cleanup.restore();
      cleanup = null;
      last = null;
      return false;
    }
    return true;
  };

  const analyze = (t0: number): { report: PageReport; candidates: Candidate[] } => {
    const url = deps.url();
    const a = deps.analyze(deps.doc, { url, win: deps.win });
    const analyzeMs = deps.now() - t0;
    const safeHtml = a.article ? deps.sanitize(a.article.html, deps.win, { baseUrl: url }) : null;
    const report: PageReport = {
      url,
      article: a.article,
      safeHtml,
      ...(a.message ? { message: a.message } : {}),
      ...(a.reason ? { reason: a.reason } : {}),
      dateline: a.dateline,
      clutter: a.clutter,
      clutterByKind: countByKind(a.clutter),
      hidden: 0,
      state: 'original',
      timing: { analyzeMs, applyMs: 0, totalMs: deps.now() - t0 },
    };
    return { report, candidates: a.candidates };
  };

  const clean = (t0: number, kinds?: ClutterKind[]): PageReport => {
    if (stillClean() && last) return last;
    const { report, candidates } = analyze(t0);
    const t1 = deps.now();
    cleanup = deps.hide(deps.doc, candidates, kinds ? new Set(kinds) : undefined);
    const t2 = deps.now();
    last = { ...report, state: 'clean', hidden: cleanup.count, timing: { analyzeMs: report.timing.analyzeMs, applyMs: t2 - t1, totalMs: t2 - t0 } };
    return last;
  };

  const restore = (t0: number): PageReport => {
    if (stillClean() && cleanup && last) {
      const t1 = deps.now();
      cleanup.restore();
      cleanup = null;
      const t2 = deps.now();
      const r: PageReport = { ...last, state: 'original', hidden: 0, timing: { analyzeMs: 0, applyMs: t2 - t1, totalMs: t2 - t0 } };
      last = null;
      return r;
    }
    return analyze(t0).report;
  };

  return {
    get state() { return stillClean() ? 'clean' : 'original'; },
    handle(cmd) {
      const t0 = deps.now();
      try {
        switch (cmd.cmd) {
          case 'state': {
            const clean = stillClean();
            const report: StateReport = { url: deps.url(), state: clean ? 'clean' : 'original', hidden: clean ? cleanup!.count : 0 };
            return { ok: true, cmd: 'state', report };
          }
          case 'analyze':
            return { ok: true, cmd: 'analyze', report: stillClean() && last ? last : analyze(t0).report };
          case 'clean':
            return { ok: true, cmd: 'clean', report: clean(t0, cmd.kinds) };
          case 'restore':
            return { ok: true, cmd: 'restore', report: restore(t0) };
          case 'toggle':
            return { ok: true, cmd: 'toggle', report: stillClean() ? restore(t0) : clean(t0, cmd.kinds) };
        }
      } catch (err) {
        return { ok: false, error: 'content-error', message: `Sahifa could not process this page: ${(err as Error)?.message ?? String(err)}` };
      }
      return { ok: false, error: 'content-error', message: 'Unknown command.' };
    },
  };
}
