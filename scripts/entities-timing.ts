/**
 * Time of key-entity extraction in real Chromium (issue 5 budget: ≤ 50 ms on a 1,000-word article),
 * and the gzip size of the code that ships it. A measurement script, not a test.
 *
 *   npx tsx scripts/entities-timing.ts [--runs 30] [--words 1000] [--cold 5] [--src DIR]
 *
 * `--src DIR` bundles DIR/lib/entities instead of this checkout's (e.g. an older commit unpacked with
 * `git archive <commit> lib | tar -x -C DIR`, to compare).
 *
 * Needs Debian's Chromium (/usr/bin/chromium or SAHIFA_CHROMIUM) and the e2e build of the extension
 * (`SAHIFA_E2E=1 npx wxt build`, i.e. `.output-e2e/chrome-mv3`; SAHIFA_CHROME_EXT points elsewhere).
 *
 * What it does: launches Chromium with the extension (test/e2e/harness/chromium.ts), opens the
 * extension's own reader page (chrome-extension://ID/reader.html, the page that shows entities),
 * evaluates an esbuild bundle of lib/entities there (page.evaluate goes through DevTools, so the
 * page's CSP does not apply; the code is the same source the reader bundles) and times
 * `extractEntities` with `performance.now()` inside the page on ~1,000-word Arabic and English
 * texts made from the seen evaluation splits (dev, test1, test2, test3: the same text every run, so figures stay comparable across rounds; held-out splits are never read).
 * Each measurement runs in a fresh browser, `--cold` times per mode (medians over browsers are
 * reported, the first call being a one-off per browser). Reported per language: the one-off set-up (first call on
 * a one-word text: gazetteers, Intl region names), the first call on the article (code not yet optimised), the median of
 * runs 2–21 (warm) and of the rest (hot), and the fastest repeat call (the figure least disturbed by
 * other processes on a shared machine), all in ms and scaled to 1,000 words, with the load average;
 * then, in another fresh browser, the path the popup and reader take since round 5: `warmEntities`
 * on the headline (hidden in the content-script round trip), then the first article call.
 * Sizes: gzip (level 9) of the esbuild bundle of lib/entities and of each built extension chunk that
 * contains the entity code (found by a marker string from lib/entities/data).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/harness/chromium';
import { chromeExtDir, repoRoot } from '../test/e2e/harness/paths';

const args = process.argv.slice(2);
const num = (flag: string, d: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : d);
const RUNS = num('--runs', 30);
const WORDS = num('--words', 1000);
const SRC = args.includes('--src') ? path.resolve(args[args.indexOf('--src') + 1]) : repoRoot;

interface EvalText { title: string; text: string; lang: string; split: string }

/** ~WORDS words of text for `lang`, paragraphs of the seen splits in file order (dev, test1–test3 only: a fixed text across rounds). */
function article(lang: string): { title: string; text: string; words: number } {
  const dir = path.join(repoRoot, 'test/entities-eval');
  const files = [`${lang}.json`, `${lang}-test2.json`, `${lang}-test3.json`].filter((f) => existsSync(path.join(dir, f)));
  const texts: EvalText[] = files.flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).texts).filter((t: EvalText) => t.split !== 'test4');
  let text = '';
  for (let i = 0; text.split(/\s+/).length < WORDS; i++) text += (text ? '\n\n' : '') + texts[i % texts.length].text;
  return { title: texts[0].title, text, words: text.split(/\s+/).length };
}

const esbuild = await import('esbuild');
const built = await esbuild.build({
  entryPoints: [path.join(SRC, 'lib/entities/index.ts')],
  bundle: true, minify: true, format: 'iife', globalName: '__sahifaEntities', platform: 'browser', write: false,
  nodePaths: [path.join(repoRoot, 'node_modules')],
});
const bundle = built.outputFiles[0].text;
const kB = (n: number) => (n / 1024).toFixed(1);
console.log(`lib/entities bundle (esbuild, minified): ${kB(bundle.length)} kB, ${kB(gzipSync(bundle, { level: 9 }).length)} kB gzip`);

// built chunks that carry the entity code (a word from the Arabic cue data marks them)
if (existsSync(chromeExtDir)) {
  const marker = JSON.parse(readFileSync(path.join(repoRoot, 'lib/entities/data/ar.json'), 'utf8')).placeSuffixes[0] as string;
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
  for (const f of walk(chromeExtDir).filter((x) => x.endsWith('.js'))) {
    const src = readFileSync(f);
    if (!src.toString('utf8').includes(marker)) continue;
    console.log(`built chunk with lib/entities: ${path.relative(chromeExtDir, f)} ${kB(src.length)} kB, ${kB(gzipSync(src, { level: 9 }).length)} kB gzip`);
  }
}

type Api = { extractEntities: (i: unknown) => unknown[]; warmEntities?: (s: { title: string; lang?: string }) => string };
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/**
 * One cold browser per measurement (extension pages share a renderer process, so ICU data and
 * compiled code would carry over from one language to the next in the same browser).
 * mode "plain": set-up on a one-word text, then the article calls (the round-4 measurement).
 * mode "warm": what the popup/reader do since round 5: warmEntities(headline) while the page's
 * article is on its way (old sources without warmEntities: extractEntities on the headline alone),
 * then the first article call, which is the entity time the user waits for.
 */
async function measure(lang: string, mode: 'plain' | 'warm') {
  const a = article(lang);
  const session = await launchChromium();
  try {
    const page = await session.openExtPage('reader.html');
    await page.evaluate(bundle + '\n;globalThis.__sahifaEntities = __sahifaEntities;');
    const version = session.context.browser()?.version() ?? '?';
    const r = await page.evaluate(({ input, runs, mode }) => {
      const api = (globalThis as unknown as { __sahifaEntities: Api }).__sahifaEntities;
      const s0 = performance.now();
      if (mode === 'plain') api.extractEntities({ title: '', text: input.lang === 'ar' ? 'قال' : 'Said', lang: input.lang });
      else if (api.warmEntities) api.warmEntities({ title: input.title, lang: '' });
      else api.extractEntities({ title: input.title, text: '', lang: '' });
      const setup = performance.now() - s0;
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        api.extractEntities(input);
        out.push(performance.now() - t0);
      }
      return { out, setup, hasWarm: !!api.warmEntities };
    }, { input: { title: a.title, text: a.text, lang }, runs: RUNS, mode });
    return { ...r, words: a.words, version };
  } finally {
    await session.close();
  }
}

const COLD = num('--cold', 5);
for (const lang of ['ar', 'en']) {
  const plain = [];
  const warmed = [];
  for (let k = 0; k < COLD; k++) {
    plain.push(await measure(lang, 'plain'));
    warmed.push(await measure(lang, 'warm'));
  }
  const p = plain[0];
  const m = (xs: number[]) => med(xs).toFixed(1);
  const per = (ms: number) => ((ms * 1000) / p.words).toFixed(1);
  const rep = plain.flatMap((x) => x.out.slice(1));
  console.log(`${lang} (Chromium ${p.version}, reader.html, ${COLD} cold browsers × ${RUNS} runs, medians over browsers): ${p.words} words; ` +
    `set-up on a one-word text ${m(plain.map((x) => x.setup))} ms; first article call ${m(plain.map((x) => x.out[0]))} ms; ` +
    `set-up + first call ${m(plain.map((x) => x.setup + x.out[0]))} ms; repeat calls: median ${m(rep)} ms (${per(med(rep))} ms per 1,000 words), min ${Math.min(...rep).toFixed(1)} ms; load average ${loadavg()[0].toFixed(1)}`);
  console.log(`${lang} with warm-up on the headline (${warmed[0].hasWarm ? 'warmEntities' : 'extractEntities on the headline'}, run while the article is fetched): ` +
    `warm-up ${m(warmed.map((x) => x.setup))} ms, then first article call ${m(warmed.map((x) => x.out[0]))} ms (min ${Math.min(...warmed.map((x) => x.out[0])).toFixed(1)}; the user-visible entity time); load average ${loadavg()[0].toFixed(1)}`);
}
