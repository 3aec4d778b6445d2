// @vitest-environment jsdom
/** Options page → "which clutter kinds to hide" reaches hideClutter through the clean message. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isContentCommand } from '../../../lib/messages';
import { createContentController, type ContentDeps } from '../../../lib/shell/content';
import { commandTab, type BackgroundDeps } from '../../../lib/shell/background';
import { analyzePage } from '../../../lib/pipeline';
import { hideClutter, HIDE_ATTR, STYLE_ID } from '../../../lib/clutter/apply';
import { sanitizeArticleHtml } from '../../../lib/sanitize';
import type { ClutterKind } from '../../../lib/types';

function fixtureDoc(): Document {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq/page.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
function contentDeps(doc: Document): ContentDeps {
  let clock = 0;
  return { doc, win: window, url: () => 'https://news.example/a.html', now: () => (clock += 1), analyze: analyzePage, hide: hideClutter, sanitize: sanitizeArticleHtml, styleId: STYLE_ID };
}
const hiddenKinds = (doc: Document) => new Set(Array.from(doc.querySelectorAll(`[${HIDE_ATTR}]`), (e) => e.getAttribute(HIDE_ATTR)));

describe('clutter kinds wiring', () => {
  it('the content command accepts a list of known kinds only', () => {
    expect(isContentCommand({ type: 'sahifa/content', cmd: 'clean', kinds: ['ad', 'comments'] })).toBe(true);
    expect(isContentCommand({ type: 'sahifa/content', cmd: 'clean', kinds: ['ad', 'evil'] })).toBe(false);
    expect(isContentCommand({ type: 'sahifa/content', cmd: 'clean', kinds: 'ad' })).toBe(false);
  });

  it('clean with kinds hides only those kinds; without kinds, every kind found', () => {
    const all = fixtureDoc();
    const c1 = createContentController(contentDeps(all));
    const r1 = c1.handle({ type: 'sahifa/content', cmd: 'clean' });
    const kindsFound = hiddenKinds(all);
    // The fixture has several kinds of clutter, so the filter can show.
    expect(kindsFound.size).toBeGreaterThan(1);
    const keep = [...kindsFound][0] as ClutterKind;

    const some = fixtureDoc();
    const c2 = createContentController(contentDeps(some));
    const r2 = c2.handle({ type: 'sahifa/content', cmd: 'clean', kinds: [keep] });
    expect([...hiddenKinds(some)]).toEqual([keep]);
    expect(r1.ok && r2.ok && r2.report.hidden < (r1.report as { hidden: number }).hidden).toBe(true);
  });

  it('the background attaches the stored kinds to clean and toggle, not to analyze', async () => {
    const sent: Array<{ cmd: string; kinds?: ClutterKind[] }> = [];
    const deps: BackgroundDeps = {
      tabUrl: async () => 'https://news.example/a.html',
      inject: async () => {},
      send: async (_t, cmd) => { sent.push(cmd); return { ok: false, error: 'content-error', message: 'stub' }; },
      entities: () => [],
      library: () => { throw new Error('unused'); },
      now: () => new Date(0),
      clutterKinds: async () => ['ad', 'overlay'],
    };
    await commandTab(deps, 1, 'clean');
    await commandTab(deps, 1, 'toggle');
    await commandTab(deps, 1, 'analyze');
    expect(sent).toEqual([
      { type: 'sahifa/content', cmd: 'clean', kinds: ['ad', 'overlay'] },
      { type: 'sahifa/content', cmd: 'toggle', kinds: ['ad', 'overlay'] },
      { type: 'sahifa/content', cmd: 'analyze' },
    ]);
  });
});
