import '../shared/base.css';
import './style.css';
import { browser } from 'wxt/browser';
import { createLibrary, LibraryError } from '@/lib/store';
import { buildCard, type Card } from '@/lib/library/card';
import { SearchIndex, type LibraryQuery, type QueryTerms, type SortKey } from '@/lib/library/search';
import { matchRanges, snippetWindow, highlighted } from '@/lib/library/highlight';
import { BackupError, parseBackup, serializeBackup, toBackup } from '@/lib/library/backup';
import { exportHtml, exportMarkdown, fileName, type ExportLabels } from '@/lib/library/export';
import { OFFLINE_IMAGES_KEY, IMAGE_ORIGINS } from '@/lib/library/images';
import { formatDate, formatDateTime, formatSize, intlLocale, setIsolatedText } from '@/lib/render';
import { dirOfLang } from '@/lib/i18n';
import { initPage, t, tn } from '../shared/ext';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
// The options page may override the UI language: read it before building anything.
const ui = await initPage();
const lib = createLibrary(indexedDB, IDBKeyRange);
const nf = new Intl.NumberFormat(intlLocale(ui));
const PAGE = 25;
/** Texts of recently shown articles (for snippets), so typing does not re-read the same records. */
const textCache = new Map<number, string>();
const UNDO_MS = 8000;

let index = SearchIndex.build([]);
let shown = PAGE;
let lastIds: number[] = [];
let lastTerms: QueryTerms = [];

const els = {
  q: $<HTMLInputElement>('q'), sort: $<HTMLSelectElement>('sort'), site: $<HTMLSelectElement>('site'), lang: $<HTMLSelectElement>('lang'),
  tag: $<HTMLSelectElement>('tag'), read: $<HTMLSelectElement>('read'), entity: $<HTMLInputElement>('entity'), list: $<HTMLUListElement>('list'),
};
els.q.placeholder = t('librarySearchPlaceholder');

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info') {
  $('status').textContent = text;
  $('status').className = `status ${kind === 'info' ? '' : kind}`;
}

/** Localised text for a failed library operation (quota gets its own plain message). */
function errText(err: unknown): string {
  if (err instanceof LibraryError && err.code === 'quota') return t('errQuota');
  if (err instanceof BackupError) return t('importInvalid', [err.message]);
  return t('errGeneric', [String((err as Error)?.message ?? err)]);
}

/** A size in bytes for the UI (lib/render formatSize: localised number and unit). */
function bytes(n: number): string {
  return formatSize(n, ui);
}

function labels(): ExportLabels {
  return { collection: t('libraryTitle'), original: t('readerOriginal'), published: t('datelinePublished'), saved: t('librarySavedLabel'), tags: t('libraryFilterTag'), highlights: t('highlightsTitle'), note: t('highlightNote') };
}

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// ---------------------------------------------------------------------------
// Toast with Undo

let toastTimer: ReturnType<typeof setTimeout> | undefined;
let undoAction: (() => Promise<void>) | null = null;
function toast(text: string, undo: (() => Promise<void>) | null) {
  clearTimeout(toastTimer);
  $('toast-text').textContent = text;
  $('toast-undo').hidden = !undo;
  $('toast').hidden = false;
  undoAction = undo;
  toastTimer = setTimeout(() => { $('toast').hidden = true; undoAction = null; }, UNDO_MS);
}
$('toast-undo').addEventListener('click', async () => {
  const act = undoAction;
  undoAction = null;
  clearTimeout(toastTimer);
  $('toast').hidden = true;
  if (!act) return;
  try { await act(); } catch (err) { say(errText(err), 'error'); }
});

// ---------------------------------------------------------------------------
// Filters

function query(): LibraryQuery {
  return {
    q: els.q.value, sort: (els.sort.value || undefined) as SortKey | undefined, site: els.site.value || undefined, lang: els.lang.value || undefined,
    tag: els.tag.value || undefined, read: els.read.value as LibraryQuery['read'], entity: els.entity.value.trim() || undefined,
  };
}

function fillSelect(sel: HTMLSelectElement, values: Map<string, number>, label: (v: string) => string = (v) => v) {
  const keep = sel.value;
  const first = sel.options[0];
  const opts = [...values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v, n]) => {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = `${label(v)} (${nf.format(n)})`;
    return o;
  });
  sel.replaceChildren(first, ...opts);
  if (keep && !values.has(keep)) {
    const o = document.createElement('option');
    o.value = keep;
    o.textContent = label(keep);
    sel.appendChild(o);
  }
  sel.value = keep;
}

function refreshFilters() {
  const sites = new Map<string, number>();
  const langs = new Map<string, number>();
  const tags = new Map<string, number>();
  const ents = new Map<string, number>();
  for (const c of index.all()) {
    sites.set(c.site, (sites.get(c.site) ?? 0) + 1);
    const l = c.lang.split('-')[0].toLowerCase();
    langs.set(l, (langs.get(l) ?? 0) + 1);
    for (const tg of c.tags) tags.set(tg, (tags.get(tg) ?? 0) + 1);
    for (const e of c.entities.slice(0, 10)) ents.set(e.name, (ents.get(e.name) ?? 0) + 1);
  }
  let names: Intl.DisplayNames | null = null;
  try { names = new Intl.DisplayNames([ui], { type: 'language' }); } catch { names = null; }
  fillSelect(els.site, sites);
  fillSelect(els.lang, langs, (l) => names?.of(l) ?? l);
  fillSelect(els.tag, tags);
  const top = [...ents.entries()].sort((a, b) => b[1] - a[1]).slice(0, 300);
  $('entity-list').replaceChildren(...top.map(([n]) => { const o = document.createElement('option'); o.value = n; return o; }));
  const total = index.size;
  $('count').textContent = total ? tn('libraryCount', total, [nf.format(total)]) : '';
  const imgBytes = index.all().reduce((s, c) => s + c.imageBytes, 0);
  const allBytes = index.all().reduce((s, c) => s + c.bytes + c.imageBytes, 0);
  $('usage').textContent = total ? t('libraryUsage', [bytes(allBytes), bytes(imgBytes)]) : '';
}

// ---------------------------------------------------------------------------
// List

function chip(text: string, opts: { href?: string; onClick?: () => void; remove?: { label: string; run: () => void }; cls?: string; lang?: string }): HTMLLIElement {
  const li = document.createElement('li');
  if (opts.cls) li.className = opts.cls;
  let main: HTMLElement;
  if (opts.href) {
    const a = document.createElement('a');
    a.href = opts.href;
    main = a;
  } else {
    const b = document.createElement('button');
    b.type = 'button';
    if (opts.onClick) b.addEventListener('click', opts.onClick);
    main = b;
  }
  main.textContent = text;
  if (opts.lang) main.lang = opts.lang;
  li.appendChild(main);
  if (opts.remove) {
    const x = document.createElement('button');
    x.type = 'button';
    x.className = 'x';
    x.textContent = '×';
    x.setAttribute('aria-label', opts.remove.label);
    x.addEventListener('click', opts.remove.run);
    li.appendChild(x);
  }
  return li;
}

function item(c: Card, fullText: string | undefined, terms: QueryTerms): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('data-testid', 'library-item');
  li.dataset.id = String(c.id);
  li.classList.toggle('is-read', c.read === 1);
  li.classList.toggle('is-selected', selected.has(c.id));
  const pick = document.createElement('div');
  pick.className = 'pick';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = selected.has(c.id);
  box.setAttribute('data-testid', 'library-select');
  box.setAttribute('aria-label', t('librarySelectLabel', [c.title || c.url]));
  box.addEventListener('change', () => {
    if (box.checked) selected.add(c.id); else selected.delete(c.id);
    li.classList.toggle('is-selected', box.checked);
    showBulk();
  });
  pick.appendChild(box);
  const artDir = dirOfLang(c.lang) === 'rtl' ? 'rtl' : c.dir;
  const body = document.createElement('div');
  body.className = 'body';
  const open = document.createElement('a');
  open.className = 'title';
  open.setAttribute('data-testid', 'library-open');
  open.href = `/reader.html?id=${c.id}`;
  open.lang = c.lang;
  open.dir = artDir;
  const title = c.title || c.url;
  open.appendChild(highlighted(document, title, matchRanges(title, terms)));
  // Opening marks it read; for a plain click, wait for the write so leaving the page cannot abort it.
  open.addEventListener('click', (ev) => {
    if (c.read !== 0) return;
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) { void setRead(c, true, false); return; }
    ev.preventDefault();
    void setRead(c, true, false).finally(() => { location.href = open.href; });
  });

  const meta = document.createElement('div');
  meta.className = 'meta';
  const add = (cls: string, text: string | null, tip?: string) => {
    if (!text) return;
    const s = document.createElement('span');
    s.className = cls;
    if (cls === 'size') {
      // "19 kB" / "١٩ كيلوبايت" keeps its own order; the "·" before it stays in the page's direction.
      const b = document.createElement('bdi');
      b.dir = 'auto';
      b.textContent = text;
      s.appendChild(b);
    } else if (cls === 'site') setIsolatedText(s, text); // an English site name keeps its brackets in an Arabic card
    else s.textContent = text;
    if (tip) s.title = tip;
    meta.appendChild(s);
  };
  add('site', c.site);
  if (c.published) add('date', t('libraryPublishedOn', [formatDate(c.published, ui) ?? c.published]), c.published);
  add('saved', t('librarySavedAt', [formatDateTime(c.savedAt, ui) ?? c.savedAt]), c.savedAt);
  add('state', c.read ? t('libraryStateRead') : t('libraryStateUnread'));
  if (c.archived) add('state', t('libraryStateArchived'));
  if (c.progress !== null && c.progress !== undefined && c.progress > 0 && c.progress < 1) add('progress-note', t('readerProgressValue', [nf.format(Math.round(c.progress * 100))]));
  if (c.highlights) add('hl-count', t('libraryHighlightCount', [nf.format(c.highlights)]));
  add('size', c.imageBytes ? t('librarySizeImages', [bytes(c.bytes + c.imageBytes), bytes(c.imageBytes)]) : bytes(c.bytes));
  body.append(open, meta);

  const text = fullText ?? c.excerpt ?? '';
  if (text) {
    const ranges = terms.length ? matchRanges(text, terms) : [];
    const p = document.createElement('p');
    p.className = 'snippet';
    p.setAttribute('data-testid', 'library-snippet');
    p.lang = c.lang;
    p.dir = artDir;
    p.appendChild(highlighted(document, text, ranges, snippetWindow(text, ranges, terms.length ? 220 : 180)));
    body.appendChild(p);
  }

  const chips = document.createElement('ul');
  chips.className = 'chips';
  chips.setAttribute('aria-label', t('libraryTagsAndNames'));
  for (const tg of c.tags) {
    chips.appendChild(chip(`#${tg}`, {
      onClick: () => { els.tag.value = tg; void run(); },
      remove: { label: t('libraryRemoveTag', [tg]), run: () => void setTags(c, c.tags.filter((x) => x !== tg)) },
    }));
  }
  for (const e of c.entities.slice(0, 4)) chips.appendChild(chip(e.name, { href: `/library.html?entity=${encodeURIComponent(e.name)}`, cls: 'entity', lang: c.lang }));
  const form = document.createElement('form');
  form.className = 'add-tag';
  const input = document.createElement('input');
  input.setAttribute('aria-label', t('libraryAddTagLabel', [title]));
  input.placeholder = t('libraryAddTag');
  input.setAttribute('data-testid', 'library-tag-input');
  const addBtn = document.createElement('button');
  addBtn.type = 'submit';
  addBtn.textContent = '+';
  addBtn.setAttribute('aria-label', t('libraryAddTagButton'));
  form.append(input, addBtn);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    if (v) void setTags(c, [...c.tags, ...v.split(',')]);
  });
  const chipLi = document.createElement('li');
  chipLi.className = 'add';
  chipLi.appendChild(form);
  chips.appendChild(chipLi);
  body.appendChild(chips);

  const actions = document.createElement('div');
  actions.className = 'actions';
  const btn = (label: string, testid: string, aria: string, fn: () => void, cls = '') => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.className = cls;
    b.setAttribute('data-testid', testid);
    b.setAttribute('aria-label', aria);
    b.addEventListener('click', fn);
    actions.appendChild(b);
    return b;
  };
  const readBtn = btn(c.read ? t('libraryMarkUnread') : t('libraryMarkRead'), 'library-read', t(c.read ? 'libraryMarkUnreadLabel' : 'libraryMarkReadLabel', [title]), () => void setRead(c, c.read === 0, true));
  readBtn.setAttribute('aria-pressed', c.read ? 'true' : 'false');
  const favBtn = btn(c.favorite ? `★ ${t('libraryFavorite')}` : `☆ ${t('libraryFavorite')}`, 'library-favorite', t('libraryFavoriteLabel', [title]), () => void setFlags([c.id], { favorite: c.favorite !== 1 }, c.id), 'fav');
  favBtn.setAttribute('aria-pressed', c.favorite ? 'true' : 'false');
  btn(t(c.archived ? 'libraryUnarchive' : 'libraryArchive'), 'library-archive', t(c.archived ? 'libraryUnarchiveLabel' : 'libraryArchiveLabel', [title]), () => void setFlags([c.id], { archived: c.archived !== 1 }, c.id));
  btn(t('libraryExportHtml'), 'library-export-html', t('libraryExportOneLabel', [title, 'HTML']), () => void exportOne(c.id, 'html'));
  btn(t('libraryExportMd'), 'library-export-md', t('libraryExportOneLabel', [title, 'Markdown']), () => void exportOne(c.id, 'md'));
  btn(t('btnDelete'), 'library-delete', t('libraryDeleteLabel', [title]), () => void remove(c), 'danger');
  li.append(pick, body, actions);
  return li;
}

async function render(focusId?: number) {
  const page = lastIds.slice(0, shown);
  if (lastTerms.length) {
    const missing = page.filter((id) => !textCache.has(id));
    if (missing.length) {
      const got = await lib.getArticles(missing);
      got.forEach((a, i) => { if (a) textCache.set(missing[i], a.text); });
      while (textCache.size > 600) textCache.delete(textCache.keys().next().value as number);
    }
  }
  const items = page.map((id) => item(index.card(id)!, lastTerms.length ? textCache.get(id) : undefined, lastTerms));
  els.list.replaceChildren(...items);
  showBulk();
  $('more').hidden = lastIds.length <= shown;
  const empty = $('empty');
  empty.hidden = lastIds.length > 0;
  empty.textContent = index.size === 0 ? t('libraryEmpty') : t('libraryNoMatch');
  if (focusId !== undefined) {
    const el = els.list.querySelector<HTMLElement>(`li[data-id="${focusId}"] a.title`) ?? els.list.querySelector<HTMLElement>('a.title');
    (el ?? els.q).focus();
  }
}

let runSeq = 0;
async function run(opts: { keepShown?: boolean; focusId?: number } = {}) {
  const seq = ++runSeq;
  const q = query();
  if (q.q && /[\p{L}\p{N}]/u.test(q.q)) await termsReady;
  if (seq !== runSeq) return;
  const t0 = performance.now();
  const res = index.query(q);
  const ms = performance.now() - t0;
  if (!opts.keepShown) shown = PAGE;
  lastIds = res.ids;
  lastTerms = res.terms;
  await render(opts.focusId);
  if (seq !== runSeq) return;
  const filtered = res.terms.length || q.site || q.lang || q.tag || q.entity || (q.read && q.read !== 'all');
  // Only punctuation or spaces typed: say so instead of silently listing everything as a "result".
  if (res.wordless) say(t('librarySearchNoWords'));
  else if (filtered) say(tn('libraryResults', res.ids.length, [nf.format(res.ids.length), new Intl.NumberFormat(intlLocale(ui), { maximumFractionDigits: 1 }).format(ms)]));
  else say('');
  const params = new URLSearchParams();
  if (q.entity) params.set('entity', q.entity);
  if (q.q) params.set('q', q.q);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

// ---------------------------------------------------------------------------
// Actions

async function setRead(c: Card, read: boolean, rerender: boolean) {
  try {
    await lib.setRead(c.id, read);
    const a = await lib.getArticle(c.id);
    if (a) index.upsert(buildCard(a));
    if (rerender) { await run({ keepShown: true, focusId: c.id }); say(t(read ? 'libraryMarkedRead' : 'libraryMarkedUnread'), 'ok'); }
  } catch (err) {
    say(errText(err), 'error');
  }
}

async function setTags(c: Card, tags: string[]) {
  try {
    await lib.setTags(c.id, tags);
    const a = await lib.getArticle(c.id);
    if (a) index.upsert(buildCard(a));
    refreshFilters();
    await run({ keepShown: true, focusId: c.id });
  } catch (err) {
    say(errText(err), 'error');
  }
}

async function remove(c: Card) {
  const pos = lastIds.indexOf(c.id);
  const nextId = lastIds[pos + 1] ?? lastIds[pos - 1];
  try {
    const gone = await lib.deleteArticle(c.id);
    index.remove(c.id);
    refreshFilters();
    await run({ keepShown: true, focusId: nextId });
    if (!gone) return;
    toast(t('libraryDeletedTitle', [gone.title]), async () => {
      await lib.restoreArticle(gone);
      index.upsert(buildCard(gone));
      refreshFilters();
      await run({ keepShown: true, focusId: gone.id });
      say(t('libraryRestored'), 'ok');
    });
  } catch (err) {
    say(errText(err), 'error');
  }
}

// ---------------------------------------------------------------------------
// Selection and bulk actions

/** Ids ticked in the list (kept across re-renders while they stay in the list's results). */
const selected = new Set<number>();

function showBulk() {
  // Bulk actions act on what the list shows: ticked articles that left it (deleted, archived, filtered out) are dropped.
  const inList = new Set(lastIds);
  for (const id of [...selected]) if (!inList.has(id)) selected.delete(id);
  const shownIds = lastIds.slice(0, shown);
  const all = $<HTMLInputElement>('select-all');
  const ticked = shownIds.filter((id) => selected.has(id)).length;
  all.checked = shownIds.length > 0 && ticked === shownIds.length;
  all.indeterminate = ticked > 0 && ticked < shownIds.length;
  all.disabled = shownIds.length === 0;
  $('bulk-count').textContent = selected.size ? t('librarySelectedCount', [nf.format(selected.size)]) : '';
  $('bulk-actions').hidden = selected.size === 0;
}

/** Re-reads changed articles into the index and the list. */
async function refreshCards(ids: readonly number[], focusId?: number) {
  const got = await lib.getArticles([...ids]);
  for (const a of got) if (a) index.upsert(buildCard(a));
  refreshFilters();
  await run({ keepShown: true, focusId });
}

async function setFlags(ids: readonly number[], flags: { read?: boolean; favorite?: boolean; archived?: boolean }, focusId?: number) {
  if (!ids.length) return;
  try {
    const n = await lib.setFlags(ids, flags);
    await refreshCards(ids, focusId);
    const what = flags.archived !== undefined ? (flags.archived ? 'libraryDidArchive' : 'libraryDidUnarchive')
      : flags.favorite !== undefined ? (flags.favorite ? 'libraryDidFavorite' : 'libraryDidUnfavorite')
        : flags.read ? 'libraryMarkedRead' : 'libraryMarkedUnread';
    say(ids.length > 1 ? tn('libraryBulkDone', n, [nf.format(n)]) : t(what), 'ok');
  } catch (err) {
    say(errText(err), 'error');
  }
}

async function bulkTag(tag: string) {
  const ids = [...selected];
  const tags = tag.split(',').map((x) => x.trim()).filter(Boolean);
  if (!ids.length || !tags.length) return;
  try {
    const n = await lib.addTags(ids, tags);
    await refreshCards(ids);
    say(tn('libraryBulkDone', n, [nf.format(n)]), 'ok');
  } catch (err) {
    say(errText(err), 'error');
  }
}

async function bulkDelete() {
  const ids = [...selected];
  if (!ids.length) return;
  try {
    const gone = await lib.deleteArticles(ids);
    for (const g of gone) index.remove(g.id);
    selected.clear();
    refreshFilters();
    await run({ keepShown: true });
    els.list.focus();
    toast(tn('libraryDeletedCount', gone.length, [nf.format(gone.length)]), async () => {
      await lib.restoreArticles(gone);
      for (const g of gone) { index.upsert(buildCard(g)); selected.add(g.id); }
      refreshFilters();
      await run({ keepShown: true, focusId: gone[0]?.id });
      say(t('libraryRestored'), 'ok');
    });
  } catch (err) {
    say(errText(err), 'error');
  }
}

async function bulkExport(kind: 'html' | 'md') {
  // In the list's order.
  const ids = lastIds.filter((id) => selected.has(id));
  for (const id of selected) if (!ids.includes(id)) ids.push(id);
  const arts = (await lib.getArticles(ids)).filter((a) => !!a);
  if (!arts.length) return;
  const stamp = new Date().toISOString().slice(0, 10);
  if (kind === 'html') download(exportHtml(arts, window, { uiLang: ui, labels: labels() }), arts.length === 1 ? fileName(arts[0].title, 'html') : `sahifa-${stamp}-${arts.length}.html`, 'text/html');
  else download(exportMarkdown(arts, window, { labels: labels() }), arts.length === 1 ? fileName(arts[0].title, 'md') : `sahifa-${stamp}-${arts.length}.md`, 'text/markdown');
  say(tn('libraryExported', arts.length, [nf.format(arts.length)]), 'ok');
}

$('select-all').addEventListener('change', () => {
  const on = $<HTMLInputElement>('select-all').checked;
  for (const id of lastIds.slice(0, shown)) if (on) selected.add(id); else selected.delete(id);
  for (const box of els.list.querySelectorAll<HTMLInputElement>('input[data-testid="library-select"]')) {
    box.checked = on;
    box.closest('li')?.classList.toggle('is-selected', on);
  }
  showBulk();
});
$('bulk-read').addEventListener('click', () => void setFlags([...selected], { read: true }));
$('bulk-unread').addEventListener('click', () => void setFlags([...selected], { read: false }));
$('bulk-favorite').addEventListener('click', () => void setFlags([...selected], { favorite: true }));
$('bulk-archive').addEventListener('click', () => void setFlags([...selected], { archived: true }));
$('bulk-unarchive').addEventListener('click', () => void setFlags([...selected], { archived: false }));
$('bulk-tag-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const input = $<HTMLInputElement>('bulk-tag-input');
  const v = input.value;
  input.value = '';
  void bulkTag(v);
});
$('bulk-export-html').addEventListener('click', () => void bulkExport('html'));
$('bulk-export-md').addEventListener('click', () => void bulkExport('md'));
$('bulk-delete').addEventListener('click', () => void bulkDelete());

async function exportOne(id: number, kind: 'html' | 'md') {
  const a = await lib.getArticle(id);
  if (!a) return say(t('errNotFound'), 'error');
  if (kind === 'html') download(exportHtml([a], window, { uiLang: ui, labels: labels() }), fileName(a.title, 'html'), 'text/html');
  else download(exportMarkdown([a], window, { labels: labels() }), fileName(a.title, 'md'), 'text/markdown');
}

async function exportAll(kind: 'html' | 'md' | 'json') {
  try {
    const all = await lib.listArticles();
    if (!all.length && kind !== 'json') return say(t('libraryEmpty'));
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'json') download(serializeBackup(toBackup(all, new Date())), `sahifa-backup-${stamp}.json`, 'application/json');
    else if (kind === 'html') download(exportHtml(all, window, { uiLang: ui, labels: labels() }), `sahifa-${stamp}.html`, 'text/html');
    else download(exportMarkdown(all, window, { labels: labels() }), `sahifa-${stamp}.md`, 'text/markdown');
    say(tn('libraryExported', all.length, [nf.format(all.length)]), 'ok');
  } catch (err) {
    say(errText(err), 'error');
  }
}

async function importFile(file: File) {
  say(t('statusWorking'));
  try {
    const backup = parseBackup(await file.text());
    const r = await lib.importArticles(backup.articles);
    await reload();
    say(t('libraryImported', [nf.format(r.added), nf.format(r.updated), nf.format(r.unchanged)]), 'ok');
  } catch (err) {
    say(errText(err), 'error');
  }
}

/** Timings of the last load, for scripts/bench-search.ts: read cards, list shown, search index ready (ms since reload()). */
const timings: Record<string, number> = {};
(globalThis as { __sahifaTimings?: Record<string, number> }).__sahifaTimings = timings;

/** Resolves when the current index has its search terms (text queries wait for it). */
let termsReady: Promise<void> = Promise.resolve();

async function reload() {
  textCache.clear();
  const t0 = performance.now();
  // The list first (small metadata rows), the search terms after it is on screen.
  const cards = await lib.listCardMeta();
  timings.readMs = performance.now() - t0;
  const ix = SearchIndex.build(cards);
  index = ix;
  termsReady = lib.listCardTerms().then((rows) => { ix.attachTerms(rows); timings.termsMs = performance.now() - t0; });
  refreshFilters();
  await run({ keepShown: true });
  timings.listMs = performance.now() - t0;
  termsReady.then(() => setTimeout(() => { ix.warm(); timings.indexMs = performance.now() - t0; }, 0), (err) => say(errText(err), 'error'));
}

// ---------------------------------------------------------------------------
// Wiring

let debounce: ReturnType<typeof setTimeout> | undefined;
els.q.addEventListener('input', () => { clearTimeout(debounce); debounce = setTimeout(() => void run(), 60); });
$('filters').addEventListener('submit', (ev) => { ev.preventDefault(); clearTimeout(debounce); void run(); });
for (const sel of [els.sort, els.site, els.lang, els.tag, els.read]) sel.addEventListener('change', () => void run());
els.entity.addEventListener('change', () => void run());
$('more').addEventListener('click', () => { const first = shown; shown += PAGE; void render().then(() => els.list.querySelectorAll<HTMLElement>('a.title')[first]?.focus()); });
$('export-html').addEventListener('click', () => void exportAll('html'));
$('export-md').addEventListener('click', () => void exportAll('md'));
$('export-json').addEventListener('click', () => void exportAll('json'));
$<HTMLInputElement>('import-file').addEventListener('change', (ev) => {
  const input = ev.target as HTMLInputElement;
  const f = input.files?.[0];
  input.value = '';
  if (f) void importFile(f);
});

// The list: Arrow keys move between articles, Home/End to the ends; "/" focuses the search box.
els.list.addEventListener('keydown', (ev) => {
  const titles = [...els.list.querySelectorAll<HTMLElement>('a.title')];
  if (!titles.length) return;
  const cur = titles.findIndex((a) => a.closest('li')?.contains(document.activeElement));
  let next = -1;
  if (ev.key === 'ArrowDown') next = Math.min(titles.length - 1, cur + 1);
  else if (ev.key === 'ArrowUp') next = Math.max(0, cur - 1);
  else if (ev.key === 'Home') next = 0;
  else if (ev.key === 'End') next = titles.length - 1;
  if (next < 0 || (ev.target as HTMLElement).tagName === 'INPUT') return;
  ev.preventDefault();
  titles[next].focus();
});
document.addEventListener('keydown', (ev) => {
  const tag = (ev.target as HTMLElement).tagName;
  if (ev.key === '/' && tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') { ev.preventDefault(); els.q.focus(); }
});

// Offline images: the option asks for the host permission it needs, from this click.
const offline = $<HTMLInputElement>('offline-images');
void browser.storage.local.get(OFFLINE_IMAGES_KEY).then((v) => { offline.checked = v[OFFLINE_IMAGES_KEY] === true; }, () => undefined);
offline.addEventListener('change', () => {
  if (!offline.checked) {
    void browser.storage.local.set({ [OFFLINE_IMAGES_KEY]: false });
    say(t('libraryOfflineImagesOff'), 'ok');
    return;
  }
  // permissions.request must run inside the user gesture: no await before it.
  browser.permissions.request({ origins: [...IMAGE_ORIGINS] }).then(async (granted) => {
    offline.checked = granted;
    await browser.storage.local.set({ [OFFLINE_IMAGES_KEY]: granted });
    say(t(granted ? 'libraryOfflineImagesOn' : 'libraryOfflineImagesDenied'), granted ? 'ok' : 'error');
  }, (err) => {
    offline.checked = false;
    say(errText(err), 'error');
  });
});

const params = new URLSearchParams(location.search);
els.entity.value = params.get('entity') ?? '';
els.q.value = params.get('q') ?? '';
reload().catch((err) => say(errText(err), 'error'));
