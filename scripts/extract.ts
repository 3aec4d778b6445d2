/**
 * Sahifa CLI: runs the same lib/ pipeline the content script runs, on a saved
 * HTML file, and prints one JSON object.
 *
 *   npm run --silent extract -- FILE.html [--url URL] [--now ISO]
 *   npm run --silent extract -- --stdin-jsonl [--now ISO]
 *
 * Single-file mode: stdout gets one JSON object ({@link CliResult}); exit 0,
 * also when the page has no article (`"article": null` + `"message"`).
 * Bad input (missing/unreadable file, directory, empty file, binary file,
 * bad arguments, a page nested too deeply for jsdom's parser) → one line on stderr, exit 2. A crash inside the pipeline →
 * one line on stderr, exit 1.
 *
 * Streaming mode (`--stdin-jsonl`): one JSON object per input line
 * (`{"html": "...", "url": "..."}`, url optional), one result per output line
 * (same shape plus `"ms"`, the pipeline time in milliseconds), in input order,
 * until stdin closes. A line that fails (bad JSON, no html, pipeline throw,
 * blank line, html that looks binary: NUL characters or mostly non-text)
 * gives `{"error": "..."}` on its line and the stream goes on.
 *
 * jsdom runs with its defaults: no scripts, no external resources.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { PipelineResult } from '../lib/types';

/** The CLI's output shape (a projection of {@link PipelineResult}). */
export interface CliResult {
  url: string;
  article: {
    title: string;
    byline: string | null;
    siteName: string | null;
    lang: string;
    dir: 'rtl' | 'ltr';
    excerpt: string | null;
    text: string;
    html: string;
  } | null;
  message?: string;
  dateline: PipelineResult['dateline'];
  entities: { name: string; type: string; count: number; variants: string[] }[];
  clutter: { kind: string; rule: string; text: string }[];
  visibleText: string;
}

/** Bad input (exit code 2): the message is printed as one line on stderr. */
export class InputError extends Error {}

/** How many bytes the meta-charset prescan looks at (HTML spec: 1024; a little more to be lenient). */
const PRESCAN_BYTES = 4096;

/** Normalises a charset label to one TextDecoder accepts, or null if unknown. */
function decoderLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  try {
    const enc = new TextDecoder(l).encoding;
    // HTML spec: a meta tag declaring UTF-16 means UTF-8 (the bytes were already ASCII-compatible).
    return enc === 'utf-16le' || enc === 'utf-16be' ? 'utf-8' : enc;
  } catch {
    return null;
  }
}

/**
 * Finds a page's character encoding the way browsers do, simplified:
 * byte-order mark first, then `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
 * 4096 bytes, else UTF-8 (the project's default).
 *
 * Input: raw bytes. Output: a WHATWG encoding name ("utf-8", "windows-1256", …)
 * and where it came from.
 */
export function sniffCharset(bytes: Uint8Array): { encoding: string; from: 'bom' | 'meta' | 'default' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', from: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', from: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', from: 'bom' };
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(tag);
    if (direct) {
      const enc = decoderLabel(direct[1]);
      if (enc) return { encoding: enc, from: 'meta' };
    }
  }
  return { encoding: 'utf-8', from: 'default' };
}

/**
 * Why decoded text is not a web page, or null when it may be one: a NUL
 * character (binary data), or more than 10 % of the characters U+FFFD
 * replacements or C0 control characters (other than tab, line feed, form
 * feed, carriage return). Input: the text and a label for the message.
 */
export function binaryReason(text: string, label: string): string | null {
  if (text.slice(0, 65536).includes('\u0000')) return `${label}: binary data (NUL characters), not HTML`;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  if (text.length && bad / text.length > 0.1) return `${label}: binary or undecodable data (${Math.round((bad / text.length) * 100)}% invalid characters), not HTML`;
  return null;
}

/**
 * Decodes an HTML file's bytes to text, rejecting what is not a web page.
 *
 * Input: raw bytes and a name for messages. Output: the decoded text and the
 * encoding used. Throws {@link InputError} when the input is empty (no bytes
 * or only whitespace), binary (a NUL byte in the first 64 KiB without a UTF-16
 * byte-order mark), or mostly undecodable (more than 10 % of the characters
 * are U+FFFD replacements or C0 control characters).
 */
export function decodeHtml(bytes: Uint8Array, name = 'input'): { html: string; encoding: string } {
  if (bytes.length === 0) throw new InputError(`${name}: empty file`);
  const { encoding } = sniffCharset(bytes);
  if (!encoding.startsWith('utf-16') && bytes.subarray(0, 65536).includes(0)) {
    throw new InputError(`${name}: binary file (NUL bytes), not HTML`);
  }
  const html = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  if (!html.trim()) throw new InputError(`${name}: empty file (whitespace only)`);
  const why = binaryReason(html, `${name} (${encoding})`);
  if (why) throw new InputError(why);
  return { html, encoding };
}

/**
 * Projects a pipeline result onto the CLI's documented shape (drops length,
 * salience, reason). `sanitize` turns the article's HTML into what the
 * extension would render (the one DOMPurify chokepoint, lib/sanitize.ts), so
 * `article.html` is safe to insert into a page; without it the HTML is
 * Readability's raw output (event handlers and `data:` links included).
 */
export function toCliResult(r: PipelineResult, sanitize?: (html: string) => string): CliResult {
  const a = r.article;
  return {
    url: r.url,
    article: a
      ? { title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang, dir: a.dir, excerpt: a.excerpt, text: a.text, html: sanitize ? sanitize(a.html) : a.html }
      : null,
    ...(a ? {} : { message: r.message ?? 'No article found on this page.' }),
    dateline: r.dateline,
    entities: r.entities.map((e) => ({ name: e.name, type: e.type, count: e.count, variants: e.variants })),
    clutter: r.clutter.map((c) => ({ kind: c.kind, rule: c.rule, text: c.text })),
    visibleText: r.visibleText,
  };
}

type Engine = { jsdom: typeof import('jsdom'); pipeline: typeof import('../lib/pipeline'); sanitizer: typeof import('../lib/sanitize') };
let engine: Promise<Engine> | null = null;

/**
 * Loads jsdom and lib/pipeline once, on first use, so that bad input is
 * rejected before the heavy modules are read.
 */
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([import('jsdom'), import('../lib/pipeline'), import('../lib/sanitize')]).then(([jsdom, pipeline, sanitizer]) => ({ jsdom, pipeline, sanitizer }));
  return engine;
}

/**
 * Parses `html` with jsdom (no scripts, no sub-resources, console silenced)
 * and runs lib/pipeline's `runPipeline`. Output: the CLI result, its
 * `article.html` sanitised as the extension renders it, and the pipeline time
 * in ms (parse and sanitising excluded). Rejects with {@link InputError}
 * when jsdom cannot parse the page (nested too deeply for its recursion),
 * else with what the pipeline throws.
 */
export async function analyzeHtml(html: string, url: string, now?: Date): Promise<{ result: CliResult; ms: number }> {
  const { jsdom: { JSDOM, VirtualConsole }, pipeline: { runPipeline }, sanitizer: { sanitizeArticleHtml } } = await loadEngine();
  let dom: InstanceType<typeof JSDOM>;
  try {
    dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch (err) {
    if (err instanceof RangeError) throw new InputError('page too deeply nested: the HTML parser (jsdom) ran out of stack');
    throw err;
  }
  try {
    const t0 = performance.now();
    const r = runPipeline(dom.window.document, { url, win: dom.window as unknown as Window, now });
    const ms = performance.now() - t0;
    const win = dom.window as unknown as Window;
    return { result: toCliResult(r, (h) => sanitizeArticleHtml(h, win, { baseUrl: url })), ms };
  } finally {
    dom.window.close();
  }
}

/**
 * Reads and decodes an HTML file. Throws {@link InputError} for a missing,
 * unreadable, non-regular (directory, device) or non-HTML file.
 */
export function readHtmlFile(file: string): { html: string; encoding: string; url: string } {
  const abs = resolve(file);
  let bytes: Buffer;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) throw new InputError(`${file}: is a directory, expected an HTML file`);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
    bytes = readFileSync(abs);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot read (${code ?? (err as Error).message})`);
  }
  const { html, encoding } = decodeHtml(bytes, file);
  return { html, encoding, url: pathToFileURL(abs).href };
}

interface Args {
  file?: string;
  url?: string;
  now?: Date;
  jsonl: boolean;
  help: boolean;
}

const USAGE = 'usage: extract FILE.html [--url URL] [--now ISO] | extract --stdin-jsonl [--now ISO]';

/** Page URL schemes the CLI accepts: a page is fetched over http(s) or read from a file. */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/**
 * Checks a page URL given by the user (`--url` or a JSONL line's `"url"`).
 * Input: any string. Output: the normalised absolute URL (`URL.href`).
 * Throws {@link InputError} when it is not an absolute URL or its scheme is not http, https or file
 * (`javascript:`, `data:` and the like are no page address and would become the base of every link).
 */
export function checkPageUrl(v: string, label: string): string {
  let u: URL;
  try { u = new URL(v); } catch { throw new InputError(`${label}: not an absolute URL: ${v}`); }
  if (!PAGE_SCHEMES.has(u.protocol)) throw new InputError(`${label}: only http, https and file URLs are pages (got ${u.protocol}): ${v}`);
  return u.href;
}

/** Parses argv (without node and script). Throws {@link InputError} on bad arguments. */
export function parseArgs(argv: string[]): Args {
  const a: Args = { jsonl: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i];
    const value = (flag: string) => {
      const eq = s.indexOf('=');
      if (eq > 0) return s.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new InputError(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (s === '--help' || s === '-h') a.help = true;
    else if (s === '--stdin-jsonl') a.jsonl = true;
    else if (s === '--url' || s.startsWith('--url=')) {
      a.url = checkPageUrl(value('--url'), '--url');
    } else if (s === '--now' || s.startsWith('--now=')) {
      const v = value('--now');
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) throw new InputError(`--now: not a date: ${v}`);
      a.now = d;
    } else if (s.startsWith('-') && s !== '-') throw new InputError(`unknown option ${s}. ${USAGE}`);
    else if (a.file === undefined) a.file = s;
    else throw new InputError(`one file at a time (got ${a.file} and ${s}). ${USAGE}`);
  }
  if (!a.help && !a.jsonl && a.file === undefined) throw new InputError(`no input file. ${USAGE}`);
  if (a.jsonl && a.file !== undefined) throw new InputError(`--stdin-jsonl takes no file. ${USAGE}`);
  return a;
}

/** Writes one line, waiting for the pipe to drain when it is full. */
async function writeLine(obj: unknown): Promise<void> {
  const ok = process.stdout.write(JSON.stringify(obj) + '\n');
  if (!ok) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}

/** Processes one JSONL input line; never rejects. */
export async function processJsonlLine(line: string, now?: Date): Promise<Record<string, unknown>> {
  if (!line.trim()) return { error: 'blank line' };
  let msg: unknown;
  try {
    msg = JSON.parse(line);
  } catch (err) {
    return { error: `bad JSON: ${(err as Error).message}` };
  }
  if (!msg || typeof msg !== 'object' || Array.isArray(msg)) return { error: 'expected a JSON object {"html": "...", "url": "..."}' };
  const { html, url } = msg as { html?: unknown; url?: unknown };
  if (typeof html !== 'string') return { error: 'missing "html" (a string)' };
  if (!html.trim()) return { error: 'empty "html"' };
  const binary = binaryReason(html, '"html"');
  if (binary) return { error: binary };
  let pageUrl = 'about:blank';
  if (url !== undefined && url !== null) {
    if (typeof url !== 'string') return { error: '"url" must be a string' };
    try { pageUrl = checkPageUrl(url, '"url"'); } catch (err) { return { error: oneLine(err) }; }
  }
  try {
    const { result, ms } = await analyzeHtml(html, pageUrl, now);
    return { ...result, ms: Math.round(ms * 100) / 100 };
  } catch (err) {
    return { error: err instanceof InputError ? oneLine(err) : `pipeline failed: ${oneLine(err)}` };
  }
}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err).replace(/\s+/g, ' ').trim();
}

async function runJsonl(now?: Date): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) await writeLine(await processJsonlLine(line, now));
}

/** Entry point; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`extract: ${oneLine(err)}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.jsonl) {
    await runJsonl(args.now);
    return 0;
  }
  let input: { html: string; url: string };
  try {
    input = readHtmlFile(args.file!);
  } catch (err) {
    process.stderr.write(`extract: ${oneLine(err)}\n`);
    return err instanceof InputError ? 2 : 1;
  }
  try {
    const { result } = await analyzeHtml(input.html, args.url ?? input.url, args.now);
    await writeLine(result);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`extract: ${args.file}: ${oneLine(err)}\n`);
      return 2;
    }
    process.stderr.write(`extract: pipeline failed on ${args.file}: ${oneLine(err)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`extract: ${oneLine(err)}\n`); process.exitCode = 1; },
  );
}
