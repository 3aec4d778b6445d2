import type { Translate } from '../i18n';
import type { NoArticleReason } from '../types';

/**
 * The localised sentence for a page without an article. Input: the reason
 * code carried from lib/extract (`Extraction.reason`, `PageReport.reason`),
 * or undefined for an older report without one; `t` the UI translator.
 * Output: the `_locales` message `noArticle_<code, - as _>` ("No article
 * found on this page: it is mostly a list of links."), or the plain
 * `errNoArticle` sentence when the code is missing or has no message. The
 * English `message` of lib/extract is never shown in the UI (it stays for the CLI).
 */
export function noArticleText(reason: NoArticleReason | undefined, t: Translate): string {
  const text = reason ? t(`noArticle_${reason.replace(/-/g, '_')}`) : '';
  return text && !text.startsWith('noArticle_') ? text : t('errNoArticle');
}

/**
 * Disables every control under `root` marked `data-needs-article` (buttons,
 * selects, inputs get `disabled`; other elements, e.g. a `<details>` menu,
 * get `inert` and `aria-disabled="true"`). For the reader and popup when the
 * page has no article. Input: the page (or part of it). Output: the elements
 * changed, in document order.
 */
export function disableArticleControls(root: ParentNode): Element[] {
  const els = Array.from(root.querySelectorAll('[data-needs-article]'));
  for (const el of els) {
    if ('disabled' in el) (el as HTMLButtonElement).disabled = true;
    else { el.setAttribute('inert', ''); el.setAttribute('aria-disabled', 'true'); }
  }
  return els;
}
