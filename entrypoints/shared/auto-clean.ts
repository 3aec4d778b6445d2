/**
 * Background glue for the options page's settings: the clutter kinds the
 * clean-up hides, and auto-clean on the sites the user chose (each origin
 * granted as an optional host permission from the options page; never
 * `<all_urls>` up front). Not an entrypoint.
 */
import { browser } from 'wxt/browser';
import type { ClutterKind } from '@/lib/types';
import { CLUTTER_KINDS, loadSettings, matchesAutoClean, originPattern } from '@/lib/reader/settings';

/** The kinds chosen on the options page, or null when all are on (the content script's default). */
export async function chosenClutterKinds(): Promise<ClutterKind[] | null> {
  const s = await loadSettings(browser.storage.local);
  return s.clutterKinds.length === CLUTTER_KINDS.length ? null : s.clutterKinds;
}

/**
 * Cleans a tab when it finishes loading a page on an auto-clean site whose
 * host permission is granted. `clean(tabId)` runs the same path as the
 * toolbar button (inject + clean with the chosen kinds).
 */
export function registerAutoClean(clean: (tabId: number) => Promise<void>): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    void (async () => {
      const s = await loadSettings(browser.storage.local);
      if (!matchesAutoClean(tab.url!, s.autoClean)) return;
      const origin = originPattern(tab.url!);
      if (!origin || !(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) return;
      await clean(tabId);
    })().catch(() => undefined);
  });
}
