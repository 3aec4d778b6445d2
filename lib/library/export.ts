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
  /** Highlights and notes made in the reader (optional: absent or empty → no section). */
  highlights?: readonly { exact: string; note: string }[];
}

/** Labels in the UI language (so a file exported from an Arabic UI reads in Arabic). */
export interface ExportLabels {
  /** Document title for a multi-article export. */
  collection: string;
  original: string;
  published: string;
  saved: string;
  tags: string;
  /** Heading of the highlights section (optional for callers from before highlights: English then). */
  highlights?: string;
  /** Prefix of a highlight's note. */
  note?: string;
}

export const DEFAULT_LABELS: ExportLabels = { collection: 'Saved articles', original: 'Original', published: 'Published', saved: 'Saved', tags: 'Tags', highlights: 'Highlights', note: 'Note' };

/** Small inline stylesheet: readable measure, system fonts that render Arabic, logical properties so RTL lays out right, print-friendly. */
export const EXPORT_CSS = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 44rem; padding: 2rem 1.25rem; font: 1.125rem/1.7 "Noto Serif", Georgia, serif; color: #1d2421; background: #fbfaf7; }
:lang(ar) body, body:lang(ar), article:lang(ar) { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", Tahoma, serif; line-height: 1.9; }
@media (prefers-color-scheme: dark) { body { color: #e7ece9; background: #141816; } a { color: #5fbfa3; } }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 0 0 .5rem; }
.sahifa-meta { font: .85rem/1.5 system-ui, sans-serif; color: #5e6a65; margin: 0 0 1.5rem; }
.sahifa-meta span + span::before { content: " · "; }
.sahifa-highlights { border-top: 1px solid #e4e1d8; margin-top: 2rem; }
.sahifa-highlights blockquote { background: #fff4c2; color: #1d2421; padding-block: .25rem; }
.sahifa-highlights .sahifa-note { margin-top: 0; font-size: .95rem; }
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

function highlightsSection(doc: Document, list: NonNullable<ExportArticle['highlights']>, labels: ExportLabels): HTMLElement {
  const sec = doc.createElement('section');
  sec.className = 'sahifa-highlights';
  const h = doc.createElement('h2');
  h.textContent = labels.highlights ?? DEFAULT_LABELS.highlights!;
  const ul = doc.createElement('ul');
  for (const x of list) {
    const li = doc.createElement('li');
    const q = doc.createElement('blockquote');
    q.textContent = x.exact;
    li.appendChild(q);
    if (x.note) {
      const n = doc.createElement('p');
      n.className = 'sahifa-note';
      n.textContent = `${labels.note ?? DEFAULT_LABELS.note!}: ${x.note}`;
      li.appendChild(n);
    }
    ul.appendChild(li);
  }
  sec.append(h, ul);
  return sec;
}

/** The highlights as Markdown: a "## Highlights" section of quotes, each followed by its note. '' when none. */
function highlightsMd(td: TurndownService, a: ExportArticle, labels: ExportLabels): string {
  if (!a.highlights?.length) return '';
  const quote = (t: string) => t.split(/\r?\n/).map((l) => `> ${td.escape(l)}`).join('\n');
  const note = (t: string) => t.split(/\r?\n/).map((l) => td.escape(l)).join('\n');
  const items = a.highlights.map((x) => (x.note ? `${quote(x.exact)}\n\n${note(`${labels.note ?? DEFAULT_LABELS.note!}: ${x.note}`)}` : quote(x.exact)));
  return `\n\n## ${mdLine(td, labels.highlights ?? DEFAULT_LABELS.highlights!)}\n\n${items.join('\n\n')}`;
}

/**
 * One standalone HTML file (UTF-8, inline stylesheet, no script) holding the
 * given articles. `<html lang dir>` is the article's for one article, the UI
 * language's for several (each `<article>` then carries its own lang/dir).
 * Highlights and notes follow each article in a `<section class="sahifa-highlights">`.
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
    if (a.highlights?.length) art.appendChild(highlightsSection(doc, a.highlights, labels));
    doc.body.appendChild(art);
  }
  return `<!doctype html>\n${root.outerHTML}\n`;
}

/**
 * A YAML double-quoted scalar (JSON string syntax is valid YAML) with `&`, `<`,
 * `>` written as `\u0026`, `\u003c`, `\u003e`: YAML readers get the exact
 * text back, and a viewer that shows front matter verbatim never sees markup.
 */
const yamlStr = (s: string) => JSON.stringify(s).replace(/[&<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A plain YAML scalar when the value is a simple token (language tag, ISO time), else a quoted one. */
const yamlScalar = (s: string) => (/^[A-Za-z0-9][A-Za-z0-9:.+_-]*$/.test(s) ? s : yamlStr(s));

/**
 * `&`, `<`, `>` as character references. CommonMark decodes them in text, link
 * text, image descriptions and link titles (so the reader sees the original
 * characters), but a hostile `<img onerror>` or `<script>` can then never
 * become raw HTML in a Markdown viewer. Not for code spans or fences, where
 * references are not decoded (code is shown literally anyway).
 */
export function escapeHtmlChars(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Turndown configured for export. Turndown 7.2 escapes Markdown syntax in
 * text but not HTML: `<`/`&` in text, image alt and link titles pass through,
 * `<pre>` without `<code>` is written raw, and a code line indented by 1–3
 * spaces can close its fence early. These rules and `escape` close those gaps.
 */
function exportTurndown(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const baseEscape = td.escape.bind(td);
  td.escape = (s: string) => escapeHtmlChars(baseEscape(s));
  const attr = (v: string | null) => (v ? v.replace(/(\n+\s*)+/g, '\n') : '');
  const dest = (v: string) => {
    const e = v.replace(/[<>()\\]/g, '\\$&');
    return /\s/.test(e) ? `<${e.replace(/\s/g, (c) => encodeURIComponent(c))}>` : e;
  };
  const title = (v: string | null) => {
    const t = attr(v);
    return t ? ` "${escapeHtmlChars(t).replace(/[\\"]/g, '\\$&')}"` : '';
  };
  td.addRule('sahifaImage', {
    filter: 'img',
    replacement: (_c, node) => {
      const el = node as HTMLElement;
      const src = el.getAttribute('src') ?? '';
      return src ? `![${td.escape(attr(el.getAttribute('alt')))}](${dest(src)}${title(el.getAttribute('title'))})` : '';
    },
  });
  td.addRule('sahifaLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => `[${content}](${dest((node as HTMLElement).getAttribute('href')!)}${title((node as HTMLElement).getAttribute('title'))})`,
  });
  td.addRule('sahifaPre', {
    filter: 'pre',
    replacement: (_c, node) => {
      const code = (node.textContent ?? '').replace(/\n$/, '');
      const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((r) => r.length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      return `\n\n${fence}\n${code}\n${fence}\n\n`;
    },
  });
  return td;
}

/** One line of Markdown text (title, meta line): newlines folded, Markdown and HTML characters escaped. */
function mdLine(td: TurndownService, s: string): string {
  return td.escape(s.replace(/\s+/g, ' ').trim());
}

/** A URL as an autolink `<…>`; characters that would end it are percent-encoded. */
const autolink = (u: string) => `<${u.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;

/**
 * Markdown (turndown: ATX headings, fenced code, "-" bullets). One article
 * gets YAML front matter (title, url, site, byline, lang, dir, published,
 * saved, tags); several get one "# title" section each, separated by rules.
 * Highlights follow each article as a "## Highlights" list of quotes and notes.
 * Text keeps its characters and order (Arabic is not reordered or escaped);
 * `&`, `<`, `>` in every field (title, meta lines, body text, image alt, link
 * titles, highlights, notes) become character references and front-matter
 * strings use `\u003c`-style escapes, so no field can turn into live HTML in a
 * Markdown viewer (code keeps them literally, inside a fence that cannot be closed early).
 * Input: articles, the Window to parse with. Output: Markdown text.
 */
export function exportMarkdown(articles: readonly ExportArticle[], win: Window, opts: { labels?: ExportLabels } = {}): string {
  const labels = opts.labels ?? DEFAULT_LABELS;
  const td = exportTurndown();
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
    fm.push(`lang: ${yamlScalar(a.lang)}`, `dir: ${dirOf(a)}`);
    if (a.dateline?.published) fm.push(`published: ${yamlScalar(a.dateline.published)}`);
    fm.push(`saved: ${yamlScalar(a.savedAt)}`);
    if (a.tags.length) fm.push(`tags: [${a.tags.map(yamlStr).join(', ')}]`);
    fm.push('---');
    return `${fm.join('\n')}\n\n# ${mdLine(td, a.title)}\n\n${md(a)}${highlightsMd(td, a, labels)}\n`;
  }
  const parts = articles.map((a) => {
    const meta = [
      a.siteName ? mdLine(td, a.siteName) : null,
      a.dateline?.published ? mdLine(td, `${labels.published}: ${a.dateline.published.slice(0, 10)}`) : null,
      `${mdLine(td, labels.original)}: ${autolink(a.url)}`,
    ].filter(Boolean).join(' · ');
    return `# ${mdLine(td, a.title)}\n\n${meta}\n\n${md(a)}${highlightsMd(td, a, labels)}`;
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
