import '../shared/base.css';
import './style.css';
import { createLibrary, type SavedArticle } from '@/lib/store';
import { formatDate, formatDateTime, intlLocale } from '@/lib/render';
import { dirOfLang } from '@/lib/i18n';
import { setupPage, t } from '../shared/ext';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = setupPage();
const lib = createLibrary(indexedDB, IDBKeyRange);

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info') {
  $('status').textContent = text;
  $('status').className = `status ${kind === 'info' ? '' : kind}`;
}

function item(a: SavedArticle): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('data-testid', 'library-item');
  li.dataset.id = String(a.id);
  const open = document.createElement('a');
  open.className = 'title';
  open.setAttribute('data-testid', 'library-open');
  open.href = `/reader.html?id=${a.id}`;
  open.textContent = a.title || a.url;
  open.lang = a.lang;
  open.dir = dirOfLang(a.lang) === 'rtl' ? 'rtl' : a.dir;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const add = (cls: string, text: string | null, title?: string) => {
    if (!text) return;
    const s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    if (title) s.title = title;
    meta.appendChild(s);
  };
  let host = '';
  try { host = new URL(a.url).hostname; } catch { host = ''; }
  add('site', a.siteName ?? host);
  if (a.dateline?.published) add('date', formatDate(a.dateline.published, ui), a.dateline.published);
  add('saved', t('librarySavedAt', [formatDateTime(a.savedAt, ui) ?? a.savedAt]), a.savedAt);
  const actions = document.createElement('div');
  actions.className = 'actions';
  const del = document.createElement('button');
  del.type = 'button';
  del.className = 'danger';
  del.setAttribute('data-testid', 'library-delete');
  del.textContent = t('btnDelete');
  del.addEventListener('click', async () => {
    del.disabled = true;
    try {
      await lib.deleteArticle(a.id);
      say(t('libraryDeleted'), 'ok');
      await refresh();
    } catch (err) {
      del.disabled = false;
      say(t('errGeneric', [(err as Error).message]), 'error');
    }
  });
  actions.appendChild(del);
  li.append(open, actions, meta);
  return li;
}

async function refresh() {
  const all = await lib.listArticles();
  $('list').replaceChildren(...all.map(item));
  $('empty').hidden = all.length > 0;
  $('count').textContent = all.length ? t('libraryCount', [new Intl.NumberFormat(intlLocale(ui)).format(all.length)]) : '';
}

refresh().catch((err) => say(t('errGeneric', [String((err as Error)?.message ?? err)]), 'error'));
