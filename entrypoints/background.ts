import { browser } from 'wxt/browser';
import { isExtensionPageSender, isPageRequest, type PageReport } from '@/lib/messages';
import { createLibrary, type Library } from '@/lib/store';
import { extractEntities } from '@/lib/entities';
import { IMAGE_ORIGINS, OFFLINE_IMAGES_KEY } from '@/lib/library/images';
import { commandTab, handlePageRequest, saveTab, type BackgroundDeps } from '@/lib/shell/background';
import { chosenClutterKinds, registerAutoClean } from './shared/auto-clean';

const CONTENT_FILE = '/content-scripts/content.js';

export default defineBackground(() => {
  let library: Library | null = null;
  const deps: BackgroundDeps = {
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    inject: async (tabId) => {
      // Chrome MV3 and Firefox 102+ (MV2 with the "scripting" permission) have scripting; older Firefox has tabs.executeScript.
      if (browser.scripting?.executeScript) {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_FILE] });
      } else {
        const tabs = browser.tabs as unknown as { executeScript(id: number, d: { file: string; frameId?: number }): Promise<unknown> };
        await tabs.executeScript(tabId, { file: CONTENT_FILE, frameId: 0 });
      }
    },
    send: (tabId, cmd) => browser.tabs.sendMessage(tabId, cmd, { frameId: 0 }),
    entities: extractEntities,
    library: () => (library ??= createLibrary(indexedDB, IDBKeyRange)),
    now: () => new Date(),
    clutterKinds: chosenClutterKinds,
    offlineImages: async () => (await browser.storage.local.get(OFFLINE_IMAGES_KEY))[OFFLINE_IMAGES_KEY] === true
      && browser.permissions.contains({ origins: [...IMAGE_ORIGINS] }),
    fetchImage: async (url) => {
      const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!res.ok) return null;
      return { type: res.headers.get('content-type') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
    },
  };

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (!isPageRequest(msg)) return undefined;
    if (!isExtensionPageSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return handlePageRequest(deps, msg);
  });

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const badge = (tabId: number, text: string, color = '#1f6f5c') => {
    void action?.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
    void action?.setBadgeText({ tabId, text }).catch(() => undefined);
  };
  const showToggle = (tabId: number, r: Awaited<ReturnType<typeof commandTab>>) => {
    if (!r.ok) return badge(tabId, '!', '#b3261e');
    const rep = r.data as PageReport;
    badge(tabId, rep.state === 'clean' ? String(rep.hidden || '✓') : '');
  };
  const toggle = async (tabId: number) => showToggle(tabId, await commandTab(deps, tabId, 'toggle'));
  registerAutoClean(async (tabId) => showToggle(tabId, await commandTab(deps, tabId, 'clean')));
  const save = async (tabId: number) => {
    const r = await saveTab(deps, tabId);
    badge(tabId, r.ok ? '★' : '!', r.ok ? '#1f6f5c' : '#b3261e');
    setTimeout(() => badge(tabId, ''), 2500);
  };

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: 'sahifa-toggle', title: browser.i18n.getMessage('menuToggle') || 'Clean page / Show original', contexts: ['page'] });
      browser.contextMenus.create({ id: 'sahifa-save', title: browser.i18n.getMessage('menuSave') || 'Save article', contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || tab.id < 0) return;
    if (info.menuItemId === 'sahifa-toggle') void toggle(tab.id);
    else if (info.menuItemId === 'sahifa-save') void save(tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    if (command === 'toggle-clean') await toggle(id);
    else if (command === 'save-article') await save(id);
  });
});
