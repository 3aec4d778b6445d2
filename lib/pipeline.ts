import { extractArticle } from './extract';
import { detectClutter } from './clutter';
import { hideClutter, type Cleanup } from './clutter/apply';
import { extractDateline } from './dateline';
import { extractEntities } from './entities';
import { visibleText } from './visible-text';
import type { Article, ClutterHit, Dateline, NoArticleReason, PipelineResult } from './types';
import type { Candidate } from './clutter/types';

export interface Analysis {
  article: Article | null;
  /** Why article is null, in plain English (CLI). */
  message?: string;
  /** Why article is null, as a code the UI localises. */
  reason?: NoArticleReason;
  dateline: Dateline;
  /** Clutter found on the page (not yet hidden). */
  candidates: Candidate[];
  /** Serializable summary of the candidates. */
  clutter: ClutterHit[];
  /** The article's root element in the page (for the dateline, debugging), or null. */
  root?: Element | null;
}

/** First 80 chars of an element's text, whitespace collapsed. */
export function snippet(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
}

/**
 * Page-side analysis (what the content script runs): extraction on a clone
 * (which also runs the clutter rules with the article protected, so detection
 * is done once), dateline on the read-only page. Does not modify `doc`.
 * Input: the page's Document; `url`; `win` when layout is available; `now`
 * for relative dates. Output: {@link Analysis}.
 */
export function analyzePage(doc: Document, opts: { url: string; win?: Window | null; now?: Date }): Analysis {
  const ex = extractArticle(doc, { url: opts.url, win: opts.win ?? null });
  const candidates = ex.candidates ?? detectClutter({ doc, win: opts.win ?? null, kept: ex.kept, root: ex.root });
  const dateline = extractDateline(doc, { url: opts.url, root: ex.root, now: opts.now, bodyEls: ex.bodyEls });
  return {
    article: ex.article,
    ...(ex.message ? { message: ex.message } : {}),
    ...(ex.reason ? { reason: ex.reason } : {}),
    dateline,
    candidates,
    clutter: candidates.map((c) => ({ kind: c.kind, rule: c.rule, reason: c.reason, text: snippet(c.el) })),
    root: ex.root,
  };
}

/**
 * The whole pipeline (CLI, bench, tests): analysis, entities, then clean-up
 * applied to `doc` to measure what stays visible, then restored.
 * Input: a Document the caller owns. Output: {@link PipelineResult}.
 * `win` is used for computed styles (clutter rules and `visibleText`) only
 * when `styles` is true (a browser): under jsdom `getComputedStyle` costs
 * more than the whole extraction, so there the rules and `visibleText` read
 * attributes and inline styles only.
 */
export function runPipeline(doc: Document, opts: { url: string; win?: Window | null; now?: Date; styles?: boolean }): PipelineResult {
  const win = opts.styles ? opts.win ?? null : null;
  const a = analyzePage(doc, { url: opts.url, win, now: opts.now });
  const entities = a.article ? extractEntities({ title: a.article.title, text: a.article.text, lang: a.article.lang }) : [];
  const cleanup: Cleanup = hideClutter(doc, a.candidates);
  let vt: string;
  try {
    vt = visibleText(doc, win);
  } finally {
    cleanup.restore();
  }
  return {
    url: opts.url,
    article: a.article,
    ...(a.message ? { message: a.message } : {}),
    dateline: a.dateline,
    entities,
    clutter: a.clutter.map(({ kind, rule, text }): ClutterHit => ({ kind, rule, text })),
    visibleText: vt,
  };
}
