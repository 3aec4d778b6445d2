// @vitest-environment node
/**
 * The CLI (scripts/extract.ts), spawned as a user runs it: output shape,
 * equivalence with the in-process pipeline, bad-input exit codes, charset
 * decoding and the --stdin-jsonl stream.
 */
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../../../lib/pipeline';
import { toCliResult } from '../../../scripts/extract';
import { sanitizeArticleHtml } from '../../../lib/sanitize';
import { repoRoot, runCli, startCli } from './run-cli';

const fixtureDir = path.join(repoRoot, 'test/fixtures/libyatoday-turkey-wifaq');
const pagePath = path.join(fixtureDir, 'page.html');
const expected = JSON.parse(readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as {
  url: string; lang: string; dir: string; article_paragraphs: string[];
};
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const TOP_KEYS = ['article', 'clutter', 'dateline', 'entities', 'url', 'visibleText'];
const ARTICLE_KEYS = ['byline', 'dir', 'excerpt', 'html', 'lang', 'siteName', 'text', 'title'];
const DATELINE_KEYS = ['evidence', 'modified', 'place', 'published', 'source'];

// Each case spawns a process (npx tsx): give it room on a loaded 2-core CI machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(path.join(tmpdir(), 'sahifa-cli-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

function expectBadInput(run: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('extract CLI on the bundled Arabic news page', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let out: ReturnType<typeof toCliResult>;
  beforeAll(async () => {
    run = await runCli([pagePath, '--url', expected.url]);
    out = JSON.parse(run.stdout);
  });

  it('prints exactly one JSON object, nothing on stderr, exit 0', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('has the documented shape and nothing else', () => {
    expect(Object.keys(out).sort()).toEqual(TOP_KEYS);
    expect(Object.keys(out.article!).sort()).toEqual(ARTICLE_KEYS);
    expect(Object.keys(out.dateline).sort()).toEqual(DATELINE_KEYS);
    expect(Object.keys(out.dateline.evidence).sort()).toEqual(['modified', 'place', 'published', 'source']);
    for (const e of out.entities) expect(Object.keys(e).sort()).toEqual(['count', 'name', 'type', 'variants']);
    for (const c of out.clutter) expect(Object.keys(c).sort()).toEqual(['kind', 'rule', 'text']);
    expect(out.url).toBe(expected.url);
  });

  it('decodes the Arabic text and keeps every article paragraph, in RTL', () => {
    expect(out.article!.lang).toBe(expected.lang);
    expect(out.article!.dir).toBe(expected.dir);
    const text = norm(out.article!.text);
    for (const p of expected.article_paragraphs) expect(text).toContain(norm(p));
  });

  it('gives the same result as lib/pipeline run in-process (same code as the content script)', () => {
    const html = readFileSync(pagePath, 'utf8');
    const dom = new JSDOM(html, { url: expected.url, virtualConsole: new VirtualConsole() });
    const win = dom.window as unknown as Window;
    const inProcess = toCliResult(runPipeline(dom.window.document, { url: expected.url, win }), (h) => sanitizeArticleHtml(h, win, { baseUrl: expected.url }));
    expect(out).toEqual(inProcess);
  });

  it('uses the file:// URL when --url is not given', async () => {
    const r = await runCli([path.relative(repoRoot, pagePath)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe(pathToFileURL(pagePath).href);
  });
});

describe('extract CLI on bad input (exit 2, one line on stderr)', () => {
  it('empty file', async () => {
    const f = path.join(tmp, 'empty.html');
    writeFileSync(f, '');
    expectBadInput(await runCli([f]), /empty/);
  });

  it('whitespace-only file', async () => {
    const f = path.join(tmp, 'blank.html');
    writeFileSync(f, '  \n\t\n');
    expectBadInput(await runCli([f]), /empty/);
  });

  it('binary file with NUL bytes (a PNG header and zeros)', async () => {
    const f = path.join(tmp, 'image.html');
    writeFileSync(f, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256), Buffer.from('IHDR')]));
    expectBadInput(await runCli([f]), /binary/);
  });

  it('binary file without NUL bytes (invalid UTF-8 dominated)', async () => {
    const f = path.join(tmp, 'noise.html');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 37) % 0x7f); // continuation bytes: never valid UTF-8
    writeFileSync(f, bytes);
    expectBadInput(await runCli([f]), /binary|undecodable/);
  });

  it('missing file', async () => {
    expectBadInput(await runCli([path.join(tmp, 'does-not-exist.html')]), /no such file/);
  });

  it('a directory', async () => {
    expectBadInput(await runCli([tmp]), /directory/);
  });

  it('no file argument, unknown option, bad --url', async () => {
    expectBadInput(await runCli([]), /no input file/);
    expectBadInput(await runCli([pagePath, '--frobnicate']), /unknown option/);
    expectBadInput(await runCli([pagePath, '--url', 'not a url']), /--url/);
    expectBadInput(await runCli([pagePath, '--url', 'javascript:alert(1)']), /--url: only http, https and file/);
    expectBadInput(await runCli([pagePath, '--url=data:text/html,x']), /--url: only http, https and file/);
  });
});

describe('extract CLI on a page without an article', () => {
  it('exits 0 with "article": null and a message', async () => {
    const f = path.join(tmp, 'shell.html');
    writeFileSync(f, '<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script>boot()</script></body></html>');
    const r = await runCli([f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.article).toBeNull();
    expect(typeof out.message).toBe('string');
    expect(out.message.length).toBeGreaterThan(5);
    expect(Object.keys(out).sort()).toEqual([...TOP_KEYS, 'message'].sort());
  });
});

describe('extract CLI on hostile article HTML', () => {
  it('article.html is sanitised as the extension renders it: no event handlers, scripts, javascript: or data:text/html links', async () => {
    const f = path.join(tmp, 'hostile.html');
    const para = (i: number) => `<p onclick="alert(${i})">Paragraph ${i} of a story about the council budget vote, with <img src="x.png" onerror="alert('e${i}')" alt="chart"> a chart and <a href="data:text/html,<script>alert(${i})</script>">a link</a> and <a href="javascript:alert(${i})">another</a>, told at some length so it is running text.</p>`;
    writeFileSync(f, `<!doctype html><html lang="en"><head><title>Budget</title></head><body><article><h1>Budget vote</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}<script>alert('s')</script><svg onload="alert('v')"></svg></article></body></html>`);
    const r = await runCli([f]);
    expect(r.code).toBe(0);
    const html: string = JSON.parse(r.stdout).article.html;
    expect(html).toContain('Paragraph 6 of a story'); // the article is there (the check can fail)
    expect(html).toContain('<img');
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/<script|<svg|javascript:|data:text\/html/i);
  });
});

describe('extract CLI charset decoding', () => {
  /** Encodes text to a single-byte legacy charset by inverting TextDecoder's table. */
  function encodeSingleByte(text: string, encoding: string): Buffer {
    const dec = new TextDecoder(encoding);
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
    return Buffer.from(Array.from(text, (ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`cannot encode ${ch} in ${encoding}`);
      return b;
    }));
  }

  const sentence = 'وقال وزير الدفاع إن بلاده تقدم الدعم في المجال العسكري والصحي والإنساني';
  const body = Array.from({ length: 6 }, () => `<p>${sentence}.</p>`).join('\n');

  it('decodes a windows-1256 page declared with <meta charset>', async () => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>خبر</title></head><body><article><h1>خبر</h1>${body}</article></body></html>`;
    const f = path.join(tmp, 'cp1256.html');
    writeFileSync(f, encodeSingleByte(html, 'windows-1256'));
    const r = await runCli([f]);
    expect(r.code).toBe(0);
    expect(norm(JSON.parse(r.stdout).article.text)).toContain(sentence);
  });

  it('decodes a page declared with <meta http-equiv="Content-Type" content="…; charset=…">', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر</title></head><body><article>${body}</article></body></html>`;
    const f = path.join(tmp, 'cp1256-equiv.html');
    writeFileSync(f, encodeSingleByte(html, 'windows-1256'));
    const r = await runCli([f]);
    expect(r.code).toBe(0);
    expect(norm(JSON.parse(r.stdout).visibleText)).toContain(sentence);
  });

  it('defaults to UTF-8 when nothing is declared', async () => {
    const f = path.join(tmp, 'utf8.html');
    writeFileSync(f, `<html><body><article>${body}</article></body></html>`, 'utf8');
    const r = await runCli([f]);
    expect(r.code).toBe(0);
    expect(norm(JSON.parse(r.stdout).visibleText)).toContain(sentence);
  });
});

describe('extract CLI --stdin-jsonl', () => {
  it('answers line by line in one long-lived process; a bad line yields {"error"} and the stream goes on', async () => {
    const page = readFileSync(pagePath, 'utf8');
    const child = startCli(['--stdin-jsonl']);
    const lines: string[] = [];
    let buf = '';
    let stderr = '';
    const waiters: Array<() => void> = [];
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        lines.push(buf.slice(0, i));
        buf = buf.slice(i + 1);
        waiters.shift()?.();
      }
    });
    const closed = new Promise<number | null>((r) => child.on('close', r));
    const send = (line: string) => new Promise<string>((r) => {
      waiters.push(() => r(lines[lines.length - 1]));
      child.stdin.write(line + '\n');
    });

    // The first answer arrives while stdin is still open: the process streams.
    const first = JSON.parse(await send(JSON.stringify({ html: page, url: expected.url })));
    expect(first.url).toBe(expected.url);
    expect(first.article.dir).toBe('rtl');
    expect(typeof first.ms).toBe('number');
    expect(first.ms).toBeGreaterThan(0);
    expect(Object.keys(first).sort()).toEqual([...TOP_KEYS, 'ms'].sort());

    expect(JSON.parse(await send('{"html": "<p>unterminated'))).toEqual({ error: expect.stringMatching(/JSON/) });
    expect(JSON.parse(await send(JSON.stringify({ url: 'https://example.com/' })))).toEqual({ error: expect.stringMatching(/html/) });
    expect(JSON.parse(await send(JSON.stringify({ html: '<p>x</p>', url: 'nope' })))).toEqual({ error: expect.stringMatching(/url/) });
    expect(JSON.parse(await send(JSON.stringify({ html: '<p>x</p>', url: 'javascript:void(0)' })))).toEqual({ error: expect.stringMatching(/"url": only http, https and file/) });
    const noArticle = JSON.parse(await send(JSON.stringify({ html: '<html><body><div id="root"></div></body></html>', url: 'https://example.com/app' })));
    expect(noArticle.article).toBeNull();
    expect(typeof noArticle.message).toBe('string');
    // Same page again after the errors: same answer (no state leaks between pages).
    const again = JSON.parse(await send(JSON.stringify({ html: page, url: expected.url })));
    const { ms: _a, ...firstRest } = first;
    const { ms: _b, ...againRest } = again;
    expect(againRest).toEqual(firstRest);

    child.stdin.end();
    expect(await closed).toBe(0);
    expect(lines).toHaveLength(7);
    expect(stderr).toBe('');
  });
});
