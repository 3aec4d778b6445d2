import type { PageReport } from '../messages';
import type { Entity } from '../types';
import type { NewArticle } from './index';

/**
 * Turns a page report (from the content script) into a library record.
 * Input: the report (its `safeHtml` is the sanitised article), the entities
 * computed for it, the save time. Output: the record, or null when the page
 * has no article.
 */
export function buildRecord(report: PageReport, entities: Entity[], now: Date): NewArticle | null {
  const a = report.article;
  if (!a || report.safeHtml === null) return null;
  return {
    url: stripHash(report.url),
    title: a.title || report.url,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    excerpt: a.excerpt,
    html: report.safeHtml,
    text: a.text,
    dateline: report.dateline,
    entities,
    savedAt: now.toISOString(),
  };
}

/** The URL without its #fragment (the same article at another anchor is the same record). */
export function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
