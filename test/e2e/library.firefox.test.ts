/**
 * The saved library's main paths in Firefox ESR (MV2 e2e build, temporary
 * add-on; a temporary add-on loses its storage on exit, so "reopen the
 * profile" is tested in Chromium only): save the Arabic news page, find it
 * with normalised spellings, export JSON, wipe, import, same library back;
 * axe on the library page.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession, waitUntil, waitForSel } from './harness/firefox';
import { startStaticServer, type StaticServer } from './harness/server';
import { artifactsDir } from './harness/paths';
import { loadExpectations, norm } from './harness/expectations';
import { FIND_TAB_SRC, SEND_MESSAGE_SRC, pageExpr } from './harness/page-checks';
import { runAxe, seriousOrCritical } from './harness/axe-library';

const exp = loadExpectations('libyatoday-turkey-wifaq');
const shots = path.join(artifactsDir, 'firefox');
const stripBidi = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '');
const tid = (id: string) => `[data-testid="${id}"]`;
const CAPTURE_BLOBS = `(() => { if (window.__blobs) return; const orig = URL.createObjectURL.bind(URL); window.__blobs = []; URL.createObjectURL = (b) => { window.__blobs.push(b); return orig(b); }; })()`;

let srv: StaticServer;
let f: FirefoxSession;
let lib: Page;
let tmp: string;

async function search(q: string): Promise<number> {
  await lib.$eval('#q', (el, v) => { (el as HTMLInputElement).value = v as string; (document.getElementById('filters') as HTMLFormElement).requestSubmit(); }, q);
  await waitUntil(lib, (want: string) => (new URLSearchParams(location.search).get('q') ?? '') === want, { polling: 100, timeout: 10_000 }, q);
  return (await lib.$$(tid('library-item'))).length;
}

async function exportJson(): Promise<string> {
  await lib.evaluate(CAPTURE_BLOBS);
  const n = (await lib.evaluate('window.__blobs.length')) as number;
  await lib.click(tid('export-json'));
  await waitUntil(lib, (k: number) => (window as unknown as { __blobs: unknown[] }).__blobs.length > k, { polling: 100, timeout: 10_000 }, n);
  return (await lib.evaluate('window.__blobs[window.__blobs.length - 1].text()')) as string;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(path.join(tmpdir(), 'sahifa-ff-lib-'));
  srv = await startStaticServer();
  f = await launchFirefox();
});

afterAll(async () => {
  await f?.close();
  await srv?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('Firefox: saved library', () => {
  it('saves the page; finds it by «اردوغان» and «حكومه الوفاق» with highlights', async () => {
    const pageUrl = srv.url(exp.pagePath);
    const page = await f.browser.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    lib = await f.openExtPage('library.html');
    const tabId = (await lib.evaluate(pageExpr(FIND_TAB_SRC, pageUrl))) as number;
    const r = (await lib.evaluate(pageExpr(SEND_MESSAGE_SRC, { type: 'sahifa/save', tabId }))) as { ok: boolean; message?: string };
    expect(r.ok, r.message).toBe(true);
    await f.gotoExt(lib, 'library.html');
    await waitForSel(lib, tid('library-item'), { timeout: 15_000 });
    expect(await search('اردوغان')).toBe(1);
    const marks = (await lib.$$eval(`${tid('library-snippet')} mark`, (ms) => ms.map((m) => m.textContent ?? ''))).map(stripBidi);
    expect(marks).toContain('إردوغان');
    expect(await search('حكومه الوفاق')).toBe(1);
    expect(await search('حكومه zzzqqq')).toBe(0);
    await search('');
    const title = await lib.$eval(tid('library-open'), (el) => (el as HTMLElement).innerText);
    expect(norm(stripBidi(title))).toBe(norm(exp.title));
    await lib.screenshot({ path: path.join(shots, 'library.png') as `${string}.png` });
  });

  it('exports JSON, wipes, imports it back: the same library', async () => {
    const json = await exportJson();
    const before = JSON.parse(json);
    expect(before.articles.length).toBe(1);
    await lib.evaluate(() => new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('sahifa');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    }));
    await f.gotoExt(lib, 'library.html');
    await waitUntil(lib, () => !(document.getElementById('empty') as HTMLElement).hidden, { polling: 100, timeout: 15_000 });
    expect((await lib.$$(tid('library-item'))).length).toBe(0);
    const file = path.join(tmp, 'backup.json');
    writeFileSync(file, json);
    const input = (await lib.$(tid('import-file'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitForSel(lib, tid('library-item'), { timeout: 15_000 });
    const after = JSON.parse(await exportJson());
    expect(after.articles).toEqual(before.articles);
  });

  it('axe: no serious or critical violations on the library page', async () => {
    await search('اردوغان');
    const v = await runAxe(lib);
    console.log(`axe library (Firefox): ${v.length} violations (${v.map((x) => `${x.id}:${x.impact}`).join(', ') || 'none'})`);
    expect(seriousOrCritical(v)).toEqual([]);
  });
});
