/** Paths the e2e harness, the demo and CI share. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The e2e build of the extension (`npm run build:e2e`); SAHIFA_CHROME_EXT / SAHIFA_FIREFOX_EXT point elsewhere (e.g. a private copy). */
export const chromeExtDir = path.resolve(process.env.SAHIFA_CHROME_EXT || path.join(repoRoot, '.output-e2e/chrome-mv3'));
export const firefoxExtDir = path.resolve(process.env.SAHIFA_FIREFOX_EXT || path.join(repoRoot, '.output-e2e/firefox-mv2'));
/** Screenshots (git-ignored). */
export const artifactsDir = path.join(repoRoot, '.artifacts');
/** Browser binaries (Debian packages `chromium`, `firefox-esr`); override with SAHIFA_CHROMIUM / SAHIFA_FIREFOX. */
export const chromiumPath = process.env.SAHIFA_CHROMIUM || '/usr/bin/chromium';
export const firefoxPath = process.env.SAHIFA_FIREFOX || '/usr/bin/firefox-esr';
/** The Firefox add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'sahifa@sahifa.example';
/** Fixed moz-extension:// UUID the harness assigns to the add-on. */
export const FIREFOX_EXT_UUID = '5a41f1a0-5a1f-4a5e-9a1f-5a41f1a05a1f';
