/**
 * End to end in Firefox ESR (puppeteer-core over WebDriver BiDi, the MV2
 * e2e build installed as a temporary add-on): the bundled Arabic news page
 * served from 127.0.0.1 is cleaned through the extension's own message, the
 * popup shows the dateline and entities, restore is exact. Screenshots go
 * to .artifacts/firefox/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession, waitForSel, setViewportSafe } from './harness/firefox';
import { startStaticServer, type StaticServer } from './harness/server';
import { artifactsDir } from './harness/paths';
import { loadExpectations, norm } from './harness/expectations';
import { FIND_TAB_SRC, OUTER_HTML_SRC, SEND_MESSAGE_SRC, TEXT_VISIBILITY_SRC, pageExpr, type TextVisibility } from './harness/page-checks';

const exp = loadExpectations('libyatoday-turkey-wifaq');
const shots = path.join(artifactsDir, 'firefox');
const stripBidi = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '');
const tid = (id: string) => `[data-testid="${id}"]`;

interface Reply<T> { ok: boolean; data?: T; error?: string; message?: string }

let srv: StaticServer;
let f: FirefoxSession;
let page: Page;
let popup: Page;
let pageUrl: string;
let tabId: number;
let htmlBefore: string;

async function send<T>(from: Page, msg: Record<string, unknown>): Promise<Reply<T>> {
  return (await from.evaluate(pageExpr(SEND_MESSAGE_SRC, msg))) as Reply<T>;
}

async function stateOf(): Promise<string> {
  const r = await send<{ state: string }>(popup, { type: 'sahifa/state', tabId });
  if (!r.ok) throw new Error(`state failed: ${r.error} ${r.message}`);
  return r.data!.state;
}

async function waitForState(want: string, timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now();
  while ((await stateOf()) !== want) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`page did not become ${want} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function text(p: Page, sel: string): Promise<string> {
  return norm(stripBidi(await p.$eval(sel, (el) => (el as HTMLElement).innerText)));
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  srv = await startStaticServer();
  f = await launchFirefox();
  pageUrl = srv.url(exp.pagePath);
  page = await f.browser.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  htmlBefore = (await page.evaluate(OUTER_HTML_SRC)) as string;
  popup = await f.browser.newPage();
  await setViewportSafe(popup, { width: 420, height: 900 });
  await f.gotoExt(popup, 'library.html');
  const id = (await popup.evaluate(pageExpr(FIND_TAB_SRC, pageUrl))) as number | null;
  if (id === null) throw new Error(`no tab shows ${pageUrl}`);
  tabId = id;
});

afterAll(async () => {
  await f?.close();
  await srv?.close();
});

describe('Firefox: in-page clean-up, popup, restore', () => {
  it('cleans the page from the popup: clutter hidden, article kept', async () => {
    await page.bringToFront();
    await page.screenshot({ path: path.join(shots, 'page-before.png') as `${string}.png`, fullPage: true });
    const before = (await page.evaluate(pageExpr(TEXT_VISIBILITY_SRC, exp.mustHide.map((h) => h.text)))) as TextVisibility[];
    expect(before.filter((v) => !v.found || !v.visible).map((v) => v.text), 'checker precondition').toEqual([]);

    await f.gotoExt(popup, `popup.html?tab=${tabId}`);
    await waitForSel(popup, tid('title'), { timeout: 15_000 });
    if ((await stateOf()) !== 'clean') await popup.click(tid('btn-toggle'));
    await waitForState('clean');

    await page.bringToFront();
    await page.screenshot({ path: path.join(shots, 'page-after.png') as `${string}.png`, fullPage: true });
    const hidden = (await page.evaluate(pageExpr(TEXT_VISIBILITY_SRC, exp.mustHide.map((h) => h.text)))) as TextVisibility[];
    expect(hidden.filter((v) => v.visible).map((v) => v.text), 'clutter strings still rendered').toEqual([]);
    const shown = (await page.evaluate(pageExpr(TEXT_VISIBILITY_SRC, exp.mustShow))) as TextVisibility[];
    expect(shown.filter((v) => !v.visible).map((v) => v.text), 'article strings hidden').toEqual([]);
  });

  it('the popup shows the dateline and entities grouped with counts', async () => {
    await popup.bringToFront();
    await popup.screenshot({ path: path.join(shots, 'popup.png') as `${string}.png`, fullPage: true });
    expect(await text(popup, tid('dateline-place'))).toBe(exp.dateline.place);
    expect(await text(popup, tid('dateline-source'))).toBe(exp.dateline.source);
    const dt = await popup.$eval(tid('dateline-published'), (el) => el.getAttribute('datetime'));
    expect(dt && new Date(dt).toISOString()).toBe(new Date(exp.dateline.published!).toISOString());
    const entities = await popup.$$eval(`${tid('entities')} ${tid('entity')}`, (els) => els.map((e) => (e as HTMLElement).innerText));
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(norm(stripBidi(e))).toMatch(/^.+\s*×\s*\d+$/);
    const groups = await popup.$$eval(`[data-testid^="entity-group-"]`, (els) => els.map((e) => e.getAttribute('data-testid')));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g).toMatch(/^entity-group-(PERSON|ORG|PLACE)$/);
    const article = await text(popup, tid('article'));
    for (const p of exp.paragraphs) expect(article).toContain(norm(p));
  });

  it('restore gives back the exact original document', async () => {
    await popup.click(tid('btn-toggle'));
    await waitForState('original');
    expect(await page.evaluate(OUTER_HTML_SRC)).toBe(htmlBefore);
  });

  it('reader.html?tab=ID shows the article', async () => {
    const reader = await f.openExtPage(`reader.html?tab=${tabId}`);
    await setViewportSafe(reader, { width: 1000, height: 900 });
    await waitForSel(reader, tid('reader-article'), { timeout: 15_000 });
    const body = await text(reader, tid('reader-article'));
    for (const p of exp.paragraphs) expect(body).toContain(norm(p));
    await reader.screenshot({ path: path.join(shots, 'reader.png') as `${string}.png`, fullPage: true });
    await reader.close();
  });

  it('save, then the library lists it once', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await send<{ id: number }>(popup, { type: 'sahifa/save', tabId });
      expect(r.ok, r.message).toBe(true);
    }
    const lib = await f.openExtPage('library.html');
    await waitForSel(lib, tid('library-item'), { timeout: 15_000 });
    expect((await lib.$$(tid('library-item'))).length).toBe(1);
    await lib.screenshot({ path: path.join(shots, 'library.png') as `${string}.png`, fullPage: true });
    await lib.close();
  });
});
