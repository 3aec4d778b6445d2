/**
 * Reader view and options page end to end in Chromium (the e2e build): the
 * reader opened from the bundled Arabic news page, typography remembered
 * across reloads, themes, entity highlighting, read aloud without voices,
 * print styles; the options page (UI language override → Arabic UI on every
 * page, clutter kinds honoured by the clean-up, auto-clean on a granted
 * site, shortcuts listed); axe-core on reader and options in both UI
 * languages. Screenshots go to .artifacts/reader/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startStaticServer, type StaticServer } from './harness/server';
import { artifactsDir, repoRoot } from './harness/paths';
import { loadExpectations, norm } from './harness/expectations';
import { DIRECTION_SRC, FIND_TAB_SRC, OUTER_HTML_SRC, SEND_MESSAGE_SRC, pageExpr } from './harness/page-checks';
import { SPEECH_STUB_SRC } from './harness/speech-stub';
import { countByImpact, formatAxe, runAxe, seriousOrCritical } from './harness/axe';
import { analyzeHtml } from '../../scripts/extract';
import { readingTime } from '../../lib/reader/reading-time';
import { tokenKey } from '../../lib/reader/mentions';

const exp = loadExpectations('libyatoday-turkey-wifaq');
const shots = path.join(artifactsDir, 'reader');
const stripBidi = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '');
const VIEW = { width: 1100, height: 760 };

let srv: StaticServer;
let s: ChromiumSession;
let page: Page;
let pageUrl: string;
let tabId: number;
let article: { text: string; lang: string };
const axeLog: string[] = [];

async function send<T>(from: Page, msg: Record<string, unknown>): Promise<{ ok: boolean; data?: T; error?: string; message?: string }> {
  return from.evaluate(pageExpr(SEND_MESSAGE_SRC, msg)) as Promise<{ ok: boolean; data?: T; message?: string }>;
}

async function openReader(init?: string): Promise<Page> {
  const r = await s.context.newPage();
  await r.setViewportSize(VIEW);
  if (init) await r.addInitScript(init);
  await r.goto(s.extUrl(`reader.html?tab=${tabId}`), { waitUntil: 'load' });
  await r.waitForSelector('html[data-ready="1"]', { timeout: 20_000 });
  await r.getByTestId('reader-article').waitFor({ timeout: 15_000 });
  return r;
}

async function openOptions(): Promise<Page> {
  const o = await s.context.newPage();
  await o.setViewportSize({ width: 900, height: 1000 });
  await o.goto(s.extUrl('options.html'), { waitUntil: 'load' });
  await o.waitForSelector('html[data-ready="1"]', { timeout: 15_000 });
  return o;
}

async function axeCheck(p: Page, label: string) {
  const v = await runAxe(p);
  axeLog.push(`${label}: ${JSON.stringify(countByImpact(v))}`);
  expect(formatAxe(seriousOrCritical(v)), `axe serious/critical on ${label}`).toEqual([]);
}

const fontSize = (p: Page) => p.evaluate(`parseFloat(getComputedStyle(document.querySelector('[data-testid="reader-article"]')).fontSize)`) as Promise<number>;
const bgLuminance = (p: Page) => p.evaluate(`(() => { const m = getComputedStyle(document.body).backgroundColor.match(/\\d+(\\.\\d+)?/g).map(Number); return (0.2126*m[0] + 0.7152*m[1] + 0.0722*m[2]) / 255; })()`) as Promise<number>;
const visible = (p: Page, sel: string) => p.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(sel)}); if (!el) return false; const r = el.getBoundingClientRect(); return el.checkVisibility() && r.width > 0 && r.height > 0; })()`) as Promise<boolean>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  srv = await startStaticServer();
  s = await launchChromium();
  pageUrl = srv.url(exp.pagePath);
  page = await s.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  const probe = await s.openExtPage('options.html');
  tabId = (await probe.evaluate(pageExpr(FIND_TAB_SRC, pageUrl))) as number;
  await probe.close();
  const { result } = await analyzeHtml(readFileSync(path.join(repoRoot, 'test/fixtures', exp.pagePath), 'utf8'), pageUrl);
  article = { text: result.article!.text, lang: result.article!.lang };
});

afterAll(async () => {
  if (axeLog.length) console.log(`[axe] ${axeLog.join('; ')}`);
  await s?.close();
  await srv?.close();
});

describe('Chromium: reader view (English UI)', () => {
  it('opens from the news page: title, RTL article, dateline with ISO datetime, reading time at the Arabic rate, link to the original', async () => {
    const r = await openReader();
    expect(norm(stripBidi(await r.getByTestId('reader-title').innerText()))).toBe(norm(exp.title));
    const text = norm(await r.getByTestId('reader-article').innerText());
    for (const p of exp.paragraphs) expect(text).toContain(norm(p));
    const dir = (await r.evaluate(pageExpr(DIRECTION_SRC, '[data-testid="reader-article"]'))) as { computed: string };
    expect(dir.computed).toBe(exp.dir);
    const titleDir = (await r.evaluate(pageExpr(DIRECTION_SRC, '[data-testid="reader-title"]'))) as { computed: string };
    expect(titleDir.computed).toBe(exp.dir);
    const dt = await r.getByTestId('dateline-published').getAttribute('datetime');
    expect(new Date(dt!).toISOString()).toBe(new Date(exp.dateline.published!).toISOString());
    const want = readingTime(article.text, article.lang);
    expect(want.wpm).toBe(180);
    expect(await r.getByTestId('reading-time').innerText()).toContain(String(want.minutes));
    expect(await r.getByTestId('link-original').getAttribute('href')).toBe(pageUrl);
    expect(await r.locator('html').getAttribute('dir')).toBe('ltr');
    await r.close();
  });

  it('typography: bigger text and sans font persist after reload (stored for Arabic articles only)', async () => {
    const r = await openReader();
    const loadedFaces = () => r.evaluate(`document.fonts.ready.then(() => [...document.fonts].filter((f) => f.status === 'loaded' && /Sahifa/.test(f.family)).map((f) => f.family.replace(/"/g, '') + ' ' + f.weight).sort())`) as Promise<string[]>;
    // The bundled Naskh face renders the Arabic article (regular body, bold headline).
    await expect.poll(loadedFaces).toEqual(['Sahifa Naskh 400', 'Sahifa Naskh 700']);
    expect((await r.evaluate(`getComputedStyle(document.querySelector('[data-testid="reader-article"] p')).fontFamily`)) as string).toMatch(/^"?Sahifa Naskh"?,/);
    const before = await fontSize(r);
    await r.getByTestId('btn-typography').click();
    await r.getByTestId('size-up').click();
    await r.getByTestId('size-up').click();
    await r.getByTestId('font-sans').check();
    await expect.poll(() => fontSize(r)).toBe(before + 2);
    await r.reload({ waitUntil: 'load' });
    await r.waitForSelector('html[data-ready="1"]');
    await r.getByTestId('reader-article').waitFor();
    expect(await fontSize(r)).toBe(before + 2);
    await r.getByTestId('btn-typography').click();
    expect(await r.getByTestId('font-sans').isChecked()).toBe(true);
    // On the paragraphs themselves (a page-wide :lang(ar) rule once gave them the UI font).
    const fam = (await r.evaluate(`getComputedStyle(document.querySelector('[data-testid="reader-article"] p')).fontFamily`)) as string;
    expect(fam).toMatch(/^"?Sahifa Sans Arabic"?, "?Noto Sans Arabic/);
    await expect.poll(loadedFaces).toContain('Sahifa Sans Arabic 400');
    const stored = (await r.evaluate(`chrome.storage.local.get('readerPrefs')`)) as { readerPrefs: { byLang: Record<string, { size: number }> } };
    expect(Object.keys(stored.readerPrefs.byLang)).toEqual(['ar']);
    expect(stored.readerPrefs.byLang.ar.size).toBe(before + 2);
    await r.getByTestId('size-down').click();
    await r.getByTestId('size-down').click();
    await expect.poll(() => fontSize(r)).toBe(before);
    await r.close();
  });

  it('themes: dark and sepia switch the page colours and persist; light again', async () => {
    const r = await openReader();
    await r.getByTestId('btn-typography').click();
    await r.getByTestId('theme-light').check();
    const light = await bgLuminance(r);
    await r.keyboard.press('Escape');
    await r.evaluate('document.activeElement && document.activeElement.blur()');
    await r.screenshot({ path: path.join(shots, 'reader-light-en.png') });
    await axeCheck(r, 'reader light en');
    await r.getByTestId('btn-typography').click();
    await r.getByTestId('theme-dark').check();
    expect(await r.locator('html').getAttribute('data-theme')).toBe('dark');
    const dark = await bgLuminance(r);
    expect(dark).toBeLessThan(0.2);
    expect(light).toBeGreaterThan(0.8);
    await r.keyboard.press('Escape');
    await r.evaluate('document.activeElement && document.activeElement.blur()');
    await r.screenshot({ path: path.join(shots, 'reader-dark-en.png') });
    await axeCheck(r, 'reader dark en');
    await r.reload({ waitUntil: 'load' });
    await r.waitForSelector('html[data-ready="1"]');
    expect(await r.locator('html').getAttribute('data-theme')).toBe('dark');
    await r.getByTestId('btn-typography').click();
    await r.getByTestId('theme-sepia').check();
    expect(await r.locator('html').getAttribute('data-theme')).toBe('sepia');
    await axeCheck(r, 'reader sepia en (panel open)');
    await r.getByTestId('theme-auto').check();
    await r.close();
  });

  it('entity sidebar: clicking a name highlights its mentions (normalised, proclitic-aware) and links to the library filter', async () => {
    const r = await openReader();
    const btn = r.locator('.entity-btn').first();
    const label = norm(stripBidi(await btn.innerText()));
    const m = /^(.*?)\s*×\s*(\d+)$/.exec(label)!;
    const [, name, count] = m;
    await btn.click();
    expect(await btn.getAttribute('aria-pressed')).toBe('true');
    const marks = (await r.locator('[data-testid="reader-article"] mark.sahifa-mention').allInnerTexts()).map((x) => stripBidi(x));
    expect(marks.length).toBeGreaterThan(0);
    // The body mentions: at most the entity's count (which also counts the headline).
    expect(marks.length).toBeLessThanOrEqual(Number(count));
    // Every mark is one of the entity's variants (listed in the item's title), compared normalised.
    const variants = ((await btn.locator('xpath=..').getAttribute('title')) ?? name).split(' · ').map((v) => v.split(/\s+/).map(tokenKey));
    expect(variants.length).toBeGreaterThan(0);
    for (const mk of marks) {
      const mkKey = mk.trim().split(/\s+/).map(tokenKey);
      const same = variants.some((v) => v.length === mkKey.length && v.every((tk, i) => i < v.length - 1 ? tk === mkKey[i] : tk.slice(-3) === mkKey[i].slice(-3)));
      expect(same, `mark «${mk}» is a variant of ${name}`).toBe(true);
    }
    void name;
    const href = await r.getByTestId('entity-library').getAttribute('href');
    expect(href).toBe(`/library.html?entity=${encodeURIComponent(name)}`);
    await btn.click();
    expect(await r.locator('mark.sahifa-mention').count()).toBe(0);
    await r.close();
  });

  it('read aloud: with no voice for Arabic (headless), a clear message and nothing playing', async () => {
    const r = await openReader();
    const voices = (await r.evaluate(`new Promise((res) => { const v = speechSynthesis.getVoices(); if (v.length) return res(v.map((x) => x.lang)); speechSynthesis.onvoiceschanged = () => res(speechSynthesis.getVoices().map((x) => x.lang)); setTimeout(() => res(speechSynthesis.getVoices().map((x) => x.lang)), 2000); })`)) as string[];
    await r.getByTestId('btn-read-aloud').click();
    if (voices.some((l) => l.toLowerCase().startsWith('ar'))) {
      console.log('[reader] this Chromium has an Arabic voice: checking the playing path instead');
      await expect.poll(() => r.getByTestId('btn-read-stop').isVisible()).toBe(true);
      await r.getByTestId('btn-read-stop').click();
    } else {
      await expect.poll(async () => r.getByTestId('reader-status').innerText(), { timeout: 5_000 }).toContain('Arabic');
      expect(await r.getByTestId('reader-status').innerText()).toMatch(/^No Arabic voice is installed on this system.*Add one in your system’s speech settings\.$/);
      expect(await r.getByTestId('btn-read-stop').isVisible()).toBe(false);
      expect(await r.locator('.reading-now').count()).toBe(0);
    }
    await r.close();
  });

  it('read aloud (stubbed speechSynthesis): Arabic voices only, voice and rate remembered, current paragraph highlighted and scrolled to, keyboard only', async () => {
    type Spoken = { text: string; lang: string; voice: string; rate: number };
    const spoken = (p: Page) => p.evaluate('window.__speech.spoken') as Promise<Spoken[]>;
    const now = (p: Page) => p.evaluate(`(() => { const el = document.querySelector('.reading-now'); if (!el) return null; const r = el.getBoundingClientRect(); return { text: el.textContent.replace(/\\s+/g, ' ').trim(), current: el.getAttribute('aria-current'), inView: r.top >= 0 && r.bottom <= innerHeight }; })()`) as Promise<{ text: string; current: string; inView: boolean } | null>;
    const r = await openReader(SPEECH_STUB_SRC);
    await r.getByTestId('read-voice').waitFor({ state: 'visible', timeout: 5_000 });
    const offered = await r.getByTestId('read-voice').locator('option').allInnerTexts();
    expect(offered).toEqual(['Stub Arabic Egypt (ar-EG)', 'Stub Arabic Saudi (ar-SA)']);
    await r.getByTestId('read-voice').selectOption('Stub Arabic Saudi');
    await r.getByTestId('read-rate').selectOption('1.5');
    await expect.poll(async () => ((await r.evaluate(`chrome.storage.local.get('readAloud')`)) as { readAloud?: { rate: number; voiceByLang: Record<string, string> } }).readAloud)
      .toEqual({ rate: 1.5, voiceByLang: { ar: 'Stub Arabic Saudi' } });
    await r.reload({ waitUntil: 'load' });
    await r.waitForSelector('html[data-ready="1"]');
    await r.getByTestId('read-voice').waitFor({ state: 'visible', timeout: 5_000 });
    expect(await r.getByTestId('read-voice').inputValue()).toBe('Stub Arabic Saudi');
    expect(await r.getByTestId('read-rate').inputValue()).toBe('1.5');

    // Keyboard only: Enter on "Read aloud" starts with the title; focus moves to Pause.
    await r.getByTestId('btn-read-aloud').focus();
    await r.keyboard.press('Enter');
    await expect.poll(async () => (await spoken(r)).length).toBe(1);
    const first = (await spoken(r))[0];
    expect(first).toMatchObject({ voice: 'Stub Arabic Saudi', lang: 'ar-SA', rate: 1.5 });
    expect(norm(stripBidi(first.text))).toBe(norm(exp.title));
    expect((await r.evaluate('document.activeElement.dataset.testid')) as string).toBe('btn-read-pause');
    expect((await now(r))?.current).toBe('true');
    // The title ends: the first paragraph is read, highlighted and scrolled into view.
    await r.evaluate('window.__speech.finish()');
    await r.evaluate('window.__speech.finish()');
    await r.evaluate('window.__speech.finish()');
    await r.evaluate('window.__speech.finish()');
    const texts = (await spoken(r)).map((u) => norm(stripBidi(u.text)));
    expect(texts.length).toBe(5);
    const body = norm(stripBidi(await r.getByTestId('reader-article').innerText()));
    for (const x of texts.slice(1)) expect(body).toContain(x);
    await expect.poll(async () => (await now(r))?.inView, { timeout: 5_000 }).toBe(true);
    expect(norm(stripBidi((await now(r))!.text))).toBe(texts[4]);
    expect(await r.locator('.reading-now').count()).toBe(1);
    await r.screenshot({ path: path.join(shots, 'reader-read-aloud-en.png') });
    // Next paragraph (Space on the focused button), then pause and resume, then stop.
    await r.getByTestId('btn-read-next').focus();
    await r.keyboard.press('Space');
    await expect.poll(async () => (await spoken(r)).length).toBe(6);
    await r.getByTestId('btn-read-pause').focus();
    await r.keyboard.press('Enter');
    expect(await r.evaluate('window.__speech.paused')).toBe(true);
    expect((await r.evaluate('document.activeElement.dataset.testid')) as string).toBe('btn-read-aloud');
    await r.keyboard.press('Enter');
    expect(await r.evaluate('window.__speech.paused')).toBe(false);
    // A rate change while reading restarts the paragraph at the new rate.
    await r.getByTestId('read-rate').selectOption('0.8');
    await expect.poll(async () => (await spoken(r)).at(-1)?.rate).toBe(0.8);
    expect(norm((await spoken(r)).at(-1)!.text)).toBe(norm((await spoken(r)).at(-2)!.text));
    await r.getByTestId('btn-read-stop').focus();
    await r.keyboard.press('Enter');
    expect(await r.locator('.reading-now').count()).toBe(0);
    expect(await r.getByTestId('btn-read-stop').isVisible()).toBe(false);
    await axeCheck(r, 'reader read-aloud controls en');
    await r.close();
  });

  it('print media: controls, sidebar and status hidden; the article stays', async () => {
    const r = await openReader();
    expect(await visible(r, '.topbar')).toBe(true);
    await r.emulateMedia({ media: 'print' });
    expect(await visible(r, '.topbar')).toBe(false);
    expect(await visible(r, '#side')).toBe(false);
    expect(await visible(r, '[data-testid="btn-read-aloud"]')).toBe(false);
    expect(await visible(r, '[data-testid="reader-article"]')).toBe(true);
    expect(await visible(r, '[data-testid="reader-title"]')).toBe(true);
    await r.screenshot({ path: path.join(shots, 'reader-print.png') });
    await r.emulateMedia({ media: 'screen' });
    await r.close();
  });

  it('keyboard: the display panel opens from the keyboard and its controls take focus', async () => {
    const r = await openReader();
    await r.getByTestId('btn-typography').focus();
    await r.keyboard.press('Enter');
    expect(await r.locator('#typo').getAttribute('open')).not.toBeNull();
    await r.keyboard.press('Tab');
    const focused = (await r.evaluate(`document.activeElement.closest('#typo-panel') !== null`)) as boolean;
    expect(focused).toBe(true);
    await r.keyboard.press('Escape');
    expect(await r.locator('#typo').getAttribute('open')).toBeNull();
    await r.close();
  });
});

/** Reads one record of the extension's real IndexedDB ("sahifa", table "articles") from an extension page. */
const IDB_GET = (id: number) => `new Promise((res, rej) => { const q = indexedDB.open('sahifa'); q.onerror = () => rej(q.error); q.onsuccess = () => { const db = q.result; const g = db.transaction('articles').objectStore('articles').get(${id}); g.onsuccess = () => { db.close(); res(g.result); }; g.onerror = () => rej(g.error); }; })`;
type Stored = { position: { block: number; progress: number } | null; highlights: { id: string; exact: string; note: string }[] };

describe('Chromium: saved copy in the reader (progress, position, highlights)', () => {
  let savedId: number;
  const openSaved = async () => {
    const r = await s.context.newPage();
    await r.setViewportSize(VIEW);
    await r.goto(s.extUrl(`reader.html?id=${savedId}`), { waitUntil: 'load' });
    await r.waitForSelector('html[data-ready="1"]', { timeout: 20_000 });
    await r.getByTestId('reader-article').waitFor({ timeout: 15_000 });
    return r;
  };
  const stored = (p: Page) => p.evaluate(IDB_GET(savedId)) as Promise<Stored>;
  const progressNow = (p: Page) => p.getByTestId('reading-progress').getAttribute('aria-valuenow').then(Number);

  beforeAll(async () => {
    const o = await openOptions();
    const res = await send<{ id: number }>(o, { type: 'sahifa/save', tabId });
    expect(res.ok, res.message).toBe(true);
    savedId = res.data!.id;
    await o.close();
  });

  it('progress bar follows scrolling; the reading position is stored and restored on reopen', async () => {
    const r = await openSaved();
    const start = await progressNow(r);
    expect(start).toBeLessThan(60);
    expect((await stored(r)).position).toBeNull();
    await r.evaluate('window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.6)');
    await expect.poll(() => progressNow(r)).toBeGreaterThan(start);
    expect(await r.getByTestId('reading-progress').getAttribute('aria-valuetext')).toMatch(/^\d+% read$/);
    await expect.poll(async () => (await stored(r)).position?.block ?? 0, { timeout: 5_000 }).toBeGreaterThan(2);
    const pos = (await stored(r)).position!;
    const pct = await progressNow(r);
    expect(Math.round(pos.progress * 100)).toBe(pct);
    const y = (await r.evaluate('scrollY')) as number;
    await r.close();

    const again = await openSaved();
    await expect.poll(() => again.evaluate('scrollY') as Promise<number>).toBeGreaterThan(0);
    // Back at the same block: within a screen of where reading stopped.
    expect(Math.abs(((await again.evaluate('scrollY')) as number) - y)).toBeLessThan(VIEW.height);
    expect(await again.getByTestId('reader-status').innerText()).toContain(`${pct}% read`);
    expect(Math.abs((await progressNow(again)) - pct)).toBeLessThanOrEqual(15);
    await again.evaluate('window.scrollTo(0, 0)');
    await expect.poll(async () => (await stored(again)).position?.block ?? -1, { timeout: 5_000 }).toBe(0);
    await again.close();
  });

  it('highlights: select text → highlight with a note → stored, shown again on reopen, listed, removable; keyboard "h" too', async () => {
    const r = await openSaved();
    expect(await r.getByTestId('highlights').isVisible()).toBe(true);
    const phrase = (await r.evaluate(`(() => { const p = document.querySelectorAll('[data-testid="reader-article"] p')[1]; const t = p.textContent.trim(); return t.split(/\\s+/).slice(2, 6).join(' '); })()`)) as string;
    const select = (words: string) => r.evaluate(`((want) => {
      const root = document.querySelector('[data-testid="reader-article"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue.indexOf(want);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i); range.setEnd(n, i + want.length);
        const sel = getSelection(); sel.removeAllRanges(); sel.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return true;
      }
      return false;
    })(${JSON.stringify(words)})`);
    expect(await select(phrase)).toBe(true);
    await r.getByTestId('highlight-add-note').waitFor({ state: 'visible' });
    await r.getByTestId('highlight-add-note').click();
    await expect.poll(() => r.locator('mark.sahifa-highlight').count()).toBeGreaterThan(0);
    expect(norm(stripBidi((await r.locator('mark.sahifa-highlight').allInnerTexts()).join('')))).toBe(norm(phrase));
    expect((await r.evaluate('document.activeElement.dataset.testid')) as string).toBe('highlight-note');
    await r.keyboard.type('ملاحظة للاختبار');
    await r.keyboard.press('Tab');
    await expect.poll(async () => (await stored(r)).highlights.map((h) => h.note)).toEqual(['ملاحظة للاختبار']);
    expect(norm((await stored(r)).highlights[0].exact)).toBe(norm(phrase));
    // Keyboard: select another phrase and press "h".
    const other = (await r.evaluate(`document.querySelectorAll('[data-testid="reader-article"] p')[3].textContent.trim().split(/\\s+/).slice(0, 3).join(' ')`)) as string;
    await select(other);
    await r.evaluate('document.activeElement && document.activeElement.blur()');
    await r.keyboard.press('h');
    await expect.poll(async () => (await stored(r)).highlights.length).toBe(2);
    expect(await r.getByTestId('highlight-item').count()).toBe(2);
    await r.evaluate('document.activeElement && document.activeElement.blur()');
    await r.evaluate(`document.querySelector('mark.sahifa-highlight').scrollIntoView({ block: 'center' })`);
    await r.screenshot({ path: path.join(shots, 'reader-highlights-en.png') });
    await axeCheck(r, 'reader with highlights en');
    await r.close();

    const again = await openSaved();
    await expect.poll(() => again.locator('mark.sahifa-highlight').count()).toBeGreaterThan(1);
    const ids = await again.locator('mark.sahifa-highlight').evaluateAll((ms) => [...new Set(ms.map((m) => (m as HTMLElement).dataset.highlightId))]);
    expect(ids).toHaveLength(2);
    expect(await again.getByTestId('highlight-note').first().inputValue()).toBe('ملاحظة للاختبار');
    await again.getByTestId('highlight-remove').first().click();
    await expect.poll(async () => (await stored(again)).highlights.length).toBe(1);
    expect(await again.getByTestId('highlight-item').count()).toBe(1);
    const left = await again.locator('mark.sahifa-highlight').evaluateAll((ms) => [...new Set(ms.map((m) => (m as HTMLElement).dataset.highlightId))]);
    expect(left).toEqual([(await stored(again)).highlights[0].id]);
    await again.getByTestId('highlight-remove').first().click();
    await expect.poll(async () => (await stored(again)).highlights.length).toBe(0);
    expect(await again.locator('mark.sahifa-highlight').count()).toBe(0);
    await again.close();
  });
});

describe('Chromium: options page', () => {
  it('lists the shortcuts from commands.getAll and passes axe (English UI)', async () => {
    const o = await openOptions();
    const rows = await o.getByTestId('shortcuts').locator('tbody tr').allInnerTexts();
    const cmds = (await o.evaluate(`chrome.commands.getAll()`)) as Array<{ name: string; description: string; shortcut: string }>;
    const named = cmds.filter((c) => c.name && !c.name.startsWith('_'));
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(named.length);
    for (const c of named) expect(rows.some((r) => (c.shortcut ? r.includes(c.shortcut) : /Not set/.test(r)))).toBe(true);
    expect(await o.getByTestId('keys-open').isVisible()).toBe(true);
    await o.screenshot({ path: path.join(shots, 'options-en.png'), fullPage: true });
    await axeCheck(o, 'options en');
    await o.close();
  });

  it('clutter kinds: with only "ad" on, the clean-up hides ads only', async () => {
    const o = await openOptions();
    for (const k of ['recirculation', 'comments', 'social', 'repeated', 'overlay']) await o.locator(`#kinds input[value="${k}"]`).uncheck();
    await expect.poll(async () => ((await o.evaluate(`chrome.storage.local.get('settings')`)) as { settings?: { clutterKinds: string[] } }).settings?.clutterKinds).toEqual(['ad']);
    const before = (await page.evaluate(OUTER_HTML_SRC)) as string;
    const r = await send<{ hidden: number; state: string; clutterByKind: Record<string, number> }>(o, { type: 'sahifa/clean', tabId });
    expect(r.ok, r.message).toBe(true);
    const kinds = (await page.evaluate(`Array.from(document.querySelectorAll('[data-sahifa-hidden]'), (e) => e.getAttribute('data-sahifa-hidden'))`)) as string[];
    // The page has clutter of several kinds; only the ad blocks are hidden.
    expect(Object.keys(r.data!.clutterByKind).length).toBeGreaterThan(1);
    expect(kinds.length).toBe(r.data!.hidden);
    expect(new Set(kinds)).toEqual(new Set(['ad']));
    expect(r.data!.hidden).toBe(r.data!.clutterByKind.ad);
    await send(o, { type: 'sahifa/restore', tabId });
    expect(await page.evaluate(OUTER_HTML_SRC)).toBe(before);
    for (const k of ['recirculation', 'comments', 'social', 'repeated', 'overlay']) await o.locator(`#kinds input[value="${k}"]`).check();
    await o.close();
  });

  it('auto-clean: adding the site (permission granted) cleans its pages on load; removing stops it', async () => {
    const o = await openOptions();
    // Invalid input is refused with its reason, and nothing is added.
    for (const [bad, msg] of [['ftp://files.example', /only http and https/], ['news.*.example', /may only stand for the subdomains/], ['*', /one site at a time/]] as const) {
      await o.getByTestId('auto-site').fill(bad);
      await o.getByTestId('auto-add').click();
      await expect.poll(() => o.getByTestId('options-status').innerText()).toMatch(msg);
      expect(await o.getByTestId('auto-site').getAttribute('aria-invalid')).toBe('true');
      expect(await o.getByTestId('auto-list').locator('li').count()).toBe(0);
    }
    await o.getByTestId('auto-site').fill(srv.origin);
    await o.getByTestId('auto-add').click();
    await expect.poll(() => o.getByTestId('auto-list').innerText()).toContain('127.0.0.1');
    const p = await s.context.newPage();
    await p.goto(pageUrl, { waitUntil: 'load' });
    const id = (await o.evaluate(pageExpr(FIND_TAB_SRC, pageUrl + '?auto=1').replace(pageUrl + '?auto=1', pageUrl))) as number;
    void id;
    await expect.poll(async () => p.evaluate(`document.querySelectorAll('[data-sahifa-hidden]').length`), { timeout: 10_000 }).toBeGreaterThan(0);
    await o.getByTestId('auto-list').locator('button').first().click();
    await expect.poll(() => o.getByTestId('auto-list').locator('li').count()).toBe(0);
    const p2 = await s.context.newPage();
    await p2.goto(srv.url('no-article/page.html'), { waitUntil: 'load' });
    await p2.goto(pageUrl, { waitUntil: 'load' });
    await p2.waitForTimeout(1500);
    expect(await p2.evaluate(`document.querySelectorAll('[data-sahifa-hidden]').length`)).toBe(0);
    await p.close();
    await p2.close();
    await o.close();
  });

  it('UI language override: العربية flips options, reader (and popup) to an RTL Arabic UI; axe clean in Arabic', async () => {
    const o = await openOptions();
    await Promise.all([o.waitForEvent('load'), o.getByTestId('ui-lang').selectOption('ar')]);
    await o.waitForSelector('html[data-ready="1"]');
    expect(await o.locator('html').getAttribute('lang')).toBe('ar');
    expect(await o.locator('html').getAttribute('dir')).toBe('rtl');
    const ar = JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales/ar/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(await o.locator('h1').innerText()).toBe(ar.optionsTitle.message);
    await o.screenshot({ path: path.join(shots, 'options-ar.png'), fullPage: true });
    await axeCheck(o, 'options ar');

    const r = await openReader();
    expect(await r.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await r.getByTestId('btn-read-aloud').innerText()).toBe(ar.readAloudPlay.message);
    await r.getByTestId('btn-typography').click();
    await r.getByTestId('theme-light').check();
    await r.keyboard.press('Escape');
    await r.evaluate('document.activeElement && document.activeElement.blur()');
    await r.screenshot({ path: path.join(shots, 'reader-light-ar.png') });
    await axeCheck(r, 'reader light ar');
    await r.getByTestId('btn-typography').click();
    await r.getByTestId('theme-dark').check();
    await r.keyboard.press('Escape');
    await r.evaluate('document.activeElement && document.activeElement.blur()');
    await r.screenshot({ path: path.join(shots, 'reader-dark-ar.png') });
    await axeCheck(r, 'reader dark ar');
    // Read aloud's message in Arabic names the language in Arabic.
    await r.getByTestId('btn-read-aloud').click();
    await expect.poll(async () => r.getByTestId('reader-status').innerText(), { timeout: 5_000 }).toMatch(/العربية/);

    const pop = await s.context.newPage();
    await pop.goto(s.extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
    await pop.getByTestId('title').waitFor({ timeout: 15_000 });
    expect(await pop.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await pop.getByTestId('btn-save').innerText()).toBe(ar.btnSave.message);
    await pop.close();

    await Promise.all([o.waitForEvent('load'), o.getByTestId('ui-lang').selectOption('auto')]);
    await o.waitForSelector('html[data-ready="1"]');
    expect(await o.locator('html').getAttribute('dir')).toBe('ltr');
    await r.close();
    await o.close();
  });
});
