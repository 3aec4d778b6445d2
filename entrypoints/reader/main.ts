import '../shared/base.css';
import './style.css';
import { browser } from 'wxt/browser';
import { extractEntities } from '@/lib/entities';
import { buildDateline, buildEntities, intlLocale, renderArticle } from '@/lib/render';
import { createLibrary } from '@/lib/store';
import { dirOfLang } from '@/lib/i18n';
import type { Dateline, Entity } from '@/lib/types';
import { errorText, readingMinutes, request, setupPage, t, tabParam } from '../shared/ext';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = setupPage();
const status = $('status');

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info') {
  status.textContent = text;
  status.className = `status ${kind === 'info' ? '' : kind}`;
}

interface View {
  url: string; title: string; byline: string | null; siteName: string | null; lang: string; dir: 'rtl' | 'ltr';
  html: string; words: number; dateline: Dateline; entities: Entity[];
}

function show(v: View) {
  document.title = v.title || t('readerTitle');
  const paper = $('paper');
  paper.lang = v.lang;
  paper.dir = dirOfLang(v.lang) === 'rtl' ? 'rtl' : v.dir;
  $('title').textContent = v.title;
  let host = '';
  try { host = new URL(v.url).hostname; } catch { host = ''; }
  $('site').textContent = v.siteName ?? host;
  $('byline').textContent = v.byline ?? '';
  const reading = $('reading');
  reading.textContent = t('readingTime', [new Intl.NumberFormat(intlLocale(ui)).format(readingMinutes(v.words))]);
  reading.lang = ui;
  reading.dir = dirOfLang(ui);
  $('dateline-slot').replaceChildren(buildDateline(document, v.dateline, { uiLang: ui, articleLang: v.lang, t }));
  $('entities-slot').replaceChildren(buildEntities(document, v.entities, { t, articleLang: v.lang }));
  renderArticle($('article'), { html: v.html, lang: v.lang, dir: v.dir }, window, v.url);
  const orig = $<HTMLAnchorElement>('link-original');
  if (/^https?:/.test(v.url)) { orig.href = v.url; orig.hidden = false; }
  $('layout').hidden = false;
  say('');
}

async function fromSaved(id: number) {
  const lib = createLibrary(indexedDB, IDBKeyRange);
  const rec = await lib.getArticle(id);
  if (!rec) return say(t('errNotFound'), 'error');
  $('saved-badge').hidden = false;
  show({ ...rec, words: rec.text ? rec.text.split(/\s+/).length : 0 });
}

async function fromTab(tabId: number) {
  say(t('statusReading'));
  const tabUrl = await browser.tabs.get(tabId).then((tb) => tb.url, () => undefined);
  const res = await request({ type: 'sahifa/analyze', tabId });
  if (!res.ok) return say(errorText(res.error, res.message, tabUrl), 'error');
  const r = res.data;
  const a = r.article;
  if (!a) return say(r.message ? `${t('errNoArticle')} (${r.message})` : t('errNoArticle'), 'error');
  let entities: Entity[] = [];
  try { entities = extractEntities({ title: a.title, text: a.text, lang: a.lang }); } catch { entities = []; }
  show({ url: r.url, title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang, dir: a.dir, html: r.safeHtml ?? a.html, words: a.length, dateline: r.dateline, entities });
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
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const tab = tabParam();
  if (id !== null && /^\d+$/.test(id)) return fromSaved(Number(id));
  if (tab !== null) return fromTab(tab);
  say(t('errNoTarget'), 'error');
}

main().catch((err) => say(t('errGeneric', [String((err as Error)?.message ?? err)]), 'error'));
