/**
 * Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the
 * e2e build of the extension loaded, in a throw-away (or given) profile.
 * Hermetic: every host name except 127.0.0.1/localhost resolves to nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromeExtDir, chromiumPath } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's id (host of chrome-extension:// URLs). */
  extensionId: string;
  /** The extension's service worker. */
  worker: Worker;
  /** chrome-extension://ID/<rel> */
  extUrl(rel: string): string;
  /** Opens an extension page in a new tab and waits for it to load. */
  openExtPage(rel: string): Promise<Page>;
  /** Profile folder (kept with `keepProfile` to test re-opening the same profile). */
  profileDir: string;
  close(): Promise<void>;
}

/** Throws a clear, actionable error when Chromium or the e2e build is missing. */
export function assertChromiumReady(extDir = chromeExtDir, exe = chromiumPath): void {
  if (!existsSync(exe)) {
    throw new Error(`Chromium not found at ${exe}. Install it: sudo apt-get install -y chromium (or set SAHIFA_CHROMIUM). The e2e suite cannot run without it.`);
  }
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extDir}. Run: npm run build:e2e`);
  }
}

/**
 * Launches Chromium with the extension. Input: optional extension folder,
 * profile folder (default: a new temp folder, deleted on close unless
 * `keepProfile`), `headless` (default true: `--headless=new`), extra
 * Chromium `args` (e.g. `--lang=ar` for the Arabic UI). Output:
 * {@link ChromiumSession}. Throws when the binary or build is missing or the
 * extension's service worker does not start within 15 s.
 */
export async function launchChromium(opts: { extDir?: string; profileDir?: string; keepProfile?: boolean; headless?: boolean; args?: string[] } = {}): Promise<ChromiumSession> {
  const extDir = opts.extDir ?? chromeExtDir;
  assertChromiumReady(extDir);
  const profileDir = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), 'sahifa-chromium-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      ...(opts.args ?? []),
    ],
  });
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker = context.serviceWorkers().find(isOurs)
      ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
    const extensionId = new URL(worker.url()).host;
    const extUrl = (rel: string) => `chrome-extension://${extensionId}/${rel.replace(/^\/+/, '')}`;
    return {
      context,
      extensionId,
      worker,
      extUrl,
      profileDir,
      async openExtPage(rel) {
        const page = await context.newPage();
        await page.goto(extUrl(rel), { waitUntil: 'load' });
        return page;
      },
      async close() {
        await context.close();
        if (!opts.keepProfile && !opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}
