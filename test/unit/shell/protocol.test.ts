// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isPageRequest, isContentCommand, isContentReply, isExtensionPageSender, isReply, countByKind } from '../../../lib/messages';
import { createContentController, type ContentDeps } from '../../../lib/shell/content';
import { commandTab, handlePageRequest, type BackgroundDeps } from '../../../lib/shell/background';
import { restrictedReason } from '../../../lib/shell/urls';
import { analyzePage } from '../../../lib/pipeline';
import { hideClutter, STYLE_ID } from '../../../lib/clutter/apply';
import { sanitizeArticleHtml } from '../../../lib/sanitize';
import { createLibrary } from '../../../lib/store';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

describe('message guards', () => {
  it('accept well-formed requests only', () => {
    expect(isPageRequest({ type: 'sahifa/toggle', tabId: 3 })).toBe(true);
    for (const bad of [null, 'x', {}, { type: 'sahifa/toggle' }, { type: 'sahifa/toggle', tabId: -1 }, { type: 'sahifa/toggle', tabId: 1.5 },
      { type: 'sahifa/toggle', tabId: '3' }, { type: 'other', tabId: 3 }, { type: 'sahifa/content', cmd: 'clean' }, [{ type: 'sahifa/save', tabId: 1 }]]) {
      expect(isPageRequest(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isContentCommand({ type: 'sahifa/content', cmd: 'clean' })).toBe(true);
    expect(isContentCommand({ type: 'sahifa/content', cmd: 'eval' })).toBe(false);
    expect(isContentCommand({ type: 'sahifa/toggle', tabId: 1 })).toBe(false);
  });
  it('content replies must match the command', () => {
    const state = { ok: true, cmd: 'state', report: { url: 'https://a/', state: 'clean', hidden: 2 } };
    expect(isContentReply(state, 'state')).toBe(true);
    expect(isContentReply(state, 'clean')).toBe(false);
    expect(isContentReply({ ok: false, error: 'content-error', message: 'x' }, 'clean')).toBe(true);
    expect(isContentReply({ ok: true, cmd: 'clean', report: { url: 'x' } }, 'clean')).toBe(false);
    expect(isReply({ ok: true, data: 1 })).toBe(true);
    expect(isReply({ ok: false })).toBe(false);
  });
  it('sender check: only this extension’s own pages', () => {
    const base = 'chrome-extension://abc/';
    expect(isExtensionPageSender({ id: 'abc', url: 'chrome-extension://abc/popup.html?tab=1' }, 'abc', base)).toBe(true);
    expect(isExtensionPageSender({ id: 'abc', url: 'https://evil.example/', tab: { id: 4 } }, 'abc', base)).toBe(false);
    expect(isExtensionPageSender({ id: 'other', url: 'chrome-extension://other/popup.html' }, 'abc', base)).toBe(false);
    expect(isExtensionPageSender({ id: 'abc', url: 'chrome-extension://abcd/popup.html' }, 'abc', base)).toBe(false);
    expect(isExtensionPageSender(undefined, 'abc', base)).toBe(false);
  });
  it('countByKind', () => {
    expect(countByKind([{ kind: 'ad', rule: 'a', text: '' }, { kind: 'ad', rule: 'b', text: '' }, { kind: 'social', rule: 'c', text: '' }])).toEqual({ ad: 2, social: 1 });
  });
});

describe('restrictedReason', () => {
  it('classifies browser pages and stores; web and file pages are tried', () => {
    for (const u of ['chrome://settings', 'about:blank', 'chrome-extension://x/popup.html', 'moz-extension://u/reader.html', 'view-source:https://a/', 'edge://flags']) expect(restrictedReason(u), u).toBe('browser-page');
    for (const u of ['https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-US/firefox/']) expect(restrictedReason(u), u).toBe('store');
    for (const u of ['https://news.example/a', 'http://localhost:8080/p.html', 'file:///tmp/a.html', undefined]) expect(restrictedReason(u), String(u)).toBeNull();
  });
});

function fixtureDoc(): Document {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq/page.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function contentDeps(doc: Document, url = 'https://news.example/a.html'): ContentDeps {
  let clock = 0;
  return { doc, win: window, url: () => url, now: () => (clock += 5), analyze: analyzePage, hide: hideClutter, sanitize: sanitizeArticleHtml, styleId: STYLE_ID };
}

describe('content controller (real pipeline on the fixture)', () => {
  it('clean → restore is exact; toggle flips; analyze does not touch the page', () => {
    const doc = fixtureDoc();
    const before = doc.documentElement.outerHTML;
    const c = createContentController(contentDeps(doc));
    const a = c.handle({ type: 'sahifa/content', cmd: 'analyze' });
    expect(a.ok && a.cmd === 'analyze' && a.report.state).toBe('original');
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!a.ok || a.cmd === 'state') throw new Error('bad reply');
    expect(a.report.article?.lang).toBe('ar');
    expect(a.report.safeHtml).not.toMatch(/<script|onerror=/i);
    expect(a.report.timing.totalMs).toBeGreaterThan(0);

    const cl = c.handle({ type: 'sahifa/content', cmd: 'toggle' });
    if (!cl.ok || cl.cmd === 'state') throw new Error('bad reply');
    expect(cl.report.state).toBe('clean');
    expect(c.state).toBe('clean');
    expect(doc.getElementById(STYLE_ID)).not.toBeNull();
    expect(doc.querySelectorAll('[data-sahifa-hidden]').length).toBe(cl.report.hidden);
    expect(cl.report.hidden).toBe(cl.report.clutter.length);

    const st = c.handle({ type: 'sahifa/content', cmd: 'state' });
    expect(st).toMatchObject({ ok: true, cmd: 'state', report: { state: 'clean', hidden: cl.report.hidden } });
    // A second clean while clean is a no-op.
    c.handle({ type: 'sahifa/content', cmd: 'clean' });
    expect(doc.querySelectorAll(`#${STYLE_ID}`).length).toBe(1);

    const back = c.handle({ type: 'sahifa/content', cmd: 'toggle' });
    expect(back.ok && back.cmd !== 'state' && back.report.state).toBe('original');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('errors come back as content-error, never thrown', () => {
    const doc = fixtureDoc();
    const deps = contentDeps(doc);
    deps.analyze = () => { throw new Error('boom'); };
    const r = createContentController(deps).handle({ type: 'sahifa/content', cmd: 'clean' });
    expect(r).toMatchObject({ ok: false, error: 'content-error' });
    expect((r as { message: string }).message).toContain('boom');
  });

  it('notices a page that dropped the clean-up stylesheet and reports original', () => {
    const doc = fixtureDoc();
    const c = createContentController(contentDeps(doc));
    c.handle({ type: 'sahifa/content', cmd: 'clean' });
    doc.getElementById(STYLE_ID)!.remove();
    expect(c.state).toBe('original');
    expect(doc.querySelectorAll('[data-sahifa-hidden]').length).toBe(0);
  });
});

describe('background request handling', () => {
  function bg(overrides: Partial<BackgroundDeps> & { doc?: Document } = {}) {
    const doc = overrides.doc ?? fixtureDoc();
    let injected = 0;
    let controller: ReturnType<typeof createContentController> | null = null;
    const lib = createLibrary(new IDBFactory(), IDBKeyRange);
    const deps: BackgroundDeps = {
      tabUrl: async () => 'https://news.example/a.html',
      inject: async () => { injected++; controller ??= createContentController(contentDeps(doc)); },
      send: async (_tab, cmd) => {
        if (!controller) throw new Error('Could not establish connection. Receiving end does not exist.');
        return JSON.parse(JSON.stringify(controller.handle(cmd)));
      },
      entities: () => [{ name: 'أنقرة', type: 'PLACE', count: 1, salience: 1, variants: ['أنقرة'] }],
      library: () => lib,
      now: () => new Date('2024-01-02T03:04:05Z'),
      ...overrides,
    };
    return { deps, injected: () => injected, lib };
  }

  it('injects once on demand, then talks to the same instance', async () => {
    const h = bg();
    const r1 = await handlePageRequest(h.deps, { type: 'sahifa/toggle', tabId: 7 });
    expect(r1.ok && (r1.data as { state: string }).state).toBe('clean');
    const r2 = await handlePageRequest(h.deps, { type: 'sahifa/state', tabId: 7 });
    expect(r2).toMatchObject({ ok: true, data: { state: 'clean' } });
    expect(h.injected()).toBe(1);
  });

  it('restricted pages: no injection, a plain error', async () => {
    const h = bg({ tabUrl: async () => 'chrome://extensions/' });
    const r = await commandTab(h.deps, 1, 'analyze');
    expect(r).toMatchObject({ ok: false, error: 'restricted' });
    expect(h.injected()).toBe(0);
  });

  it('injection refused by the browser → restricted (file hint for file pages); closed tab → no-tab', async () => {
    const refused = bg({ tabUrl: async () => 'file:///home/a.html', inject: async () => { throw new Error('Cannot access contents of url "file:///home/a.html". Extension manifest must request permission to access this host.'); } });
    const r = await commandTab(refused.deps, 1, 'analyze');
    expect(r).toMatchObject({ ok: false, error: 'restricted' });
    expect((r as { message: string }).message).toMatch(/file/i);
    const gone = bg({ tabUrl: async () => { throw new Error('No tab with id: 9'); } });
    expect(await commandTab(gone.deps, 9, 'analyze')).toMatchObject({ ok: false, error: 'no-tab' });
  });

  it('malformed content replies are rejected', async () => {
    const h = bg({ send: async () => ({ ok: true, cmd: 'analyze', report: { url: 1 } }) });
    expect(await commandTab(h.deps, 1, 'analyze')).toMatchObject({ ok: false, error: 'content-error' });
  });

  it('save: stores sanitised HTML with entities; saving twice updates', async () => {
    const h = bg();
    const s1 = await handlePageRequest(h.deps, { type: 'sahifa/save', tabId: 1 });
    const s2 = await handlePageRequest(h.deps, { type: 'sahifa/save', tabId: 1 });
    expect(s1).toMatchObject({ ok: true, data: { updated: false } });
    expect(s2).toMatchObject({ ok: true, data: { updated: true } });
    const all = await h.lib.listArticles();
    expect(all.length).toBe(1);
    expect(all[0].entities[0].name).toBe('أنقرة');
    expect(all[0].lang).toBe('ar');
    expect(all[0].html).not.toMatch(/<script|onerror=|<iframe/i);
    expect(all[0].savedAt).toBe('2024-01-02T03:04:05.000Z');
  });

  it('save on a page without an article → no-article; library failure → save-failed', async () => {
    const empty = new DOMParser().parseFromString('<html><body><nav>menu</nav></body></html>', 'text/html');
    const h = bg({ doc: empty });
    expect(await handlePageRequest(h.deps, { type: 'sahifa/save', tabId: 1 })).toMatchObject({ ok: false, error: 'no-article' });
    const broken = bg();
    broken.lib.close();
    const r = await handlePageRequest(broken.deps, { type: 'sahifa/save', tabId: 1 });
    expect(r).toMatchObject({ ok: false, error: 'save-failed' });
    expect((r as { message: string }).message).toMatch(/Could not save/);
  });
});
