import { Readability } from '@mozilla/readability';
import type { Article } from '../types';

/** Attribute that carries each element's document-order index on the clone. */
export const INDEX_ATTR = 'data-sahifa-i';

export interface Extraction {
  article: Article | null;
  /** Why article is null, in plain words. */
  message?: string;
  /**
   * Elements of the *input* document whose text ended up in the article
   * (mapped back from the clone by document-order index). Clean-up never
   * hides these or their ancestors.
   */
  kept: Set<Element>;
  /** The input document's element that best encloses the article, or null. */
  root: Element | null;
}

/**
 * Extracts the article from a clone of `doc` with Readability; the input
 * document is never modified.
 *
 * Input: a parsed Document (live page, or jsdom in the CLI); `url` is used
 * to resolve relative links. Output: see {@link Extraction}. Never throws on
 * page content: a page without an article gives `article: null` + message.
 */
export function extractArticle(doc: Document, _opts: { url: string }): Extraction {
  const liveEls = Array.from(doc.getElementsByTagName('*'));
  const clone = doc.cloneNode(true) as Document;
  const cloneEls = clone.getElementsByTagName('*');
  for (let i = 0; i < cloneEls.length; i++) cloneEls[i].setAttribute(INDEX_ATTR, String(i));

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability(clone, { keepClasses: false, serializer: (n) => n }).parse();
  } catch (err) {
    return { article: null, message: `Extraction failed: ${(err as Error).message}`, kept: new Set(), root: null };
  }
  if (!parsed || !parsed.content) {
    return { article: null, message: 'No article found on this page.', kept: new Set(), root: null };
  }
  const content = parsed.content as unknown as Element;
  const kept = new Set<Element>();
  for (const el of Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`))) {
    const live = liveEls[Number(el.getAttribute(INDEX_ATTR))];
    if (live) kept.add(live);
    el.removeAttribute(INDEX_ATTR);
  }
  const text = (content.textContent ?? '').replace(/\s+/g, ' ').trim();
  const lang = (parsed.lang || doc.documentElement.lang || 'und').split(/[-_]/)[0].toLowerCase();
  const article: Article = {
    title: parsed.title ?? '',
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    lang,
    dir: parsed.dir === 'rtl' || /^(ar|fa|he|ur|ps|ckb|yi|dv)$/.test(lang) ? 'rtl' : 'ltr',
    excerpt: parsed.excerpt || null,
    text,
    html: content.innerHTML,
    length: text ? text.split(/\s+/).length : 0,
  };
  return { article, kept, root: null };
}
