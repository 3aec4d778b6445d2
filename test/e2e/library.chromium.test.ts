/**
 * The saved library end to end in Chromium (e2e build, real IndexedDB):
 * save the Arabic news page served from 127.0.0.1, close and reopen the same
 * profile, find it with normalised spellings, open it offline, export
 * Markdown and JSON, wipe, import, get the same library back; tags, read,
 * delete + undo, the ?entity= filter; axe on the library and the popup;
 * screenshots of the library in the English and Arabic UI (.artifacts/library/).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startStaticServer, type StaticServer } from './harness/server';
import { artifactsDir, repoRoot } from './harness/paths';
import { loadExpectations, norm } from './harness/expectations';
import { FIND_TAB_SRC, SEND_MESSAGE_SRC, pageExpr } from './harness/page-checks';
import { runAxe, seriousOrCritical } from './harness/axe-library';

const exp = loadExpectations('libyatoday-turkey-wifaq');
/** A body sentence the article must keep (not the headline, which the reader shows apart). */
const bodyText = exp.paragraphs[0];
const shots = path.join(artifactsDir, 'library');
const stripBidi = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '');

/** Wraps URL.createObjectURL so the test can read what the page offered for download. */
const CAPTURE_BLOBS = `(() => {
  const orig = URL.createObjectURL.bind(URL);
  window.__blobs = [];
  URL.createObjectURL = (b) => { window.__blobs.push(b); return orig(b); };
})()`;
const LAST_BLOB_TEXT = `window.__blobs[window.__blobs.length - 1].text()`;

let srv: StaticServer;
let s: ChromiumSession;
let profileDir: string;
let pageUrl: string;

async function openLibrary(rel = 'library.html'): Promise<Page> {
  const p = await s.context.newPage();
  await p.addInitScript(CAPTURE_BLOBS);
  await p.goto(s.extUrl(rel), { waitUntil: 'load' });
  await p.waitForFunction(() => document.getElementById('list') !== null);
  return p;
}

async function search(p: Page, q: string): Promise<void> {
  await p.getByTestId('library-search').fill(q);
  await p.getByTestId('library-search').press('Enter');
  await p.waitForFunction((want) => (new URLSearchParams(location.search).get('q') ?? '') === want, q);
}

async function exportText(p: Page, testid: string): Promise<string> {
  const before = (await p.evaluate('window.__blobs.length')) as number;
  await p.getByTestId(testid).click();
  await p.waitForFunction((n) => (window as unknown as { __blobs: unknown[] }).__blobs.length > n, before);
  return (await p.evaluate(LAST_BLOB_TEXT)) as string;
}

/** Opens the news page in a tab and the popup for that tab (popup.html?tab=ID), once its title shows. */
async function openPopupOnPage(): Promise<{ page: Page; popup: Page }> {
  const page = await s.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  const probe = await s.openExtPage('library.html');
  const tabId = (await probe.evaluate(pageExpr(FIND_TAB_SRC, pageUrl))) as number;
  await probe.close();
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 420, height: 800 });
  await popup.goto(s.extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
  await popup.getByTestId('title').waitFor({ timeout: 15_000 });
  return { page, popup };
}

/**
 * The popup on the news page in the Arabic UI: its status line is the plural form
 * (CLDR category of the count) of the catalog's family, with the count in it; screenshot.
 */
async function popupStatusInArabic(): Promise<void> {
  const ar = JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales/ar/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const { page, popup } = await openPopupOnPage();
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ar');
  const status = stripBidi(await popup.getByTestId('status').innerText());
  const digits = (x: string) => x.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const esc = (x: string) => x.replace(/[.*+?^$()|[\]{}\\]/g, (c) => `\\${c}`);
  const NUM = '([0-9\u0660-\u0669]+)';
  // Exactly one plural form of the family matches; when it shows the count, the count is of that form's category.
  const hits = (['zero', 'one', 'two', 'few', 'many', 'other'] as const).flatMap((cat) => {
    const form = ar[`statusOriginal_${cat}`].message;
    const m = new RegExp(`^${esc(form).replace(esc('$1'), NUM).replace(esc('$2'), NUM)}$`).exec(status);
    return m ? [{ cat, count: form.includes('$1') ? Number(digits(m[1])) : null }] : [];
  });
  expect(hits.length, status).toBe(1);
  if (hits[0].count !== null) expect(new Intl.PluralRules('ar').select(hits[0].count)).toBe(hits[0].cat);
  console.log(`popup (ar) status: ${status} → form ${hits[0].cat}`);
  await popup.screenshot({ path: path.join(shots, 'popup-ar.png') });
  await popup.close();
  await page.close();
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  srv = await startStaticServer();
  profileDir = mkdtempSync(path.join(tmpdir(), 'sahifa-library-'));
  s = await launchChromium({ profileDir, keepProfile: true });
  pageUrl = srv.url(exp.pagePath);
});

afterAll(async () => {
  await s?.close();
  await srv?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('Chromium: saved library', () => {
  let backup1: { format: string; version: number; articles: Record<string, unknown>[] };

  it('saves the news page, survives closing and reopening the browser profile', async () => {
    const page = await s.context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    const probe = await s.openExtPage('library.html');
    const tabId = (await probe.evaluate(pageExpr(FIND_TAB_SRC, pageUrl))) as number;
    const r = (await probe.evaluate(pageExpr(SEND_MESSAGE_SRC, { type: 'sahifa/save', tabId }))) as { ok: boolean; message?: string };
    expect(r.ok, r.message).toBe(true);
    await s.close();

    s = await launchChromium({ profileDir, keepProfile: true });
    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    expect(norm(stripBidi(await lib.getByTestId('library-open').first().innerText()))).toBe(norm(exp.title));
    // Count strings take the plural form for the number (Intl.PluralRules), not "1 articles".
    expect(await lib.getByTestId('library-count').innerText()).toBe('1 article saved');
    await lib.close();
  });

  it('finds it by «اردوغان» (the article writes «إردوغان») and «حكومه الوفاق» (ه for ة), highlighted', async () => {
    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor();
    await search(lib, 'اردوغان');
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    const marks1 = await lib.locator('[data-testid=library-snippet] mark').allInnerTexts();
    expect(marks1.map(stripBidi)).toContain('إردوغان');

    await search(lib, 'حكومه الوفاق');
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    const marks2 = (await lib.locator('[data-testid=library-item] mark').allInnerTexts()).map(stripBidi);
    expect(marks2).toContain('حكومة');
    expect(marks2.some((m) => m.endsWith('الوفاق'))).toBe(true);

    await search(lib, 'حكومه zzzqqq');
    expect(await lib.getByTestId('library-item').count()).toBe(0);

    // Only punctuation: a clear hint, the list unfiltered, no highlights.
    await search(lib, ' ...؟! «» ');
    await expect.poll(() => lib.getByTestId('library-status').innerText()).toMatch(/^Type letters or numbers to search/);
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    expect(await lib.locator('[data-testid=library-item] mark').count()).toBe(0);
    await search(lib, 'اردوغان');
    await expect.poll(() => lib.getByTestId('library-status').innerText()).toMatch(/^1 article found/);
    await lib.close();
  });

  it('opens the saved copy in the reader offline (from IndexedDB)', async () => {
    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor();
    await s.context.setOffline(true);
    try {
      await lib.getByTestId('library-open').first().click();
      await lib.waitForURL(/reader\.html\?id=\d+/);
      await lib.getByTestId('reader-article').waitFor({ timeout: 15_000 });
      const text = norm(stripBidi(await lib.getByTestId('reader-article').innerText()));
      expect(text).toContain(norm(bodyText));
    } finally {
      await s.context.setOffline(false);
    }
    await lib.close();
  });

  it('tags, read state, delete with undo (the record comes back exactly)', async () => {
    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor();
    const before = await exportText(lib, 'export-json');
    const input = lib.getByTestId('library-tag-input').first();
    await input.fill('ليبيا');
    await input.press('Enter');
    await lib.getByRole('button', { name: '#ليبيا' }).waitFor();
    await lib.getByTestId('library-tag').selectOption('ليبيا');
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    const readBtn = lib.getByTestId('library-read').first();
    const wasPressed = await readBtn.getAttribute('aria-pressed');
    await readBtn.click();
    await lib.waitForFunction((w) => document.querySelector('[data-testid=library-read]')?.getAttribute('aria-pressed') !== w, wasPressed);
    await lib.getByTestId('library-tag').selectOption('');
    const withTag = JSON.parse(await exportText(lib, 'export-json')).articles[0];
    expect(withTag.tags).toEqual(['ليبيا']);

    await lib.getByTestId('library-delete').first().click();
    await lib.getByTestId('toast-undo').waitFor();
    await lib.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 0);
    await lib.getByTestId('toast-undo').click();
    await lib.getByTestId('library-item').first().waitFor();
    const restored = JSON.parse(await exportText(lib, 'export-json')).articles[0];
    expect(restored).toEqual(withTag);

    // Back to the state before this test (no tag, unread) so the round trip below starts clean.
    await lib.getByRole('button', { name: /ليبيا/ }).nth(1).click();
    await lib.getByTestId('library-read').first().click();
    await lib.waitForFunction((w) => document.querySelector('[data-testid=library-read]')?.getAttribute('aria-pressed') === w, wasPressed);
    const after = JSON.parse(await exportText(lib, 'export-json')).articles[0];
    const b = JSON.parse(before).articles[0];
    expect({ ...after, updatedAt: b.updatedAt }).toEqual(b);
    await lib.close();
  });

  it('a full disk (QuotaExceededError from IndexedDB) is reported and loses nothing already saved', async () => {
    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor();
    const before = await exportText(lib, 'export-json');
    await lib.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as { put: unknown; __origPut?: unknown };
      proto.__origPut = proto.put;
      proto.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    const input = lib.getByTestId('library-tag-input').first();
    await input.fill('quota-test');
    await input.press('Enter');
    await lib.waitForFunction(() => document.getElementById('status')!.classList.contains('error'));
    expect(await lib.getByTestId('library-status').innerText()).toMatch(/storage is full.*Nothing already saved was lost/);
    await lib.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as { put: unknown; __origPut?: unknown };
      proto.put = proto.__origPut;
    });
    await lib.reload();
    await lib.getByTestId('library-item').first().waitFor();
    expect(await exportText(lib, 'export-json').then((j) => JSON.parse(j).articles)).toEqual(JSON.parse(before).articles);
    await lib.close();
  });

  it('library.html?entity=NAME preselects the entity filter', async () => {
    const probe = await openLibrary();
    await probe.getByTestId('library-item').first().waitFor();
    const name = JSON.parse(await exportText(probe, 'export-json')).articles[0].entities[0].name as string;
    await probe.close();
    const lib = await openLibrary(`library.html?entity=${encodeURIComponent(name)}`);
    await lib.getByTestId('library-item').first().waitFor();
    expect(await lib.getByTestId('library-entity').inputValue()).toBe(name);
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    const setEntity = async (v: string, n: number) => {
      await lib.getByTestId('library-entity').fill(v);
      await lib.getByTestId('library-entity').dispatchEvent('change');
      await lib.waitForFunction((want) => document.querySelectorAll('[data-testid=library-item]').length === want, n);
    };
    // The name's last word, spelled without hamza/ة forms, finds it; so does a longer form ending in the name.
    const fold = (x: string) => x.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
    const multi = (JSON.parse(await exportText(lib, 'export-json')).articles[0].entities as { name: string }[]).map((e) => e.name).find((x) => x.trim().includes(' '));
    expect(multi, 'an entity with a multi-word name').toBeTruthy();
    await setEntity(fold(multi!.trim().split(/\s+/).pop()!), 1);
    await setEntity(`المشير ${multi}`, 1);
    await setEntity(multi!.trim().split(/\s+/)[0] + ' غيرموجود', 0);
    await setEntity('اسم غير موجود', 0);
    await lib.close();
  });

  it('exports Markdown and JSON, wipes, imports the JSON and gets the same library back', async () => {
    // A highlight with a note and a reading position, made in the reader, travel with the article.
    const lib0 = await openLibrary();
    await lib0.getByTestId('library-item').first().waitFor();
    const href = (await lib0.getByTestId('library-open').first().getAttribute('href'))!;
    await lib0.close();
    const reader = await s.context.newPage();
    await reader.goto(s.extUrl(href), { waitUntil: 'load' });
    await reader.waitForSelector('html[data-ready="1"]');
    const phrase = (await reader.evaluate(`(() => {
      const p = document.querySelectorAll('[data-testid="reader-article"] p')[2];
      const n = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
      const words = n.nodeValue.trim().split(/\\s+/).slice(0, 3).join(' ');
      const i = n.nodeValue.indexOf(words);
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + words.length);
      getSelection().removeAllRanges(); getSelection().addRange(r);
      return words;
    })()`)) as string;
    await reader.keyboard.press('h');
    await reader.getByTestId('highlight-note').waitFor();
    await reader.getByTestId('highlight-note').fill('note for the backup');
    await reader.getByTestId('highlight-note').press('Tab');
    const id = Number(new URL(href, 'chrome-extension://x/').searchParams.get('id'));
    await expect.poll(() => reader.evaluate((rid) => new Promise((res) => {
      const q = indexedDB.open('sahifa');
      q.onsuccess = () => { const g = q.result.transaction('articles').objectStore('articles').get(rid); g.onsuccess = () => { q.result.close(); res(g.result.highlights.map((h: { note: string }) => h.note)); }; };
    }), id)).toEqual(['note for the backup']);
    await reader.close();

    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor();
    const md = await exportText(lib, 'export-all-md');
    expect(md).toContain(`## Highlights\n\n> ${phrase}\n\nNote: note for the backup`);
    expect(md).toMatch(/^---\ntitle: /);
    expect(md).toContain('lang: ar\ndir: rtl');
    expect(norm(md.replace(/\\/g, ''))).toContain(norm(bodyText.replace(/\\/g, '')));
    const json = await exportText(lib, 'export-json');
    backup1 = JSON.parse(json);
    expect(backup1.format).toBe('sahifa-backup');
    expect(backup1.version).toBe(2);
    expect(backup1.articles.length).toBe(1);
    expect((backup1.articles[0].highlights as { exact: string; note: string }[]).map((h) => [norm(h.exact), h.note])).toEqual([[norm(phrase), 'note for the backup']]);
    expect(String(backup1.articles[0].html)).toContain('<p');

    // Wipe: delete the database (Dexie closes its connections on versionchange).
    await lib.evaluate(() => new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('sahifa');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    }));
    await lib.reload();
    await lib.waitForFunction(() => !(document.getElementById('empty') as HTMLElement).hidden);
    expect(await lib.getByTestId('library-item').count()).toBe(0);

    // A foreign file: clear error, nothing imported.
    await lib.getByTestId('import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"items": []}') });
    await lib.waitForFunction(() => document.getElementById('status')!.classList.contains('error'));
    expect(await lib.getByTestId('library-status').innerText()).toMatch(/not a Sahifa backup/);
    expect(await lib.getByTestId('library-item').count()).toBe(0);

    await lib.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await lib.getByTestId('library-item').first().waitFor();
    const again = JSON.parse(await exportText(lib, 'export-json'));
    expect(again.articles).toEqual(backup1.articles);
    // Importing twice does not duplicate.
    await lib.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await lib.waitForFunction(() => /1/.test(document.getElementById('status')!.textContent ?? '') && document.getElementById('status')!.classList.contains('ok'));
    expect(await lib.getByTestId('library-item').count()).toBe(1);
    await lib.close();
  });

  it('axe: no serious or critical violations on the library page and the popup', async () => {
    const lib = await openLibrary();
    await lib.getByTestId('library-item').first().waitFor();
    await search(lib, 'اردوغان');
    const vLib = await runAxe(lib);
    console.log(`axe library: ${vLib.length} violations (${vLib.map((v) => `${v.id}:${v.impact}`).join(', ') || 'none'})`);
    expect(seriousOrCritical(vLib)).toEqual([]);
    await lib.close();

    const { page, popup } = await openPopupOnPage();
    const vPop = await runAxe(popup);
    console.log(`axe popup: ${vPop.length} violations (${vPop.map((v) => `${v.id}:${v.impact}`).join(', ') || 'none'})`);
    expect(seriousOrCritical(vPop)).toEqual([]);
    // The entity groups' h3 follow a (visually hidden) h2 under the h1.
    expect(vPop.map((v) => v.id)).not.toContain('heading-order');
    await popup.close();
    await page.close();
  });

  it('screenshots of the library in the English and the Arabic UI (RTL)', async () => {
    // A few more articles written for this test (English and Arabic), imported through the UI.
    const mk = (i: number, lang: 'en' | 'ar', title: string, text: string, tags: string[]) => ({
      ...backup1.articles[0], id: 100 + i, url: `https://example.org/${lang}/${i}`, title, lang, dir: lang === 'ar' ? 'rtl' : 'ltr',
      siteName: lang === 'ar' ? 'صحيفة المثال' : 'Example Times', byline: null, excerpt: null, html: `<p>${text}</p>`, text, entities: [], tags,
      read: i % 2, highlights: [], position: null, favorite: 0, archived: 0, savedAt: `2024-0${i}-1${i}T08:00:00.000Z`, updatedAt: `2024-0${i}-1${i}T08:00:00.000Z`,
      dateline: { place: null, source: null, published: `2024-0${i}-0${i}T06:00:00Z`, modified: null, evidence: { place: null, source: null, published: null, modified: null } },
    });
    const extra = { ...backup1, articles: [
      mk(1, 'en', 'Rain returns to the coast after a dry winter', 'Forecasters said the first heavy rain in months reached the coast on Tuesday, easing pressure on reservoirs.', ['weather']),
      mk(2, 'ar', 'افتتاح معرض الكتاب بمشاركة واسعة من دور النشر', 'افتُتح معرض الكتاب السنوي صباح اليوم بمشاركة أكثر من مئتي دار نشر عربية وأجنبية.', ['ثقافة']),
      mk(3, 'en', 'City council approves new cycling lanes', 'The council voted to build twelve kilometres of protected cycling lanes over the next two years.', []),
    ] };
    for (const lang of ['en', 'ar'] as const) {
      if (lang === 'ar') {
        await s.close();
        s = await launchChromium({ profileDir, keepProfile: true, args: ['--lang=ar'] });
      }
      const lib = await openLibrary();
      await lib.setViewportSize({ width: 1000, height: 900 });
      if (lang === 'en') {
        await lib.getByTestId('import-file').setInputFiles({ name: 'extra.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(extra)) });
        await lib.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 4);
      }
      await lib.getByTestId('library-item').nth(3).waitFor();
      expect(await lib.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // Four articles: English "other", Arabic "few" (3–10: plural noun «مقالات»).
      expect(await lib.getByTestId('library-count').innerText()).toMatch(lang === 'ar' ? /^[4٤] مقالات محفوظة$/ : /^4 articles saved$/);
      await search(lib, lang === 'ar' ? 'الوفاق' : 'rain');
      await lib.screenshot({ path: path.join(shots, `library-search-${lang}.png`) });
      await search(lib, '');
      await lib.screenshot({ path: path.join(shots, `library-${lang}.png`) });
      const vLib = await runAxe(lib);
      expect(seriousOrCritical(vLib), `axe (${lang} UI)`).toEqual([]);
      await lib.close();
      if (lang === 'ar') await popupStatusInArabic();
    }
  });
  it('favourites, archive and bulk actions: select several → mark read, tag, favourite, export, archive, delete with undo (Arabic UI)', async () => {
    type Rec = { id: number; read: number; favorite: number; archived: number; tags: string[]; title: string };
    const lib = await openLibrary();
    await lib.setViewportSize({ width: 1000, height: 900 });
    await lib.getByTestId('library-item').nth(3).waitFor();
    const records = () => lib.evaluate(() => new Promise((res, rej) => {
      const q = indexedDB.open('sahifa');
      q.onerror = () => rej(q.error);
      q.onsuccess = () => { const g = q.result.transaction('articles').objectStore('articles').getAll(); g.onsuccess = () => { q.result.close(); res(g.result); }; };
    })) as Promise<Rec[]>;
    const byId = async (ids: number[]) => (await records()).filter((r) => ids.includes(r.id));
    const items = lib.getByTestId('library-item');
    const ids = [Number(await items.nth(0).getAttribute('data-id')), Number(await items.nth(1).getAttribute('data-id'))];
    const others = (await records()).map((r) => r.id).filter((id) => !ids.includes(id));
    expect(await lib.getByTestId('bulk-read').isVisible()).toBe(false);
    // Tick two: one from the keyboard, one by click.
    await lib.getByTestId('library-select').nth(0).focus();
    await lib.keyboard.press('Space');
    await lib.getByTestId('library-select').nth(1).check();
    expect(await lib.getByTestId('bulk-read').isVisible()).toBe(true);
    expect(await lib.getByTestId('bulk-select-all').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);

    await lib.getByTestId('bulk-read').click();
    await expect.poll(async () => (await byId(ids)).map((r) => r.read)).toEqual([1, 1]);
    await lib.getByTestId('bulk-tag-input').fill('مجموعة');
    await lib.getByTestId('bulk-tag').click();
    await expect.poll(async () => (await byId(ids)).every((r) => r.tags.includes('مجموعة'))).toBe(true);
    expect((await byId(others)).some((r) => r.tags.includes('مجموعة'))).toBe(false);
    await lib.getByTestId('bulk-favorite').click();
    await expect.poll(async () => (await byId(ids)).map((r) => r.favorite)).toEqual([1, 1]);
    expect(await lib.locator(`li[data-id="${ids[0]}"] [data-testid="library-favorite"]`).getAttribute('aria-pressed')).toBe('true');
    // The selection survives the re-renders; export takes exactly the selected articles.
    const titles = (await byId(ids)).map((r) => r.title);
    const md = await exportText(lib, 'bulk-export-md');
    for (const tt of titles) expect(md).toContain(`# ${tt}`);
    for (const r of await byId(others)) expect(md).not.toContain(`# ${r.title}`);
    const vBulk = await runAxe(lib);
    expect(seriousOrCritical(vBulk), 'axe with the bulk bar').toEqual([]);
    await lib.screenshot({ path: path.join(shots, 'library-bulk-ar.png') });

    // Archive: out of the list, in the archive view, still found by search; favourites show them too.
    await lib.getByTestId('bulk-archive').click();
    await expect.poll(async () => (await byId(ids)).map((r) => r.archived)).toEqual([1, 1]);
    await expect.poll(() => items.count()).toBe(2);
    await lib.getByTestId('library-read-filter').selectOption('archived');
    await expect.poll(() => items.count()).toBe(2);
    expect((await items.evaluateAll((li) => li.map((x) => Number((x as HTMLElement).dataset.id)))).sort()).toEqual([...ids].sort());
    await lib.getByTestId('library-read-filter').selectOption('favorite');
    await expect.poll(() => items.count()).toBe(2);
    await lib.getByTestId('library-read-filter').selectOption('all');
    await expect.poll(() => items.count()).toBe(2);

    // Delete with undo: select all shown → delete → undo brings them back exactly.
    const before = await records();
    await lib.getByTestId('bulk-select-all').check();
    await lib.getByTestId('bulk-delete').click();
    await expect.poll(() => items.count()).toBe(0);
    expect((await records()).length).toBe(2);
    await lib.getByTestId('toast-undo').click();
    await expect.poll(() => items.count()).toBe(2);
    expect(await records()).toEqual(before);

    // Back from the archive (in bulk), un-favourite one from its own button.
    await lib.getByTestId('library-read-filter').selectOption('archived');
    await expect.poll(() => items.count()).toBe(2);
    await lib.getByTestId('bulk-select-all').check();
    await lib.getByTestId('bulk-unarchive').click();
    await expect.poll(() => items.count()).toBe(0);
    await lib.getByTestId('library-read-filter').selectOption('all');
    await expect.poll(() => items.count()).toBe(4);
    await lib.locator(`li[data-id="${ids[0]}"] [data-testid="library-favorite"]`).click();
    await expect.poll(async () => (await byId([ids[0]]))[0].favorite).toBe(0);
    await lib.close();
  });
});
