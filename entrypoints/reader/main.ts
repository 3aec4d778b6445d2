import '../shared/base.css';
import './style.css';
import { browser } from 'wxt/browser';
import { extractEntities, warmEntities } from '@/lib/entities';
import { buildDateline, buildEntities, intlLocale, isolateBidiRuns, renderArticle } from '@/lib/render';
import { createLibrary } from '@/lib/store';
import { dirOfLang } from '@/lib/i18n';
import type { Dateline, Entity } from '@/lib/types';
import {
  LIMITS, createReadAloud, highlightMentions, clearMentions, loadReaderPrefs, loadSettings, readingTime, resetReaderPrefs, resolveTheme,
  saveTheme, saveTypography, typographyVars, clampTypography, defaultTypography, type ReadAloud, type ReadAloudState, type ReaderPrefs, type Theme, type Typography,
  type SynthLike, type UtteranceLike,
} from '@/lib/reader';
import { errorText, initPage, request, t, tabParam } from '../shared/ext';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let ui = 'en';
const status = $('status');
const store = browser.storage.local;
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info') {
  status.textContent = text;
  status.className = `status ${kind === 'info' ? '' : kind}`;
}

interface View {
  url: string; title: string; byline: string | null; siteName: string | null; lang: string; dir: 'rtl' | 'ltr';
  html: string; text: string; dateline: Dateline; entities: Entity[];
}

const num = (n: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale(ui), o).format(n);

// ---------------------------------------------------------------- typography and theme
let prefs: ReaderPrefs;
let articleLang = 'und';

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = resolveTheme(theme, darkQuery.matches);
  document.documentElement.dataset.themeChoice = theme;
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) r.checked = r.value === theme;
}

function applyTypography(ty: Typography) {
  const paper = $('paper');
  for (const [k, v] of Object.entries(typographyVars(ty, articleLang))) paper.style.setProperty(k, v);
  paper.dataset.align = ty.align;
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name="font"]')) r.checked = r.value === ty.font;
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name="align"]')) r.checked = r.value === ty.align;
  $('size-value').textContent = num(ty.size);
  $<HTMLOutputElement>('size-value').title = `${ty.size}px`;
  $<HTMLSelectElement>('leading').value = ty.lineHeight.toFixed(1);
  $<HTMLSelectElement>('width').value = String(ty.width);
  $<HTMLButtonElement>('size-down').disabled = ty.size <= LIMITS.size.min;
  $<HTMLButtonElement>('size-up').disabled = ty.size >= LIMITS.size.max;
}

/** Applies a change at once (so quick repeated clicks build on each other), then stores it; writes are serialised. */
let saving: Promise<unknown> = Promise.resolve();
function changeTypography(patch: Partial<Typography>) {
  prefs.typography = clampTypography({ ...prefs.typography, ...patch }, articleLang);
  applyTypography(prefs.typography);
  const value = prefs.typography;
  saving = saving.then(() => saveTypography(store, articleLang, value)).catch(() => undefined);
}

function fillSelect(sel: HTMLSelectElement, values: number[], label: (v: number) => string, fmt: (v: number) => string) {
  sel.replaceChildren(...values.map((v) => {
    const o = document.createElement('option');
    o.value = fmt(v);
    o.textContent = label(v);
    return o;
  }));
}

function setupTypographyControls() {
  // Accessible names start with the visible text (A−, A+), then say what they do.
  $('size-down').setAttribute('aria-label', `A− ${t('readerSmaller')}`);
  $('size-up').setAttribute('aria-label', `A+ ${t('readerBigger')}`);
  const lh: number[] = [];
  for (let v = LIMITS.lineHeight.min; v <= LIMITS.lineHeight.max + 1e-9; v += 0.1) lh.push(Math.round(v * 10) / 10);
  fillSelect($<HTMLSelectElement>('leading'), lh, (v) => num(v, { minimumFractionDigits: 1 }), (v) => v.toFixed(1));
  const widths: number[] = [];
  for (let v = LIMITS.width.min; v <= LIMITS.width.max; v += LIMITS.width.step) widths.push(v);
  fillSelect($<HTMLSelectElement>('width'), widths, (v) => t('readerWidthChars', [num(v)]), String);
  $('leading').addEventListener('change', () => changeTypography({ lineHeight: Number($<HTMLSelectElement>('leading').value) }));
  $('width').addEventListener('change', () => changeTypography({ width: Number($<HTMLSelectElement>('width').value) }));
  $('size-down').addEventListener('click', () => changeTypography({ size: prefs.typography.size - LIMITS.size.step }));
  $('size-up').addEventListener('click', () => changeTypography({ size: prefs.typography.size + LIMITS.size.step }));
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name="font"]')) r.addEventListener('change', () => changeTypography({ font: r.value as Typography['font'] }));
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name="align"]')) r.addEventListener('change', () => changeTypography({ align: r.value as Typography['align'] }));
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
    r.addEventListener('change', () => {
      prefs.theme = r.value as Theme;
      applyTheme(prefs.theme);
      void saveTheme(store, prefs.theme);
    });
  }
  darkQuery.addEventListener('change', () => applyTheme(prefs.theme));
  $('typo-reset').addEventListener('click', async () => {
    await resetReaderPrefs(store);
    const s = await loadSettings(store);
    prefs = await loadReaderPrefs(store, articleLang, s.readerDefaults);
    applyTheme(prefs.theme);
    applyTypography(prefs.typography);
  });
  $('typo').addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      $<HTMLDetailsElement>('typo').open = false;
      $('typo').querySelector('summary')?.focus();
    }
  });
}

// ---------------------------------------------------------------- read aloud
let reader: ReadAloud | null = null;
let blocks: HTMLElement[] = [];

function langName(lang: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function showAloud(state: ReadAloudState) {
  const play = $<HTMLButtonElement>('btn-play');
  play.textContent = t(state === 'paused' ? 'readAloudResume' : 'readAloudPlay');
  play.hidden = state === 'playing';
  $('btn-pause').hidden = state !== 'playing';
  $('btn-stop').hidden = state !== 'playing' && state !== 'paused';
  if (state === 'no-voice') say(t('readAloudNoVoice', [langName(articleLang)]), 'error');
  else if (state === 'unsupported') say(t('readAloudUnsupported'), 'error');
}

function setupReadAloud(v: View) {
  const article = $('article');
  blocks = [$('title'), ...Array.from(article.querySelectorAll<HTMLElement>('p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td'))
    .filter((el) => !el.querySelector('p, li, blockquote, h2, h3, h4, pre') && (el.textContent ?? '').trim())];
  const synth = ('speechSynthesis' in window ? window.speechSynthesis : null) as unknown as SynthLike | null;
  reader = createReadAloud({
    synth,
    utter: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
    paragraphs: blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()),
    lang: v.lang,
    onState: showAloud,
    onParagraph: (i) => {
      for (const b of article.querySelectorAll('.reading-now')) b.classList.remove('reading-now');
      $('title').classList.remove('reading-now');
      const el = blocks[i];
      if (el) {
        el.classList.add('reading-now');
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    },
  });
  $('btn-play').addEventListener('click', () => {
    if (reader?.state === 'no-voice') return showAloud('no-voice');
    void reader?.play();
  });
  $('btn-pause').addEventListener('click', () => reader?.pause());
  $('btn-stop').addEventListener('click', () => reader?.stop());
  window.addEventListener('pagehide', () => reader?.stop());
}

// ---------------------------------------------------------------- entities
function selectEntity(e: Entity, btn: HTMLButtonElement) {
  const article = $('article');
  const pressed = btn.getAttribute('aria-pressed') === 'true';
  for (const b of document.querySelectorAll('.entity-btn[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  const panel = $('entity-panel');
  if (pressed) {
    clearMentions(article);
    panel.hidden = true;
    return;
  }
  btn.setAttribute('aria-pressed', 'true');
  const marks = highlightMentions(article, e);
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  $('entity-found').textContent = t('entityMentions', [num(marks.length)]);
  const link = $<HTMLAnchorElement>('entity-library');
  link.href = `/library.html?entity=${encodeURIComponent(e.name)}`;
  link.textContent = t('entityInLibrary', [e.name]);
  panel.hidden = false;
}

// ---------------------------------------------------------------- view
async function show(v: View) {
  document.title = v.title || t('readerTitle');
  articleLang = v.lang && v.lang !== 'und' ? v.lang : 'und';
  const settings = await loadSettings(store);
  prefs = await loadReaderPrefs(store, articleLang, settings.readerDefaults);
  applyTheme(prefs.theme);
  applyTypography(prefs.typography);
  $('typo-hint').textContent = t('readerPerLanguage', [langName(articleLang)]);

  const paper = $('paper');
  const dir = dirOfLang(v.lang) === 'rtl' ? 'rtl' : v.dir;
  paper.lang = v.lang;
  paper.dir = dir;
  const title = $('title');
  title.textContent = v.title;
  isolateBidiRuns(title, dir);
  let host = '';
  try { host = new URL(v.url).hostname; } catch { host = ''; }
  $('site').textContent = v.siteName ?? host;
  $('byline').textContent = v.byline ?? '';
  const rt = readingTime(v.text, v.lang);
  const reading = $('reading');
  reading.textContent = t('readingTime', [num(rt.minutes)]);
  reading.title = t('readingWords', [num(rt.words), num(rt.wpm)]);
  reading.lang = ui;
  reading.dir = dirOfLang(ui);
  $('dateline-slot').replaceChildren(buildDateline(document, v.dateline, { uiLang: ui, articleLang: v.lang, t }));
  const side = $('side');
  side.lang = ui;
  side.dir = dirOfLang(ui);
  $('entities-slot').replaceChildren(buildEntities(document, v.entities, { t, limit: 20, articleLang: v.lang, onSelect: selectEntity }));
  renderArticle($('article'), { html: v.html, lang: v.lang, dir: v.dir }, window, v.url, { mixedBlocks: true });
  const orig = $<HTMLAnchorElement>('link-original');
  if (/^https?:/.test(v.url)) { orig.href = v.url; orig.hidden = false; orig.lang = ui; orig.dir = dirOfLang(ui); }
  $('layout').hidden = false;
  setupReadAloud(v);
  say('');
}

async function fromSaved(id: number) {
  const lib = createLibrary(indexedDB, IDBKeyRange);
  const rec = await lib.getArticle(id);
  if (!rec) return say(t('errNotFound'), 'error');
  $('saved-badge').hidden = false;
  await show({ ...rec, text: rec.text ?? '' });
}

async function fromTab(tabId: number) {
  say(t('statusReading'));
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const tabUrl = tab?.url;
  const pending = request({ type: 'sahifa/analyze', tabId });
  // build the entity tables for the headline's language while the page extracts its article
  warmEntities({ title: tab?.title ?? '' });
  const res = await pending;
  if (!res.ok) return say(errorText(res.error, res.message, tabUrl), 'error');
  const r = res.data;
  const a = r.article;
  if (!a) return say(r.message ? `${t('errNoArticle')} (${r.message})` : t('errNoArticle'), 'error');
  let entities: Entity[] = [];
  try { entities = extractEntities({ title: a.title, text: a.text, lang: a.lang }); } catch { entities = []; }
  await show({ url: r.url, title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang, dir: a.dir, html: r.safeHtml ?? a.html, text: a.text, dateline: r.dateline, entities });
  const save = $<HTMLButtonElement>('btn-save');
  save.hidden = false;
  save.addEventListener('click', async () => {
    save.disabled = true;
    say(t('statusSaving'));
    const s = await request({ type: 'sahifa/save', tabId });
    save.disabled = false;
    if (!s.ok) return say(errorText(s.error === 'no-article' ? 'no-article' : 'save-failed', s.message, tabUrl), 'error');
    say(t(s.data.updated ? 'statusUpdated' : 'statusSaved'), 'ok');
  });
}

async function main() {
  ui = await initPage();
  prefs = { theme: 'auto', typography: defaultTypography('und') };
  applyTheme('auto');
  setupTypographyControls();
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const tab = tabParam();
  if (id !== null && /^\d+$/.test(id)) return fromSaved(Number(id));
  if (tab !== null) return fromTab(tab);
  say(t('errNoTarget'), 'error');
}

main()
  .catch((err) => say(t('errGeneric', [String((err as Error)?.message ?? err)]), 'error'))
  .finally(() => document.documentElement.setAttribute('data-ready', '1'));
