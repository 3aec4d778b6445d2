import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzePage } from '@/lib/pipeline';
import { hideClutter, STYLE_ID } from '@/lib/clutter/apply';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { isContentCommand } from '@/lib/messages';
import { createContentController, type ContentController } from '@/lib/shell/content';

/** Survives a second injection into the same page (same isolated world). */
interface Instance { controller: ContentController; ctx: ContentScriptContext }
const KEY = '__sahifaContent';

export default defineContentScript({
  // Injected on demand by the background (scripting.executeScript), never declared for all pages.
  registration: 'runtime',
  main(ctx) {
    const g = globalThis as unknown as Record<string, Instance | undefined>;
    const prev = g[KEY];
    if (prev && !prev.ctx.isInvalid) return; // already listening: the first instance keeps its state
    const controller = prev?.controller ?? createContentController({
      doc: document,
      win: window,
      url: () => location.href,
      now: () => performance.now(),
      analyze: analyzePage,
      hide: hideClutter,
      sanitize: sanitizeArticleHtml,
      styleId: STYLE_ID,
    });
    g[KEY] = { controller, ctx };
    const listener = (msg: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only the extension's own background talks to us (not other extensions, not content scripts).
      if (sender.id !== browser.runtime.id || sender.tab || !isContentCommand(msg)) return undefined;
      return Promise.resolve(controller.handle(msg));
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
