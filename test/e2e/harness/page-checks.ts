/**
 * Browser-side checks, kept as plain JavaScript source so the same code runs
 * under playwright-core and puppeteer-core without bundler helpers leaking
 * into the page. Evaluate with {@link pageExpr}.
 */

/** Per string: whether the page contains it at all and whether a reader can see it. */
export interface TextVisibility {
  text: string;
  /** Some element outside script/style/head contains the text. */
  found: boolean;
  /** Some smallest element containing the text is rendered (checkVisibility with opacity and visibility, non-empty box). */
  visible: boolean;
}

/**
 * `(strings: string[]) => TextVisibility[]`. A string counts as visible when
 * at least one of the smallest elements whose (whitespace-collapsed) text
 * contains it is rendered: `checkVisibility({checkOpacity, checkVisibilityCSS})`
 * and a non-zero bounding box. So a string is hidden iff no rendered text holds it.
 */
export const TEXT_VISIBILITY_SRC = `(strings) => {
  const norm = (s) => String(s).replace(/\\s+/g, ' ').trim();
  const skip = 'script,style,noscript,template,head';
  const els = Array.from(document.body.querySelectorAll('*')).filter((el) => !el.closest(skip));
  const rendered = (el) => {
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const texts = new Map(els.map((el) => [el, norm(el.textContent || '')]));
  return strings.map((s) => {
    const t = norm(s);
    const holders = els.filter((el) => texts.get(el).includes(t));
    const minimal = holders.filter((el) => !Array.from(el.children).some((c) => texts.has(c) && texts.get(c).includes(t)));
    return { text: s, found: holders.length > 0, visible: minimal.some(rendered) };
  });
}`;

/** Wraps a function source and its argument into one expression string for page.evaluate. */
export function pageExpr(src: string, arg: unknown): string {
  return `(${src})(${JSON.stringify(arg)})`;
}

/** `() => string`: the page's full serialisation (for the exact-restore check). */
export const OUTER_HTML_SRC = `() => document.documentElement.outerHTML`;

/** `(msg) => Promise<reply>`: sends a message from an extension page to the background (chrome.* or browser.*). */
export const SEND_MESSAGE_SRC = `(msg) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(msg)`;

/**
 * `(url) => Promise<number|null>`: id of the tab showing `url`, from an
 * extension page (needs host permission for the URL; compares exact URLs
 * rather than match patterns, which differ across browsers on ports).
 */
export const FIND_TAB_SRC = `(url) => (globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => {
  const t = tabs.find((x) => x.url === url);
  return t ? t.id : null;
})`;

/** `(sel) => {dir, lang}` of the first element matching `sel`: its own or nearest ancestor's dir/lang, and computed direction. */
export const DIRECTION_SRC = `(sel) => {
  const el = document.querySelector(sel);
  if (!el) return null;
  const d = el.closest('[dir]');
  const l = el.closest('[lang]');
  return { dirAttr: d ? d.getAttribute('dir') : null, lang: l ? l.getAttribute('lang') : null, computed: getComputedStyle(el).direction };
}`;
