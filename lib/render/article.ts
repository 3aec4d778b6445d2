import { renderSanitized } from '../sanitize';
import { dirOfLang } from '../i18n';
import { isolateBidiRuns, markMixedBlocks } from './bidi';

/** What the article view needs (a subset of Article, or a saved record). */
export interface ArticleViewInput {
  html: string;
  lang: string | null | undefined;
  dir?: 'rtl' | 'ltr' | null;
}

/**
 * Renders article HTML into `target` through the sanitiser, then sets the
 * container's `lang` and `dir` from the article (RTL for Arabic even when
 * the page itself had no `dir`: the language decides when `dir` is missing
 * or contradicts an RTL language) and isolates opposite-direction runs in `<bdi>`.
 *
 * Input: the container element, the article, the Window owning the
 * container, the page URL (to resolve relative links/images).
 * With `opts.mixedBlocks` (the reader), blocks written in the other
 * direction's script first get `dir="auto"` (see markMixedBlocks).
 * Output: the direction applied.
 */
export function renderArticle(target: HTMLElement, a: ArticleViewInput, win: Window, baseUrl?: string, opts: { mixedBlocks?: boolean } = {}): 'rtl' | 'ltr' {
  const lang = a.lang && a.lang !== 'und' ? a.lang : '';
  const byLang = lang ? dirOfLang(lang) : null;
  const dir: 'rtl' | 'ltr' = byLang === 'rtl' ? 'rtl' : (a.dir ?? byLang ?? 'ltr');
  if (lang) target.lang = lang; else target.removeAttribute('lang');
  target.dir = dir;
  renderSanitized(target, a.html, win, { baseUrl });
  if (opts.mixedBlocks) markMixedBlocks(target, dir);
  isolateBidiRuns(target, dir);
  return dir;
}
