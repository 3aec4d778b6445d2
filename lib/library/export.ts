/**
 * Export of saved articles as standalone HTML or Markdown (pure: the caller
 * passes the Window whose DOM and DOMPurify are used; lib/sanitize renders
 * every article body, so exported files run no script).
 */
import TurndownService from 'turndown';
import { renderSanitized } from '../sanitize';
import { dirOfLang } from '../i18n';

/** The fields an export reads (a SavedArticle or a backup article). */
export interface ExportArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  dir: 'rtl' | 'ltr';
  html: string;
  savedAt: string;
  dateline: { published: string | null; place: string | null; source: string | null };
  tags: string[];
}

/** Labels in the UI language (so a file exported from an Arabic UI reads in Arabic). */
export interface ExportLabels {
  /** Document title for a multi-article export. */
  collection: string;
  original: string;
  published: string;
  saved: string;
  tags: string;
}

export const DEFAULT_LABELS: ExportLabels = { collection: 'Saved articles', original: 'Original', published: 'Published', saved: 'Saved', tags: 'Tags' };

/** Small inline stylesheet: readable measure, system fonts that render Arabic, logical properties so RTL lays out right, print-friendly. */
export const EXPORT_CSS = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 44rem; padding: 2rem 1.25rem; font: 1.125rem/1.7 "Noto Serif", Georgia, serif; color: #1d2421; background: #fbfaf7; }
:lang(ar) body, body:lang(ar), article:lang(ar) { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", Tahoma, serif; line-height: 1.9; }
@media (prefers-color-scheme: dark) { body { color: #e7ece9; background: #141816; } a { color: #5fbfa3; } }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 0 0 .5rem; }
.sahifa-meta { font: .85rem/1.5 system-ui, sans-serif; color: #5e6a65; margin: 0 0 1.5rem; }
.sahifa-meta span + span::before { content: " · "; }
article + article { border-top: 1px solid #e4e1d8; margin-top: 3rem; padding-top: 2rem; }
img, video { max-width: 100%; height: auto; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 3px solid #e4e1d8; }
table { border-collapse: collapse; } td, th { border: 1px solid #e4e1d8; padding: .25rem .5rem; }
pre { overflow-x: auto; }
@media print { body { max-width: none; background: #fff; color: #000; } a { color: inherit; } }
`.trim();

function dirOf(a: ExportArticle): 'rtl' | 'ltr' {
  return dirOfLang(a.lang) === 'rtl' ? 'rtl' : a.dir;
}

function metaLine(doc: Document, a: ExportArticle, labels: ExportLabels): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'sahifa-meta';
  const add = (text: string | null | undefined, el?: HTMLElement) => {
    if (!text && !el) return;
    const s = doc.createElement('span');
    if (el) s.appendChild(el); else s.textContent = text!;
    p.appendChild(s);
  };
  add(a.siteName);
  add(a.byline);
  if (a.dateline?.published) {
    const t = doc.createElement('time');
    t.dateTime = a.dateline.published;
    t.textContent = `${labels.published}: ${a.dateline.published.slice(0, 10)}`;
    add(null, t);
  }
  if (/^https?:/.test(a.url)) {
    const link = doc.createElement('a');
    link.href = a.url;
    link.textContent = labels.original;
    add(null, link);
  }
  if (a.tags.length) add(`${labels.tags}: ${a.tags.join(', ')}`);
  return p;
}

/**
 * One standalone HTML file (UTF-8, inline stylesheet, no script) holding the
 * given articles. `<html lang dir>` is the article's for one article, the UI
 * language's for several (each `<article>` then carries its own lang/dir).
 * Input: articles (≥ 1), the Window to build and sanitise with, the UI
 * language and labels. Output: the HTML text, starting with `<!doctype html>`.
 */
export function exportHtml(articles: readonly ExportArticle[], win: Window, opts: { uiLang?: string; labels?: ExportLabels } = {}): string {
  const labels = opts.labels ?? DEFAULT_LABELS;
  const single = articles.length === 1 ? articles[0] : null;
  const doc = win.document.implementation.createHTMLDocument(single ? single.title : labels.collection);
  const root = doc.documentElement;
  root.lang = single ? single.lang : (opts.uiLang ?? 'en');
  root.dir = single ? dirOf(single) : dirOfLang(opts.uiLang ?? 'en');
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  doc.head.prepend(charset);
  const vp = doc.createElement('meta');
  vp.name = 'viewport';
  vp.content = 'width=device-width, initial-scale=1';
  const gen = doc.createElement('meta');
  gen.name = 'generator';
  gen.content = 'Sahifa';
  const style = doc.createElement('style');
  style.textContent = EXPORT_CSS;
  doc.head.append(vp, gen, style);
  for (const a of articles) {
    const art = doc.createElement('article');
    art.lang = a.lang;
    art.dir = dirOf(a);
    const h = doc.createElement('h1');
    h.textContent = a.title;
    const body = doc.createElement('div');
    body.className = 'sahifa-body';
    renderSanitized(body, a.html, win, { baseUrl: /^https?:/.test(a.url) ? a.url : undefined });
    art.append(h, metaLine(doc, a, labels), body);
    doc.body.appendChild(art);
  }
  return `<!doctype html>\n${root.outerHTML}\n`;
}

const yamlStr = (s: string) => JSON.stringify(s);

/**
 * Markdown (turndown: ATX headings, fenced code, "-" bullets). One article
 * gets YAML front matter (title, url, site, byline, lang, dir, published,
 * saved, tags); several get one "# title" section each, separated by rules.
 * Text keeps its characters and order (Arabic is not reordered or escaped).
 * Input: articles, the Window to parse with. Output: Markdown text.
 */
export function exportMarkdown(articles: readonly ExportArticle[], win: Window, opts: { labels?: ExportLabels } = {}): string {
  const labels = opts.labels ?? DEFAULT_LABELS;
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const md = (a: ExportArticle) => {
    const box = win.document.createElement('div');
    renderSanitized(box, a.html, win, { baseUrl: /^https?:/.test(a.url) ? a.url : undefined });
    return td.turndown(box).trim();
  };
  if (articles.length === 1) {
    const a = articles[0];
    const fm = ['---', `title: ${yamlStr(a.title)}`, `url: ${yamlStr(a.url)}`];
    if (a.siteName) fm.push(`site: ${yamlStr(a.siteName)}`);
    if (a.byline) fm.push(`byline: ${yamlStr(a.byline)}`);
    fm.push(`lang: ${a.lang}`, `dir: ${dirOf(a)}`);
    if (a.dateline?.published) fm.push(`published: ${a.dateline.published}`);
    fm.push(`saved: ${a.savedAt}`);
    if (a.tags.length) fm.push(`tags: [${a.tags.map(yamlStr).join(', ')}]`);
    fm.push('---');
    return `${fm.join('\n')}\n\n# ${a.title}\n\n${md(a)}\n`;
  }
  const parts = articles.map((a) => {
    const meta = [a.siteName, a.dateline?.published ? `${labels.published}: ${a.dateline.published.slice(0, 10)}` : null, `${labels.original}: <${a.url}>`]
      .filter(Boolean).join(' · ');
    return `# ${a.title}\n\n${meta}\n\n${md(a)}`;
  });
  return `${parts.join('\n\n* * *\n\n')}\n`;
}

/**
 * A safe file name from a title: keeps letters of any script, digits, spaces
 * and dashes; at most 80 characters; `fallback` when nothing is left.
 * Output: "name.ext".
 */
export function fileName(title: string, ext: string, fallback = 'sahifa'): string {
  const base = title.normalize('NFC').replace(/[^\p{L}\p{N}\p{M} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
  return `${base || fallback}.${ext}`;
}
