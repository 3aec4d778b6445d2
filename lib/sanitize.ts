/**
 * The one HTML chokepoint (DOMPurify). Every piece of page-derived HTML that
 * Sahifa renders goes through here; ESLint forbids raw HTML writes anywhere else.
 *
 * Policy (an allow-list, not a block-list):
 * - article markup only: paragraphs, headings, lists, figures and images,
 *   links, tables, quotes, code/pre, time, inline emphasis, span/bdi with dir;
 * - no scripts, event handlers, forms, iframes/objects/embeds, SVG/MathML,
 *   `<style>` or `style=""`, ids, classes;
 * - `a[href]` only http(s) (relative links resolved against `baseUrl` when
 *   given); links always get `rel="noopener noreferrer"` and `target="_blank"`;
 * - `img[src]` only http(s) or `data:image/(png|jpeg|gif|webp|avif)`;
 * - tracking pixels are dropped: an `<img>` whose `width` or `height`
 *   attribute is at most 2 (px), or whose inline style hides it (`display:none`,
 *   `visibility:hidden`, `opacity:0`, width/height ≤ 2px), is removed with its
 *   attributes before anything else, so it is neither shown, stored nor fetched.
 */
import DOMPurify from 'dompurify';

type Purifier = ReturnType<typeof DOMPurify>;

export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'img', 'picture',
  'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'blockquote', 'q', 'cite', 'code', 'pre', 'kbd', 'samp', 'var', 'time',
  'span', 'bdi', 'bdo', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'del', 'ins',
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'address',
];

export const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'dir', 'lang', 'datetime',
  'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'type',
];

const SAFE_DATA_IMG = /^data:image\/(png|jpe?g|gif|webp|avif)[;,]/i;

/** Options for {@link sanitizeArticleHtml}. */
export interface SanitizeOptions {
  /** Absolute URL the HTML came from; relative href/src are resolved against it. Without it they are dropped. */
  baseUrl?: string;
}

let currentBase: string | undefined;

/** A length of at most 2 CSS px: "0", "1", "2", "1px", "0.5px" (not "1%", "2em", "auto"). */
const TINY = /^\s*(?:[0-2](?:\.\d*)?|\.\d+)\s*(?:px)?\s*$/i;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0*(?:\.0*)?\s*(?:;|$|!)|(?:max-)?(?:width|height)\s*:\s*(?:[0-2](?:\.\d*)?|\.\d+)(?:px)?\s*(?:;|$|!))/i;

/**
 * Whether an `<img>` is a tracking pixel (Sahifa's own rule, the usual 1×1
 * beacon shapes): `width`/`height` attribute ≤ 2 px, or an inline style that
 * hides it. Input: the element as parsed, before attributes are filtered.
 */
export function isTrackingPixel(img: Element): boolean {
  for (const a of ['width', 'height']) {
    const v = img.getAttribute(a);
    if (v !== null && TINY.test(v)) return true;
  }
  const style = img.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}
const purifiers = new WeakMap<Window, Purifier>();

function resolveUrl(raw: string): URL | null {
  const v = raw.trim();
  if (!v) return null;
  try {
    return currentBase ? new URL(v, currentBase) : new URL(v);
  } catch {
    return null;
  }
}

function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (p) return p;
  p = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  if (!p.isSupported) throw new Error('DOMPurify is not supported in this window');
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' && isTrackingPixel(node as Element)) (node as Element).remove();
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.tagName) return;
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') {
      const href = el.getAttribute('href');
      const u = href === null ? null : resolveUrl(href);
      if (u && (u.protocol === 'http:' || u.protocol === 'https:')) el.setAttribute('href', u.href);
      else el.removeAttribute('href');
      el.setAttribute('rel', 'noopener noreferrer');
      el.setAttribute('target', '_blank');
    } else if (tag === 'img') {
      const src = el.getAttribute('src');
      if (src !== null) {
        if (SAFE_DATA_IMG.test(src.trim())) el.setAttribute('src', src.trim());
        else {
          const u = resolveUrl(src);
          if (u && (u.protocol === 'http:' || u.protocol === 'https:')) el.setAttribute('src', u.href);
          else el.removeAttribute('src');
        }
      }
      el.setAttribute('loading', 'lazy');
      el.setAttribute('referrerpolicy', 'no-referrer');
    }
    // `type` only makes sense on lists (ol type="a"); drop it elsewhere.
    if (tag !== 'ol' && tag !== 'li') el.removeAttribute('type');
  });
  purifiers.set(win, p);
  return p;
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: ['style', 'script', 'form', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'srcdoc', 'id', 'name', 'class', 'action', 'formaction', 'xlink:href'],
  SANITIZE_DOM: true,
  WHOLE_DOCUMENT: false,
};

/**
 * Sanitises article HTML for display.
 *
 * Input: untrusted HTML (e.g. `Article.html`), the Window whose document
 * parses it (DOMPurify builds an inert document from it), optional base URL.
 * Output: an HTML string that, set as any element's content, runs no script
 * and loads nothing but http(s)/data images. Throws only when the window
 * cannot host DOMPurify (no DOM).
 */
export function sanitizeArticleHtml(html: string, win: Window, opts: SanitizeOptions = {}): string {
  const p = purifierFor(win);
  currentBase = opts.baseUrl;
  try {
    return p.sanitize(String(html ?? ''), { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
  } finally {
    currentBase = undefined;
  }
}

/**
 * Replaces the children of `target` with the sanitised form of `html`.
 * The only place in Sahifa that turns an HTML string into DOM.
 *
 * Input: a target element (any document), untrusted HTML, the Window whose
 * document owns `target`. Output: none; `target`'s old children are removed.
 */
export function renderSanitized(target: Element, html: string, win: Window, opts: SanitizeOptions = {}): void {
  const clean = sanitizeArticleHtml(html, win, opts);
  target.innerHTML = clean;
}
