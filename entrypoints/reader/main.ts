import '../shared/base.css';
import './fonts.css';
import './style.css';
import { browser } from 'wxt/browser';
import { extractEntities, warmEntities } from '@/lib/entities';
import { buildDateline, buildEntities, disableArticleControls, intlLocale, isolateBidiRuns, noArticleText, renderArticle, setIsolatedText } from '@/lib/render';
import { createLibrary, type Highlight, type Library, type SavedArticle } from '@/lib/store';
import { dirOfLang } from '@/lib/i18n';
import type { Dateline, Entity } from '@/lib/types';
import {
  LIMITS, createReadAloud, highlightMentions, clearMentions, loadReaderPrefs, loadSettings, readingTime, resetReaderPrefs, resolveTheme,
  saveTheme, saveTypography, typographyVars, clampTypography, defaultTypography, type ReadAloud, type ReadAloudState, type ReaderPrefs, type Theme, type Typography,
  type SynthLike, type UtteranceLike, RATE_LIMITS, loadReadAloudPrefs, saveReadAloudPrefs,
  blockAt, paintHighlights, quoteFromRange, readingProgress, unwrapHighlights,
} from '@/lib/reader';
import { errorText, initPage, request, t, tabParam, tn } from '../shared/ext';

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
  fillSelect($<HTMLSelectElement>('width'), widths, (v) => tn('readerWidthChars', v, [num(v)]), String);
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
  const active = state === 'playing' || state === 'paused';
  const hadFocus = document.activeElement;
  play.textContent = t(state === 'paused' ? 'readAloudResume' : 'readAloudPlay');
  play.hidden = state === 'playing';
  $('btn-pause').hidden = state !== 'playing';
  $('btn-stop').hidden = !active;
  $('btn-prev').hidden = !active;
  $('btn-next').hidden = !active;
  // Keep the keyboard where it was: play ⇄ pause swap places.
  if (hadFocus === play && play.hidden) $('btn-pause').focus();
  else if (hadFocus === $('btn-pause') && state !== 'playing') play.focus();
  else if (hadFocus === $('btn-stop') && !active) play.focus();
  if (state === 'no-voice') say(t('readAloudNoVoice', [langName(articleLang)]), 'error');
  else if (state === 'unsupported') say(t('readAloudUnsupported'), 'error');
}

/** Marks the paragraph being read (class + aria-current) and scrolls it into view; -1 clears. */
function markReading(i: number) {
  for (const b of document.querySelectorAll('.reading-now')) {
    b.classList.remove('reading-now');
    b.removeAttribute('aria-current');
  }
  const el = blocks[i];
  if (!el) return;
  el.classList.add('reading-now');
  el.setAttribute('aria-current', 'true');
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

async function setupVoiceControls(ra: ReadAloud) {
  const rateSel = $<HTMLSelectElement>('rate');
  const rates: number[] = [];
  for (let r = RATE_LIMITS.min; r <= RATE_LIMITS.max + 1e-9; r += 0.1) rates.push(Math.round(r * 10) / 10);
  fillSelect(rateSel, rates, (r) => t('readAloudRateValue', [num(r, { minimumFractionDigits: 1 })]), (r) => r.toFixed(1));
  rateSel.value = ra.rate.toFixed(1);
  rateSel.addEventListener('change', () => {
    const r = ra.setRate(Number(rateSel.value));
    void saveReadAloudPrefs(store, articleLang, { rate: r });
  });
  const voices = await ra.voices();
  if (!voices.length) return;
  const voiceSel = $<HTMLSelectElement>('voice');
  voiceSel.replaceChildren(...voices.map((v) => {
    const o = document.createElement('option');
    o.value = v.name;
    o.textContent = `${v.name} (${v.lang})`;
    return o;
  }));
  voiceSel.value = ra.voice?.name ?? voices[0].name;
  voiceSel.addEventListener('change', async () => {
    if (await ra.setVoice(voiceSel.value)) void saveReadAloudPrefs(store, articleLang, { voice: voiceSel.value });
  });
  $('aloud-opts').hidden = false;
}

async function setupReadAloud(v: View) {
  const article = $('article');
  blocks = [$('title'), ...Array.from(article.querySelectorAll<HTMLElement>('p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td'))
    .filter((el) => !el.querySelector('p, li, blockquote, h2, h3, h4, pre') && (el.textContent ?? '').trim())];
  const synth = ('speechSynthesis' in window ? window.speechSynthesis : null) as unknown as SynthLike | null;
  const remembered = await loadReadAloudPrefs(store, v.lang);
  reader = createReadAloud({
    synth,
    utter: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
    paragraphs: blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()),
    lang: v.lang,
    rate: remembered.rate,
    voiceName: remembered.voice,
    onState: showAloud,
    onParagraph: markReading,
  });
  const ra = reader;
  $('btn-play').addEventListener('click', () => {
    if (ra.state === 'no-voice') return showAloud('no-voice');
    void ra.play();
  });
  $('btn-pause').addEventListener('click', () => ra.pause());
  $('btn-stop').addEventListener('click', () => ra.stop());
  $('btn-prev').addEventListener('click', () => void ra.skip(-1));
  $('btn-next').addEventListener('click', () => void ra.skip(1));
  window.addEventListener('pagehide', () => ra.stop());
  // Not awaited: the voice list may take a while (or never come, headless).
  if (synth) void setupVoiceControls(ra);
}

// ---------------------------------------------------------------- progress and position
/** The saved copy being read (position and highlights are stored in it), or null for a live tab. */
let saved: { lib: Library; rec: SavedArticle } | null = null;
const HEADER_PX = 64;

function measure() {
  const paper = $('paper');
  const top = paper.getBoundingClientRect().top + window.scrollY;
  return { top, height: paper.offsetHeight, scrollY: window.scrollY, viewport: window.innerHeight };
}

function showProgress() {
  const p = readingProgress(measure());
  const pct = Math.round(p * 100);
  $('progress-fill').style.width = `${pct}%`;
  const bar = $('progress');
  bar.setAttribute('aria-valuenow', String(pct));
  bar.setAttribute('aria-valuetext', t('readerProgressValue', [num(pct)]));
  return p;
}

let positionTimer: ReturnType<typeof setTimeout> | undefined;
function savePosition() {
  clearTimeout(positionTimer);
  if (!saved) return;
  const tops = blocks.map((b) => b.getBoundingClientRect().top + window.scrollY);
  const block = blockAt(tops, window.scrollY + HEADER_PX);
  const progress = readingProgress(measure());
  const { lib, rec } = saved;
  void lib.setPosition(rec.id, { block, progress }).then((pos) => { rec.position = pos; }, () => undefined);
}

function setupProgress() {
  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      showProgress();
      if (saved) {
        clearTimeout(positionTimer);
        positionTimer = setTimeout(savePosition, 600);
      }
    });
  }, { passive: true });
  window.addEventListener('resize', () => showProgress());
  const flush = () => { if (positionTimer !== undefined) savePosition(); };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  showProgress();
}

/** Scrolls back to where reading stopped in a saved copy (its block, under the sticky header). */
function restorePosition(rec: SavedArticle) {
  const pos = rec.position;
  if (!pos || pos.block <= 0 || !blocks[pos.block]) return;
  blocks[pos.block].scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  showProgress();
  say(t('readerResumed', [num(Math.round(pos.progress * 100))]), 'ok');
}

// ---------------------------------------------------------------- highlights
let hlMarks = new Map<string, HTMLElement[]>();

function renderHighlightList() {
  const list = $('hl-list');
  const hl = saved?.rec.highlights ?? [];
  $('hl-hint').textContent = t(saved ? (hl.length ? 'highlightsCount' : 'highlightsHint') : 'highlightsSaveFirst', [num(hl.length)]);
  list.replaceChildren(...hl.map((h) => {
    const li = document.createElement('li');
    li.dataset.testid = 'highlight-item';
    li.dataset.id = h.id;
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'hl-quote';
    go.dataset.testid = 'highlight-go';
    go.lang = saved!.rec.lang;
    go.dir = 'auto';
    go.textContent = h.exact.length > 160 ? `${h.exact.slice(0, 157)}…` : h.exact;
    if (!hlMarks.has(h.id)) go.title = t('highlightMissing');
    go.addEventListener('click', () => {
      const m = hlMarks.get(h.id)?.[0];
      if (!m) return;
      m.scrollIntoView({ block: 'center', behavior: 'smooth' });
      for (const x of hlMarks.get(h.id) ?? []) {
        x.classList.add('is-flash');
        setTimeout(() => x.classList.remove('is-flash'), 1200);
      }
    });
    const noteId = `note-${h.id}`;
    const label = document.createElement('label');
    label.className = 'sr-only';
    label.htmlFor = noteId;
    label.textContent = t('highlightNote');
    const note = document.createElement('textarea');
    note.id = noteId;
    note.rows = 2;
    note.dataset.testid = 'highlight-note';
    note.placeholder = t('highlightNotePlaceholder');
    note.dir = 'auto';
    note.value = h.note;
    note.addEventListener('change', () => void updateHighlights((all) => all.map((x) => (x.id === h.id ? { ...x, note: note.value } : x))));
    const rm = document.createElement('button');
    rm.type = 'button';
    rm.className = 'hl-remove danger';
    rm.dataset.testid = 'highlight-remove';
    rm.textContent = t('highlightRemove');
    rm.addEventListener('click', () => {
      unwrapHighlights($('article'), h.id);
      hlMarks.delete(h.id);
      void updateHighlights((all) => all.filter((x) => x.id !== h.id)).then(() => ($('hl-list').querySelector<HTMLElement>('.hl-quote') ?? $('article')).focus());
    });
    li.append(go, label, note, rm);
    return li;
  }));
}

/** Applies a change to the saved copy's highlights and stores it (one write). */
async function updateHighlights(change: (all: Highlight[]) => Highlight[]) {
  if (!saved) return;
  const { lib, rec } = saved;
  try {
    rec.highlights = await lib.setHighlights(rec.id, change(rec.highlights ?? []));
  } catch (err) {
    say(String((err as Error).message ?? err), 'error');
  }
  renderHighlightList();
}

function currentQuote() {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  return quoteFromRange($('article'), sel.getRangeAt(0));
}

async function addHighlight(withNote: boolean) {
  const q = currentQuote();
  $('hl-pop').hidden = true;
  if (!q || !saved) return;
  const id = crypto.randomUUID();
  const h: Highlight = { id, exact: q.exact, prefix: q.prefix, suffix: q.suffix, note: '', createdAt: new Date().toISOString() };
  window.getSelection()?.removeAllRanges();
  const { marks } = paintHighlights($('article'), [h]);
  hlMarks = new Map([...hlMarks, ...marks]);
  await updateHighlights((all) => [...all, h]);
  say(t('highlightAdded'), 'ok');
  if (withNote) $('hl-list').querySelector<HTMLTextAreaElement>(`li[data-id="${id}"] textarea`)?.focus();
}

function setupHighlights() {
  const pop = $('hl-pop');
  const article = $('article');
  $('hl-side').hidden = false;
  if (saved) {
    hlMarks = paintHighlights(article, saved.rec.highlights ?? []).marks;
  }
  renderHighlightList();
  if (!saved) return;
  const place = () => {
    const q = currentQuote();
    const sel = window.getSelection();
    if (!q || !sel) { pop.hidden = true; return; }
    const r = sel.getRangeAt(0).getBoundingClientRect();
    pop.hidden = false;
    const w = pop.offsetWidth;
    pop.style.top = `${Math.max(0, r.top + window.scrollY - pop.offsetHeight - 8)}px`;
    pop.style.left = `${Math.min(Math.max(8, r.left + r.width / 2 - w / 2), document.documentElement.clientWidth - w - 8)}px`;
  };
  article.addEventListener('mouseup', () => setTimeout(place, 0));
  article.addEventListener('keyup', (ev) => { if (ev.shiftKey || ev.key === 'Shift') place(); });
  document.addEventListener('selectionchange', () => { if (!currentQuote()) pop.hidden = true; });
  $('hl-add').addEventListener('click', () => void addHighlight(false));
  $('hl-add-note').addEventListener('click', () => void addHighlight(true));
  // Keyboard: "h" highlights the selected text (outside form fields).
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    if (ev.key !== 'h' || ev.ctrlKey || ev.metaKey || ev.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (!currentQuote()) return;
    ev.preventDefault();
    void addHighlight(false);
  });
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
  $('entity-found').textContent = tn('entityMentions', marks.length, [num(marks.length)]);
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
  setIsolatedText($('site'), v.siteName ?? host);
  setIsolatedText($('byline'), v.byline ?? '');
  const rt = readingTime(v.text, v.lang);
  const reading = $('reading');
  reading.textContent = tn('readingTime', rt.minutes, [num(rt.minutes)]);
  reading.title = tn('readingWords', rt.words, [num(rt.words), num(rt.wpm)]);
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
  await setupReadAloud(v);
  say('');
  setupHighlights();
  setupProgress();
}

async function fromSaved(id: number) {
  const lib = createLibrary(indexedDB, IDBKeyRange);
  const rec = await lib.getArticle(id);
  if (!rec) return say(t('errNotFound'), 'error');
  $('saved-badge').hidden = false;
  saved = { lib, rec };
  await show({ ...rec, text: rec.text ?? '' });
  restorePosition(rec);
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
  if (!a) {
    disableArticleControls(document);
    return say(noArticleText(r.reason, t), 'error');
  }
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
