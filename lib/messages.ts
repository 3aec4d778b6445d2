/**
 * Sahifa's one message protocol (types and guards only; pure, no extension APIs).
 *
 * Two channels:
 * - extension pages (popup, reader, library) → background: {@link PageRequest},
 *   answered with a {@link Reply};
 * - background → content script (in the tab it injected): {@link ContentCommand},
 *   answered with a {@link ContentReply}.
 *
 * Everything that crosses a channel is plain JSON (structured-clone safe). Every
 * receiver checks the shape with the guards below and ignores anything else.
 */
import type { Article, ClutterHit, ClutterKind, Dateline, Entity, NoArticleReason } from './types';

/** Prefix of every Sahifa message `type`, so foreign messages are easy to ignore. */
export const MSG_PREFIX = 'sahifa/';

/** Whether the page is currently cleaned in place or shown as published. */
export type PageState = 'clean' | 'original';

/** Wall-clock cost of the page-side work, in milliseconds (performance.now()). */
export interface Timing {
  /** analyzePage(): extraction on a clone, clutter detection, dateline. */
  analyzeMs: number;
  /** hideClutter() or restore(); 0 when nothing was applied. */
  applyMs: number;
  /** Everything the content script did for this command. */
  totalMs: number;
}

/** What the content script reports about its page (the answer to analyze/clean/restore/toggle/state). */
export interface PageReport {
  url: string;
  /** The extracted article, or null (then `message` says why). */
  article: Article | null;
  /** article.html passed through lib/sanitize (DOMPurify) in the page-side world, or null. */
  safeHtml: string | null;
  /** Why article is null, in plain English. */
  message?: string;
  /** Why article is null, as a code the popup and reader show localised (lib/render noArticleText). */
  reason?: NoArticleReason;
  dateline: Dateline;
  /** Every clutter block found (hidden or not, depending on `state`). */
  clutter: ClutterHit[];
  /** Number of clutter blocks per kind. */
  clutterByKind: Partial<Record<ClutterKind, number>>;
  /** Blocks hidden right now (0 when state is 'original'). */
  hidden: number;
  state: PageState;
  timing: Timing;
}

/** The light answer to a `state` query (no analysis is run). */
export interface StateReport {
  url: string;
  state: PageState;
  hidden: number;
}

// ---------------------------------------------------------------------------
// Extension pages → background

export type PageRequest =
  | { type: 'sahifa/toggle'; tabId: number }
  | { type: 'sahifa/clean'; tabId: number }
  | { type: 'sahifa/restore'; tabId: number }
  | { type: 'sahifa/state'; tabId: number }
  | { type: 'sahifa/analyze'; tabId: number }
  | { type: 'sahifa/save'; tabId: number };

export type PageRequestType = PageRequest['type'];

/** The answer's payload for each request type. */
export interface PageResponseMap {
  'sahifa/toggle': PageReport;
  'sahifa/clean': PageReport;
  'sahifa/restore': PageReport;
  'sahifa/state': StateReport;
  'sahifa/analyze': PageReport;
  'sahifa/save': SaveResult;
}

export interface SaveResult {
  /** Id of the saved record in the library (same id when the URL was saved before). */
  id: number;
  /** true when an existing record for this URL was updated. */
  updated: boolean;
  title: string;
}

/**
 * Why a request failed:
 * - `restricted`: the browser does not let extensions run on this page (chrome://, about:, stores, file pages without access);
 * - `no-tab`: the tab does not exist (closed) or has no URL;
 * - `inject-failed`: the content script could not be injected for another reason;
 * - `content-error`: the content script failed (its message says why);
 * - `no-article`: nothing to save;
 * - `save-failed`: the library refused the record (quota, closed database);
 * - `bad-request`: malformed or unauthorised message.
 */
export type ErrorCode = 'restricted' | 'no-tab' | 'inject-failed' | 'content-error' | 'no-article' | 'save-failed' | 'bad-request';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorCode; message: string };

export type PageResponse<R extends PageRequestType> = Reply<PageResponseMap[R]>;

// ---------------------------------------------------------------------------
// Background → content script

export type ContentCommandName = 'clean' | 'restore' | 'toggle' | 'analyze' | 'state';

export interface ContentCommand {
  type: 'sahifa/content';
  cmd: ContentCommandName;
  /** For clean/toggle: the clutter kinds to hide (options page); absent = every kind. */
  kinds?: ClutterKind[];
}

/** What the content script answers: a full report, a state report (for `state`) or an error. */
export type ContentReply =
  | { ok: true; cmd: Exclude<ContentCommandName, 'state'>; report: PageReport }
  | { ok: true; cmd: 'state'; report: StateReport }
  | { ok: false; error: 'content-error'; message: string };

// ---------------------------------------------------------------------------
// Guards

const PAGE_TYPES: ReadonlySet<string> = new Set<PageRequestType>([
  'sahifa/toggle', 'sahifa/clean', 'sahifa/restore', 'sahifa/state', 'sahifa/analyze', 'sahifa/save',
]);
const CONTENT_CMDS: ReadonlySet<string> = new Set<ContentCommandName>(['clean', 'restore', 'toggle', 'analyze', 'state']);

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A tab id as browsers issue them: a non-negative safe integer. */
export function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** True for a well-formed extension-page request (known type, valid tabId, no other keys required). */
export function isPageRequest(x: unknown): x is PageRequest {
  return isObj(x) && typeof x.type === 'string' && PAGE_TYPES.has(x.type) && isTabId(x.tabId);
}

/** True for a well-formed background → content command. */
export function isContentCommand(x: unknown): x is ContentCommand {
  return isObj(x) && x.type === 'sahifa/content' && typeof x.cmd === 'string' && CONTENT_CMDS.has(x.cmd)
    && (x.kinds === undefined || (Array.isArray(x.kinds) && x.kinds.every((k) => typeof k === 'string' && CLUTTER_KINDS.has(k))));
}

const CLUTTER_KINDS: ReadonlySet<string> = new Set<ClutterKind>(['ad', 'recirculation', 'comments', 'social', 'repeated', 'overlay']);

function isReportLike(r: unknown): r is PageReport {
  return isObj(r) && typeof r.url === 'string' && (r.state === 'clean' || r.state === 'original')
    && typeof r.hidden === 'number' && Array.isArray(r.clutter) && isObj(r.dateline) && isObj(r.timing)
    && (r.article === null || isObj(r.article)) && (r.safeHtml === null || typeof r.safeHtml === 'string');
}

function isStateLike(r: unknown): r is StateReport {
  return isObj(r) && typeof r.url === 'string' && (r.state === 'clean' || r.state === 'original') && typeof r.hidden === 'number';
}

/**
 * True when `x` is a reply the content script could have sent for `cmd`
 * (a state report for `state`, a full report otherwise, or an error).
 */
export function isContentReply(x: unknown, cmd: ContentCommandName): x is ContentReply {
  if (!isObj(x)) return false;
  if (x.ok === false) return x.error === 'content-error' && typeof x.message === 'string';
  if (x.ok !== true || x.cmd !== cmd) return false;
  return cmd === 'state' ? isStateLike(x.report) : isReportLike(x.report);
}

/** True for a {@link Reply} envelope (payload not checked). */
export function isReply(x: unknown): x is Reply<unknown> {
  if (!isObj(x)) return false;
  if (x.ok === true) return 'data' in x;
  return x.ok === false && typeof x.error === 'string' && typeof x.message === 'string';
}

/** The parts of `runtime.MessageSender` the checks need. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Whether a message comes from one of this extension's own pages (popup,
 * reader, library, also when opened in a tab): same extension id and a URL
 * on the extension's origin (`chrome-extension://ID/` or `moz-extension://UUID/`).
 * Content scripts share the id but run on web-page URLs, so they fail this.
 *
 * Input: the sender, `runtime.id`, and `runtime.getURL('')` (the origin with a trailing slash).
 */
export function isExtensionPageSender(sender: SenderLike | undefined, runtimeId: string, extensionBase: string): boolean {
  if (!sender || !runtimeId || sender.id !== runtimeId) return false;
  const url = sender.url ?? '';
  return extensionBase.length > 0 && url.startsWith(extensionBase);
}

/** Summary of clutter hits by kind, e.g. `{ad: 3, comments: 1}`. */
export function countByKind(hits: readonly ClutterHit[]): Partial<Record<ClutterKind, number>> {
  const out: Partial<Record<ClutterKind, number>> = {};
  for (const h of hits) out[h.kind] = (out[h.kind] ?? 0) + 1;
  return out;
}

/** Convenience: an error reply. */
export function fail(error: ErrorCode, message: string): { ok: false; error: ErrorCode; message: string } {
  return { ok: false, error, message };
}

/** Re-exported for the pages that show entities next to a report. */
export type { Entity };
