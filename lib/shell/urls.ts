/**
 * Pages where browsers never let extensions run content scripts.
 * Sources: Chrome's extension docs (chrome://, chrome-extension://, the Chrome
 * Web Store hosts), Firefox's (about:, moz-extension://, the restricted
 * domains list incl. addons.mozilla.org), and Edge's add-ons site.
 */
const RESTRICTED_HOSTS = [
  /^chromewebstore\.google\.com$/i,
  /^addons\.mozilla\.org$/i,
  /^accounts-static\.cdn\.mozilla\.net$/i,
  /^microsoftedge\.microsoft\.com$/i,
];

/**
 * Why a content script cannot run on `url`, or null when it may.
 * Output: 'browser-page' (non-web scheme: chrome:, about:, view-source:, extension pages, …),
 * 'store' (extension stores), or null (http, https, file — file pages still need the user's permission,
 * which only injection can tell).
 */
export function restrictedReason(url: string | null | undefined): 'browser-page' | 'store' | null {
  if (!url) return null;
  let u: URL;
  try { u = new URL(url); } catch { return 'browser-page'; }
  if (u.protocol === 'file:') return null;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (RESTRICTED_HOSTS.some((re) => re.test(u.hostname))) return 'store';
  if (/^chrome\.google\.com$/i.test(u.hostname) && u.pathname.startsWith('/webstore')) return 'store';
  return null;
}

/** True when an injection error means "the browser forbids this page" rather than a bug (messages of Chrome and Firefox). */
export function isRestrictionError(message: string): boolean {
  return /cannot access|cannot be scripted|missing host permission|extensions gallery|manifest must request permission|not allowed|permission to access|no permission|privileged/i.test(message);
}

/** True when a tabs.sendMessage error means "no content script listening yet". */
export function isNoReceiverError(message: string): boolean {
  return /receiving end does not exist|could not establish connection|no listener|message manager disconnected|no matching message handler/i.test(message);
}
