/**
 * Firefox ESR (/usr/bin/firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi) with the e2e build installed as a temporary add-on at a fixed
 * moz-extension:// UUID. Hermetic: all traffic except 127.0.0.1/localhost
 * goes to a dead proxy.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXT_UUID, GECKO_ID, firefoxExtDir, firefoxPath } from './paths';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id returned by installExtension. */
  addonId: string;
  /** moz-extension://UUID/<rel> */
  extUrl(rel: string): string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtPage(rel: string): Promise<Page>;
  /** Navigates an existing page to an extension URL (same settling workaround). */
  gotoExt(page: Page, rel: string): Promise<void>;
  close(): Promise<void>;
}

/** Throws a clear, actionable error when Firefox or the e2e build is missing. */
export function assertFirefoxReady(extDir = firefoxExtDir, exe = firefoxPath): void {
  if (!existsSync(exe)) {
    throw new Error(`Firefox not found at ${exe}. Install it: sudo apt-get install -y firefox-esr (or set SAHIFA_FIREFOX). The e2e suite cannot run without it.`);
  }
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No Firefox extension build at ${extDir}. Run: npm run build:e2e`);
  }
}

/**
 * Launches headless Firefox and installs the add-on. Output:
 * {@link FirefoxSession}. Throws when the binary or build is missing.
 *
 * Navigation to moz-extension:// URLs loads the page but the navigation
 * promise never settles (see ../shared/NOTES.md): {@link FirefoxSession.gotoExt}
 * waits 2 s at most for it, then for `readyState === 'complete'` on the
 * extension origin.
 */
export async function launchFirefox(opts: { extDir?: string } = {}): Promise<FirefoxSession> {
  const extDir = opts.extDir ?? firefoxExtDir;
  assertFirefoxReady(extDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXT_UUID }),
      // Hermetic: everything but loopback goes to a closed port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  try {
    const addonId = await browser.installExtension(path.resolve(extDir));
    const extUrl = (rel: string) => `moz-extension://${FIREFOX_EXT_UUID}/${rel.replace(/^\/+/, '')}`;
    const gotoExt = async (page: Page, rel: string) => {
      const url = extUrl(rel);
      await Promise.race([
        page.goto(url).catch(() => undefined),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
      await waitUntil(
        page,
        (href: string) => location.href === href && document.readyState === 'complete',
        { timeout: 15_000, polling: 100 },
        url,
      );
    };
    return {
      browser,
      addonId,
      extUrl,
      gotoExt,
      async openExtPage(rel) {
        const page = await browser.newPage();
        await gotoExt(page, rel);
        return page;
      },
      async close() {
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

/**
 * Polls `fn` in the page (through `page.evaluate`, which WebDriver BiDi runs
 * outside the page's CSP) until it returns a truthy value. Stands in for
 * puppeteer's `waitForFunction`/`waitForSelector`, whose in-page helper uses
 * `Function()` and is blocked by the CSP of extension pages on Firefox ESR
 * 140. Errors while a page is navigating are retried. Throws after `timeout`
 * ms (default 30,000) with the predicate's source.
 */
export async function waitUntil<A extends unknown[]>(page: Page, fn: (...args: A) => unknown, opts: { timeout?: number; polling?: number } = {}, ...args: A): Promise<void> {
  const timeout = opts.timeout ?? 30_000;
  const t0 = Date.now();
  let last: unknown = null;
  for (;;) {
    try {
      if (await page.evaluate(fn as (...a: unknown[]) => unknown, ...args)) return;
    } catch (err) {
      last = err; // a navigation in flight destroys the context: try again
    }
    if (Date.now() - t0 > timeout) throw new Error(`waitUntil: not true within ${timeout} ms: ${fn.toString().slice(0, 160)}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, opts.polling ?? 100));
  }
}

/** Waits until `selector` matches an element in the page (see {@link waitUntil}). */
export function waitForSel(page: Page, selector: string, opts: { timeout?: number } = {}): Promise<void> {
  return waitUntil(page, (sel: string) => document.querySelector(sel) !== null, opts, selector);
}

/**
 * `page.setViewport` on Firefox versions whose WebDriver BiDi lacks
 * `emulation.setScreenOrientationOverride` (ESR 140): puppeteer sends the
 * viewport and the orientation together; the viewport applies, the unknown
 * orientation command is ignored. Other errors are thrown.
 */
export async function setViewportSafe(page: Page, vp: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(vp);
  } catch (err) {
    if (!/setScreenOrientationOverride/.test(String(err))) throw err;
  }
}
