import '../shared/base.css';
import './style.css';
import { browser } from 'wxt/browser';
import { extractEntities, warmEntities } from '@/lib/entities';
import { buildDateline, buildEntities, intlLocale, noArticleText, renderArticle, setIsolatedText } from '@/lib/render';
import type { PageReport } from '@/lib/messages';
import { dirOfLang } from '@/lib/i18n';
import { errorText, initPage, readingMinutes, request, t, tabParam, tn } from '../shared/ext';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = await initPage();
const status = $('status');
const btnToggle = $<HTMLButtonElement>('btn-toggle');
const btnReader = $<HTMLButtonElement>('btn-reader');
const btnSave = $<HTMLButtonElement>('btn-save');
let tabUrl: string | undefined;

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info') {
  status.textContent = text;
  status.className = `status ${kind === 'info' ? '' : kind}`;
}

function showState(r: PageReport) {
  btnToggle.textContent = t(r.state === 'clean' ? 'btnOriginal' : 'btnClean');
  btnToggle.dataset.state = r.state;
  const num = new Intl.NumberFormat(intlLocale(ui), { maximumFractionDigits: 0 });
  const ms = num.format(r.timing.totalMs);
  say(r.state === 'clean' ? tn('statusClean', r.hidden, [num.format(r.hidden), ms]) : tn('statusOriginal', r.clutter.length, [num.format(r.clutter.length), ms]));
}

function showReport(r: PageReport) {
  const a = r.article;
  btnToggle.disabled = false;
  showState(r);
  if (!a) {
    $('meta').hidden = true;
    const p = document.createElement('p');
    p.className = 'empty';
    p.dataset.testid = 'no-article';
    if (r.reason) p.dataset.reason = r.reason;
    p.textContent = noArticleText(r.reason, t);
    $('article').replaceChildren(p);
    return;
  }
  btnReader.disabled = false;
  btnSave.disabled = false;
  $('meta').hidden = false;
  $('meta').lang = a.lang;
  const title = $('title');
  title.textContent = a.title;
  title.lang = a.lang;
  title.dir = a.dir;
  setIsolatedText($('site'), a.siteName ?? new URL(r.url).hostname);
  setIsolatedText($('byline'), a.byline ?? '');
  const reading = $('reading');
  const minutes = readingMinutes(a.length, a.lang);
  reading.textContent = tn('readingTime', minutes, [new Intl.NumberFormat(intlLocale(ui)).format(minutes)]);
  reading.dir = dirOfLang(ui);
  $('dateline-slot').replaceChildren(buildDateline(document, r.dateline, { uiLang: ui, articleLang: a.lang, t }));
  let entities: ReturnType<typeof extractEntities> = [];
  try {
    entities = extractEntities({ title: a.title, text: a.text, lang: a.lang });
  } catch {
    entities = [];
  }
  $('entities-slot').replaceChildren(buildEntities(document, entities, { t, limit: 10, articleLang: a.lang }));
  renderArticle($('article'), { html: r.safeHtml ?? a.html, lang: a.lang, dir: a.dir }, window, r.url);
}

async function main() {
  let tabId = tabParam();
  let tabTitle = '';
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
    tabUrl = tab?.url;
    tabTitle = tab?.title ?? '';
  } else {
    const tb = await browser.tabs.get(tabId).catch(() => undefined);
    tabUrl = tb?.url;
    tabTitle = tb?.title ?? '';
  }
  if (tabId === null) return say(t('errNoTarget'), 'error');
  const id = tabId;
  say(t('statusReading'));
  const pending = request({ type: 'sahifa/analyze', tabId: id });
  // build the entity tables for the headline's language while the page extracts its article
  warmEntities({ title: tabTitle });
  const res = await pending;
  if (!res.ok) return say(errorText(res.error, res.message, tabUrl), 'error');
  showReport(res.data);

  btnToggle.addEventListener('click', async () => {
    btnToggle.disabled = true;
    say(t('statusWorking'));
    const r = await request({ type: 'sahifa/toggle', tabId: id });
    btnToggle.disabled = false;
    if (!r.ok) return say(errorText(r.error, r.message, tabUrl), 'error');
    showState(r.data);
  });
  btnReader.addEventListener('click', async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${id}`) });
    if (tabParam() === null) window.close();
  });
  btnSave.addEventListener('click', async () => {
    btnSave.disabled = true;
    say(t('statusSaving'));
    const r = await request({ type: 'sahifa/save', tabId: id });
    btnSave.disabled = false;
    if (!r.ok) return say(errorText(r.error === 'no-article' ? 'no-article' : 'save-failed', r.message, tabUrl), 'error');
    say(t(r.data.updated ? 'statusUpdated' : 'statusSaved'), 'ok');
  });
}

$('btn-library').addEventListener('click', () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
});
main().catch((err) => say(t('errGeneric', [String((err as Error)?.message ?? err)]), 'error'));
