import type { Dateline } from '../types';
import { dirOfLang, withFallback, type Translate } from '../i18n';
import { formatDateTime, intlLocale } from './format';

export interface DatelineViewOptions {
  /** UI language (BCP 47) used for the date text. */
  uiLang: string;
  /** Language of the article: place/source names are shown in its direction. */
  articleLang?: string;
  /** IANA time zone for the displayed time; default: the runtime's. */
  timeZone?: string;
  t: Translate;
}

/**
 * Separator between dateline parts for a UI language: a middle dot, or a bar
 * where the language writes digits that include a dot-shaped zero (Arabic-Indic
 * ٠, Persian ۰) in the digits the UI shows (see intlLocale), since " · ٢٧"
 * reads as "٠ ٢٧". Input: BCP 47 tag. Output: the separator with its spaces.
 */
export function separatorFor(uiLang: string): string {
  let zero = '0';
  try { zero = new Intl.NumberFormat(intlLocale(uiLang)).format(0); } catch { /* unknown tag: Latin digits */ }
  return zero === '\u0660' || zero === '\u06f0' ? ' | ' : ' · ';
}

/**
 * Builds the dateline view: place · source · published time.
 *
 * Output (test hooks in DEVELOPERS.md): `[data-testid=dateline]` holding
 * `[data-testid=dateline-place]`, `[data-testid=dateline-source]` and
 * `<time data-testid=dateline-published datetime=ISO title=ISO>` (each only
 * when known). When nothing is known it holds one muted "no date" line; with a place or
 * source but no date, a muted `[data-testid=dateline-none]` says so after them (issue 4:
 * a page with no date says "no date found").
 * DOM APIs only (textContent), no HTML parsing.
 */
export function buildDateline(doc: Document, dl: Dateline | null | undefined, o: DatelineViewOptions): HTMLElement {
  const t = withFallback(o.t);
  const box = doc.createElement('div');
  box.className = 'sahifa-dateline';
  box.setAttribute('data-testid', 'dateline');
  const parts: HTMLElement[] = [];
  const named = (testid: string, label: string, value: string) => {
    const s = doc.createElement('span');
    s.setAttribute('data-testid', testid);
    s.className = `sahifa-${testid}`;
    s.title = label;
    s.dir = o.articleLang ? dirOfLang(o.articleLang) : 'auto';
    s.textContent = value;
    return s;
  };
  if (dl?.place) parts.push(named('dateline-place', t('datelinePlace'), dl.place));
  if (dl?.source) parts.push(named('dateline-source', t('datelineSource'), dl.source));
  if (dl?.published) {
    const time = doc.createElement('time');
    time.setAttribute('data-testid', 'dateline-published');
    time.className = 'sahifa-dateline-published';
    time.dateTime = dl.published;
    time.title = dl.published;
    // UI-language text inside an article-direction block: keep its own direction and language.
    time.lang = o.uiLang;
    time.dir = dirOfLang(o.uiLang);
    time.textContent = formatDateTime(dl.published, o.uiLang, o.timeZone) ?? dl.published;
    parts.push(time);
  }
  if (!parts.length) {
    box.classList.add('is-empty');
    box.textContent = t('datelineNone');
    return box;
  }
  if (!dl?.published) {
    const none = doc.createElement('span');
    none.setAttribute('data-testid', 'dateline-none');
    none.className = 'sahifa-dateline-none';
    none.textContent = t('datelineNone');
    parts.push(none);
  }
  parts.forEach((p, i) => {
    if (i) {
      const sep = doc.createElement('span');
      sep.className = 'sep';
      sep.setAttribute('aria-hidden', 'true');
      sep.textContent = separatorFor(o.uiLang);
      box.appendChild(sep);
    }
    box.appendChild(p);
  });
  return box;
}
