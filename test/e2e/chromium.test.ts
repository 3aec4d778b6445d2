/**
 * End to end in Chromium (Debian's /usr/bin/chromium + the e2e build in
 * .output-e2e/chrome-mv3): the bundled Arabic news page served from
 * 127.0.0.1, cleaned through the same message the toolbar, shortcut and
 * context menu send; popup, reader, save + library; a page with no article.
 * Screenshots go to .artifacts/chromium/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startStaticServer, type StaticServer } from './harness/server';
import { artifactsDir, repoRoot } from './harness/paths';
import { loadExpectations, median, norm } from './harness/expectations';
import {
  DIRECTION_SRC, FIND_TAB_SRC, OUTER_HTML_SRC, SEND_MESSAGE_SRC, TEXT_VISIBILITY_SRC, pageExpr, type TextVisibility,
} from './harness/page-checks';
import { analyzeHtml } from '../../scripts/extract';

const exp = loadExpectations('libyatoday-turkey-wifaq');
const shots = path.join(artifactsDir, 'chromium');
/** Bidi isolates and marks the UI may wrap names in. */
const stripBidi = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '');

interface Reply<T> { ok: boolean; data?: T; error?: string; message?: string }
interface Report { state: 'clean' | 'original'; hidden: number; clutterByKind: Record<string, number>; timing: { analyzeMs: number; applyMs: number; totalMs: number } }

let srv: StaticServer;
let s: ChromiumSession;
let page: Page;
let pageUrl: string;
let tabId: number;
let htmlBefore: string;
let popup: Page;

async function send<T>(from: Page, msg: Record<string, unknown>): Promise<Reply<T>> {
  return from.evaluate(pageExpr(SEND_MESSAGE_SRC, msg)) as Promise<Reply<T>>;
}

async function findTab(url: string): Promise<number> {
  const probe = await s.openExtPage('library.html');
  try {
    const id = (await probe.evaluate(pageExpr(FIND_TAB_SRC, url))) as number | null;
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

async function visibility(p: Page, texts: string[]): Promise<TextVisibility[]> {
  return (await p.evaluate(pageExpr(TEXT_VISIBILITY_SRC, texts))) as TextVisibility[];
}

async function stateOf(tab: number): Promise<Report['state']> {
  const r = await send<{ state: Report['state'] }>(popup, { type: 'sahifa/state', tabId: tab });
  if (!r.ok) throw new Error(`state failed: ${r.error} ${r.message}`);
  return r.data!.state;
}

async function waitForState(tab: number, want: Report['state'], timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now();
  while ((await stateOf(tab)) !== want) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`page did not become ${want} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  srv = await startStaticServer();
  s = await launchChromium({ keepProfile: true });
  pageUrl = srv.url(exp.pagePath);
  page = await s.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  htmlBefore = (await page.evaluate(OUTER_HTML_SRC)) as string;
  tabId = await findTab(pageUrl);
});

afterAll(async () => {
  await s?.close();
  await srv?.close();
  if (s?.profileDir) rmSync(s.profileDir, { recursive: true, force: true });
});

describe('Chromium: in-page clean-up of the Arabic news page', () => {
  it('before clean-up, every string the tests check is on the page and rendered (the checker can fail)', async () => {
    await page.screenshot({ path: path.join(shots, 'page-before.png'), fullPage: true });
    const all = await visibility(page, [...exp.mustHide.map((h) => h.text), ...exp.mustShow]);
    expect(all.filter((v) => !v.found).map((v) => v.text)).toEqual([]);
    expect(all.filter((v) => !v.visible).map((v) => v.text)).toEqual([]);
  });

  it('the popup (popup.html?tab=ID) cleans the page through the extension message: clutter hidden, article kept', async () => {
    popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(s.extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
    await popup.getByTestId('title').waitFor({ timeout: 15_000 });
    if ((await stateOf(tabId)) !== 'clean') await popup.getByTestId('btn-toggle').click();
    await waitForState(tabId, 'clean');
    await page.screenshot({ path: path.join(shots, 'page-after.png'), fullPage: true });

    const hidden = await visibility(page, exp.mustHide.map((h) => h.text));
    const stillShown = hidden.filter((v) => v.visible).map((v) => `${exp.mustHide.find((h) => h.text === v.text)!.group}: ${v.text}`);
    expect(stillShown, 'clutter strings still rendered after clean-up').toEqual([]);
    const shown = await visibility(page, exp.mustShow);
    expect(shown.filter((v) => !v.visible).map((v) => v.text), 'article strings hidden by clean-up').toEqual([]);
  });

  it('the popup shows title, dateline, entities grouped with counts, and the clean RTL article', async () => {
    await popup.screenshot({ path: path.join(shots, 'popup.png'), fullPage: true });
    expect(norm(stripBidi(await popup.getByTestId('title').innerText()))).toBe(norm(exp.title));
    expect(norm(stripBidi(await popup.getByTestId('dateline-place').innerText()))).toBe(exp.dateline.place);
    expect(norm(stripBidi(await popup.getByTestId('dateline-source').innerText()))).toBe(exp.dateline.source);
    const dt = await popup.getByTestId('dateline-published').getAttribute('datetime');
    expect(dt && new Date(dt).toISOString()).toBe(new Date(exp.dateline.published!).toISOString());

    // Entities: grouped by type, "name ×count", the same as lib/ gives for the page.
    const { result } = await analyzeHtml(readFileSync(path.join(repoRoot, 'test/fixtures', exp.pagePath), 'utf8'), pageUrl);
    expect(result.entities.length, 'the pipeline finds entities on this page').toBeGreaterThan(0);
    let shownCount = 0;
    for (const type of ['PERSON', 'ORG', 'PLACE']) {
      const group = popup.getByTestId(`entity-group-${type}`);
      if ((await group.count()) === 0) continue;
      for (const t of await group.getByTestId('entity').allInnerTexts()) {
        const m = /^(.*?)\s*×\s*(\d+)\s*$/.exec(norm(stripBidi(t)));
        expect(m, `entity text "${t}" is "name ×count"`).not.toBeNull();
        const [, name, count] = m!;
        const lib = result.entities.find((e) => e.name === name);
        expect(lib, `popup entity ${name} comes from the pipeline`).toBeDefined();
        expect(lib!.type).toBe(type);
        expect(lib!.count).toBe(Number(count));
        shownCount++;
      }
    }
    expect(shownCount, 'entities shown in the popup').toBeGreaterThan(0);

    const article = popup.getByTestId('article');
    const text = norm(await article.innerText());
    for (const p of exp.paragraphs) expect(text).toContain(norm(p));
    const dir = (await popup.evaluate(pageExpr(DIRECTION_SRC, '[data-testid="article"]'))) as { dirAttr: string; computed: string };
    expect(dir.dirAttr).toBe(exp.dir);
    expect(dir.computed).toBe(exp.dir);
  });

  it('restore gives back the exact original document', async () => {
    await popup.getByTestId('btn-toggle').click();
    await waitForState(tabId, 'original');
    expect(await page.evaluate(OUTER_HTML_SRC)).toBe(htmlBefore);
  });

  it('click-to-clean time (content script performance.now(), median of 10 clean toggles)', async () => {
    const totals: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = Date.now();
      const r = await send<Report>(popup, { type: 'sahifa/toggle', tabId });
      const rt = Date.now() - t0;
      expect(r.ok, r.message).toBe(true);
      if (r.data!.state === 'clean') {
        totals.push(r.data!.timing.totalMs);
        roundTrips.push(rt);
        expect(r.data!.hidden).toBeGreaterThan(0);
      }
    }
    expect(totals).toHaveLength(10);
    expect(await stateOf(tabId)).toBe('original');
    expect(await page.evaluate(OUTER_HTML_SRC)).toBe(htmlBefore);
    console.log(`[chromium] click-to-clean: content script median ${median(totals).toFixed(1)} ms (min ${Math.min(...totals).toFixed(1)}, max ${Math.max(...totals).toFixed(1)}); message round trip median ${median(roundTrips)} ms; n=${totals.length}`);
  });
});

describe('Chromium: a page without an article', () => {
  it('the popup says so clearly and shows no article', async () => {
    const url = srv.url('no-article/page.html');
    const p = await s.context.newPage();
    await p.goto(url, { waitUntil: 'load' });
    const before = await p.evaluate(OUTER_HTML_SRC);
    const id = await findTab(url);
    const pop = await s.context.newPage();
    await pop.setViewportSize({ width: 420, height: 600 });
    await pop.goto(s.extUrl(`popup.html?tab=${id}`), { waitUntil: 'load' });
    const status = pop.getByTestId('status');
    await expect.poll(async () => norm(await status.innerText().catch(() => '')).length, { timeout: 15_000 }).toBeGreaterThan(10);
    const r = await send<{ article: unknown; message?: string }>(pop, { type: 'sahifa/analyze', tabId: id });
    expect(r.ok, r.message).toBe(true);
    expect(r.data!.article).toBeNull();
    // Nothing from the page is passed off as an article (the message itself may sit in the article area).
    const pageBits = (await p.evaluate(`Array.from(document.querySelectorAll('h1, li, label, button')).map((e) => e.textContent.replace(/\\s+/g, ' ').trim()).filter(Boolean)`)) as string[];
    expect(pageBits.length).toBeGreaterThan(3);
    const articleText = (await pop.getByTestId('article').count()) ? norm(await pop.getByTestId('article').innerText()) : '';
    for (const bit of pageBits) expect(articleText).not.toContain(bit);
    await pop.screenshot({ path: path.join(shots, 'popup-no-article.png'), fullPage: true });
    // The popup gives the reason, localised from its code (not lib/extract's English message).
    const en = JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const reason = (r.data as { reason?: string }).reason;
    expect(reason).toMatch(/^(no-text|mostly-links|form-page|menu-only)$/);
    const why = pop.getByTestId('no-article');
    expect(await why.getAttribute('data-reason')).toBe(reason);
    expect(norm(await why.innerText())).toBe(en[`noArticle_${reason!.replace(/-/g, '_')}`].message);
    // The reader says the same and disables what needs an article.
    const rd = await s.context.newPage();
    await rd.goto(s.extUrl(`reader.html?tab=${id}`), { waitUntil: 'load' });
    await rd.waitForSelector('html[data-ready="1"]');
    expect(norm(await rd.getByTestId('reader-status').innerText())).toBe(en[`noArticle_${reason!.replace(/-/g, '_')}`].message);
    expect(await rd.getByTestId('btn-read-aloud').isDisabled()).toBe(true);
    await rd.close();
    expect(await p.evaluate(OUTER_HTML_SRC)).toBe(before);
    await pop.close();
    await p.close();
  });
});

describe('Chromium: reader view and library', () => {
  it('reader.html?tab=ID shows the article', async () => {
    const reader = await s.context.newPage();
    await reader.goto(s.extUrl(`reader.html?tab=${tabId}`), { waitUntil: 'load' });
    await reader.getByTestId('reader-article').waitFor({ timeout: 15_000 });
    expect(norm(stripBidi(await reader.getByTestId('reader-title').innerText()))).toBe(norm(exp.title));
    const text = norm(await reader.getByTestId('reader-article').innerText());
    for (const p of exp.paragraphs) expect(text).toContain(norm(p));
    const dir = (await reader.evaluate(pageExpr(DIRECTION_SRC, '[data-testid="reader-article"]'))) as { computed: string };
    expect(dir.computed).toBe(exp.dir);
    await reader.screenshot({ path: path.join(shots, 'reader.png'), fullPage: true });
    await reader.close();
  });

  it('save twice → listed once in the library; it opens in the reader offline (from IndexedDB)', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await send<{ id: number; updated: boolean }>(popup, { type: 'sahifa/save', tabId });
      expect(r.ok, r.message).toBe(true);
      expect(r.data!.updated).toBe(i === 1);
    }
    // Also through the button, as a user does.
    await popup.getByTestId('btn-save').click();

    const lib = await s.openExtPage('library.html');
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    await lib.waitForTimeout(300);
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    expect(norm(stripBidi(await lib.getByTestId('library-item').innerText()))).toContain(norm(exp.title));
    await lib.screenshot({ path: path.join(shots, 'library.png'), fullPage: true });

    // Offline: the page's tab is gone and the network is off; the article must come from IndexedDB.
    await page.close();
    await popup.close();
    await s.context.setOffline(true);
    const [opened] = await Promise.all([
      s.context.waitForEvent('page', { timeout: 5_000 }).catch(() => null),
      lib.getByTestId('library-open').first().click(),
    ]);
    const reader = opened ?? lib;
    await reader.getByTestId('reader-article').waitFor({ timeout: 15_000 });
    expect(reader.url()).toMatch(/reader\.html\?id=/);
    const text = norm(await reader.getByTestId('reader-article').innerText());
    for (const p of exp.paragraphs) expect(text).toContain(norm(p));
    await reader.screenshot({ path: path.join(shots, 'reader-saved.png'), fullPage: true });
    await s.context.setOffline(false);
  });

  it('the library survives closing and reopening the browser (same profile)', async () => {
    const profileDir = s.profileDir;
    await s.close();
    s = await launchChromium({ profileDir, keepProfile: true });
    const lib = await s.openExtPage('library.html');
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    const [opened] = await Promise.all([
      s.context.waitForEvent('page', { timeout: 5_000 }).catch(() => null),
      lib.getByTestId('library-open').first().click(),
    ]);
    const reader = opened ?? lib;
    await reader.getByTestId('reader-article').waitFor({ timeout: 15_000 });
    expect(norm(await reader.getByTestId('reader-article').innerText())).toContain(norm(exp.paragraphs[0]));
  });
});
