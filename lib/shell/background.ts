/**
 * The background's request handling (pure: tab access, injection, messaging,
 * entities and the library are passed in, so it runs under unit tests).
 */
import {
  fail, isContentReply, type ContentCommandName, type ContentReply, type PageReport, type PageRequest,
  type PageResponseMap, type Reply, type StateReport,
} from '../messages';
import type { ClutterKind, Entity } from '../types';
import { buildRecord, LibraryError, type Library } from '../store';
import { isNoReceiverError, isRestrictionError, restrictedReason } from './urls';
import { inlineImages, type ImageFetcher } from '../library/images';

export interface BackgroundDeps {
  /** The tab's URL; undefined when the extension may not read it (no activeTab/host access yet). Throws when the tab does not exist. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Injects the content script into the tab's top frame. Throws with the browser's message when it cannot. */
  inject(tabId: number): Promise<void>;
  /** Sends a command to the content script of the tab's top frame; resolves to its reply. Throws when nobody listens. */
  send(tabId: number, cmd: { type: 'sahifa/content'; cmd: ContentCommandName; kinds?: ClutterKind[] }): Promise<unknown>;
  /** lib/entities' extractEntities. */
  entities(input: { title: string; text: string; lang: string }): Entity[];
  /** The library (opened lazily by the caller). */
  library(): Library;
  now(): Date;
  /** Clutter kinds the user wants hidden (options page), or null/absent for every kind. */
  clutterKinds?(): Promise<ClutterKind[] | null>;
  /** Whether "store images with saved articles" is on and its host permission granted (absent: off). */
  offlineImages?(): Promise<boolean>;
  /** Fetches one image for offline storage (absent: images stay links). */
  fetchImage?: ImageFetcher;
}

const RESTRICTED_MSG = {
  'browser-page': 'Sahifa cannot run on browser pages (such as settings, new tab or extension pages).',
  store: 'Browsers do not let extensions run on extension store pages.',
  file: 'Sahifa cannot read this local file. Allow “Access to file URLs” for Sahifa in the browser’s extension settings.',
  other: 'The browser does not let Sahifa run on this page.',
} as const;

type Ok<T> = { ok: true; data: T };
type Err = { ok: false; error: import('../messages').ErrorCode; message: string };

/**
 * Sends one command to the tab's content script, injecting it first when it
 * is not there yet. Output: the validated reply's report, or an error reply
 * (restricted page, closed tab, injection failure, content error).
 */
export async function commandTab<C extends ContentCommandName>(deps: BackgroundDeps, tabId: number, cmd: C): Promise<Ok<C extends 'state' ? StateReport : PageReport> | Err> {
  let url: string | undefined;
  try {
    url = await deps.tabUrl(tabId);
  } catch {
    return fail('no-tab', 'That tab is gone (closed or replaced).');
  }
  const why = restrictedReason(url);
  if (why) return fail('restricted', RESTRICTED_MSG[why]);

  const kinds = (cmd === 'clean' || cmd === 'toggle') && deps.clutterKinds ? await deps.clutterKinds().catch(() => null) : null;
  const msg = { type: 'sahifa/content' as const, cmd, ...(kinds ? { kinds } : {}) };
  let reply: unknown;
  try {
    reply = await deps.send(tabId, msg);
  } catch (err) {
    const m = (err as Error)?.message ?? String(err);
    if (!isNoReceiverError(m)) return fail('content-error', `The page did not answer: ${m}`);
    try {
      await deps.inject(tabId);
    } catch (e) {
      const im = (e as Error)?.message ?? String(e);
      if (isRestrictionError(im)) return fail('restricted', url?.startsWith('file:') || /file:/.test(im) ? RESTRICTED_MSG.file : RESTRICTED_MSG.other);
      return fail('inject-failed', `Sahifa could not start on this page: ${im}`);
    }
    try {
      reply = await deps.send(tabId, msg);
    } catch (e) {
      return fail('content-error', `The page did not answer: ${(e as Error)?.message ?? String(e)}`);
    }
  }
  if (!isContentReply(reply, cmd)) return fail('content-error', 'The page sent an unexpected answer.');
  const r = reply as ContentReply;
  if (!r.ok) return fail('content-error', r.message);
  return { ok: true, data: r.report as C extends 'state' ? StateReport : PageReport };
}

/**
 * Saves the tab's article: analysis from the content script (its HTML already
 * sanitised page-side), entities computed here, one upsert in the library.
 */
export async function saveTab(deps: BackgroundDeps, tabId: number): Promise<Reply<PageResponseMap['sahifa/save']>> {
  const res = await commandTab(deps, tabId, 'analyze');
  if (!res.ok) return res;
  const report = res.data as PageReport;
  if (!report.article) return fail('no-article', report.message ?? 'There is no article on this page to save.');
  let entities: Entity[] = [];
  try {
    entities = deps.entities({ title: report.article.title, text: report.article.text, lang: report.article.lang });
  } catch {
    entities = [];
  }
  const record = buildRecord(report, entities, deps.now());
  if (!record) return fail('no-article', 'There is no article on this page to save.');
  // Same step for every save path (popup, shortcut, context menu), so all three store the same record.
  if (deps.offlineImages && deps.fetchImage && (await deps.offlineImages().catch(() => false))) {
    const inl = await inlineImages(record.html, deps.fetchImage);
    record.html = inl.html;
    record.imageBytes = inl.bytes;
  }
  try {
    const { id, updated } = await deps.library().saveArticle(record);
    return { ok: true, data: { id, updated, title: record.title } };
  } catch (err) {
    const msg = err instanceof LibraryError ? err.message : `Could not save the article: ${(err as Error)?.message ?? String(err)}`;
    return fail('save-failed', msg);
  }
}

/** Handles one (already validated and authorised) request from an extension page. */
export async function handlePageRequest<R extends PageRequest>(deps: BackgroundDeps, req: R): Promise<Reply<PageResponseMap[R['type']]>> {
  type Out = Reply<PageResponseMap[R['type']]>;
  switch (req.type) {
    case 'sahifa/save': return (await saveTab(deps, req.tabId)) as Out;
    case 'sahifa/state': return (await commandTab(deps, req.tabId, 'state')) as Out;
    case 'sahifa/analyze': return (await commandTab(deps, req.tabId, 'analyze')) as Out;
    case 'sahifa/clean': return (await commandTab(deps, req.tabId, 'clean')) as Out;
    case 'sahifa/restore': return (await commandTab(deps, req.tabId, 'restore')) as Out;
    case 'sahifa/toggle': return (await commandTab(deps, req.tabId, 'toggle')) as Out;
  }
  return fail('bad-request', 'Unknown request.') as Out;
}
