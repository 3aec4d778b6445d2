/**
 * Demo: `npm run demo [-- --no-build] [--headed]`.
 *
 * Builds the e2e variant of the Chrome extension (localhost host permission),
 * serves the bundled sample page (test/fixtures/libyatoday-turkey-wifaq) on
 * 127.0.0.1, opens it in Chromium with the extension loaded (headless when
 * there is no DISPLAY), cleans it through the extension's own message (what
 * the toolbar button, shortcut and context menu send), writes before / after /
 * popup screenshots to .artifacts/demo/ and prints a summary: title, dateline,
 * top entities, hidden blocks by kind, click-to-clean time (ms, median of 5).
 *
 * Exit codes: 0 done; 1 no Chromium (with how to get it), build failure or a
 * demo step failing (one line on stderr).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, type ChromiumSession } from '../test/e2e/harness/chromium';
import { startStaticServer, type StaticServer } from '../test/e2e/harness/server';
import { artifactsDir, chromeExtDir, chromiumPath, repoRoot } from '../test/e2e/harness/paths';
import { FIND_TAB_SRC, SEND_MESSAGE_SRC, pageExpr } from '../test/e2e/harness/page-checks';
import { median } from '../test/e2e/harness/expectations';

const SAMPLE = 'libyatoday-turkey-wifaq/page.html';

interface Report {
  state: 'clean' | 'original';
  hidden: number;
  article: { title: string; lang: string; dir: string } | null;
  message?: string;
  dateline: { place: string | null; source: string | null; published: string | null };
  clutterByKind: Record<string, number>;
  timing: { totalMs: number };
}
interface Reply<T> { ok: boolean; data?: T; error?: string; message?: string }

function fail(msg: string): never {
  process.stderr.write(`demo: ${msg}\n`);
  process.exit(1);
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  if (!existsSync(chromiumPath)) {
    fail(`Chromium not found at ${chromiumPath}. Get it with: sudo apt-get install chromium (Debian/Ubuntu), or point SAHIFA_CHROMIUM at a Chromium binary (branded Google Chrome ignores --load-extension).`);
  }
  if (!args.includes('--no-build')) {
    console.log('Building the extension (SAHIFA_E2E=1 wxt build → .output-e2e/chrome-mv3) …');
    const b = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, env: { ...process.env, SAHIFA_E2E: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) fail('the extension build failed (npx wxt build); see the errors above.');
  } else if (!existsSync(path.join(chromeExtDir, 'manifest.json'))) {
    fail(`--no-build given but ${chromeExtDir} has no build; run npm run build:e2e first.`);
  }

  const out = path.join(artifactsDir, 'demo');
  mkdirSync(out, { recursive: true });
  let srv: StaticServer | undefined;
  let s: ChromiumSession | undefined;
  try {
    srv = await startStaticServer();
    const headless = args.includes('--headed') ? false : !process.env.DISPLAY;
    s = await launchChromium({ headless });
    const url = srv.url(SAMPLE);
    const page = await s.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(out, 'before.png'), fullPage: true });

    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(s.extUrl('library.html'), { waitUntil: 'load' });
    const tabId = (await popup.evaluate(pageExpr(FIND_TAB_SRC, url))) as number | null;
    if (tabId === null) throw new Error(`the extension cannot see the tab for ${url}`);
    const send = async <T>(msg: Record<string, unknown>) => {
      const r = (await popup.evaluate(pageExpr(SEND_MESSAGE_SRC, msg))) as Reply<T>;
      if (!r?.ok) throw new Error(`${String(msg.type)} failed: ${r?.error ?? 'no reply'} ${r?.message ?? ''}`);
      return r.data as T;
    };

    // Click-to-clean timing: the content script's own performance.now() figures.
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const on = await send<Report>({ type: 'sahifa/clean', tabId });
      times.push(on.timing.totalMs);
      await send<Report>({ type: 'sahifa/restore', tabId });
    }
    await popup.goto(s.extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
    await popup.getByTestId('title').waitFor({ timeout: 15_000 }).catch(() => undefined);
    // Clean the way a user does: the popup's own button (so the popup shows the new state).
    const state = async () => (await send<{ state: string }>({ type: 'sahifa/state', tabId })).state;
    if ((await state()) !== 'clean') await popup.getByTestId('btn-toggle').click();
    for (let t0 = Date.now(); (await state()) !== 'clean';) {
      if (Date.now() - t0 > 10_000) throw new Error('the page did not become clean after clicking the popup button');
      await popup.waitForTimeout(100);
    }
    const report = await send<Report>({ type: 'sahifa/analyze', tabId });
    await popup.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'after.png'), fullPage: true });
    await popup.screenshot({ path: path.join(out, 'popup.png'), fullPage: true });
    const entities = (await popup.getByTestId('entity').allInnerTexts().catch(() => [] as string[]))
      .map((t) => t.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim());

    const dl = report.dateline;
    const kinds = Object.entries(report.clutterByKind ?? {}).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
    console.log([
      '',
      `Page:       ${url}`,
      `Title:      ${report.article?.title ?? `(no article: ${report.message ?? '?'})`}`,
      `Language:   ${report.article ? `${report.article.lang} (${report.article.dir})` : '-'}`,
      `Dateline:   ${[dl.place, dl.source].filter(Boolean).join(' – ') || '(none)'}; published ${dl.published ?? '(unknown)'}`,
      `Entities:   ${entities.slice(0, 8).join(' · ') || '(none shown)'}`,
      `Hidden:     ${report.hidden} blocks (${kinds})`,
      `Clean time: ${median(times).toFixed(1)} ms median of ${times.length} (content script, performance.now())`,
      `Screenshots: ${path.relative(process.cwd(), out)}/before.png, after.png, popup.png`,
      '',
    ].join('\n'));
  } finally {
    await s?.close();
    await srv?.close();
  }
}

run().catch((err) => fail(String((err as Error)?.message ?? err).split('\n')[0]));
