// @vitest-environment node
/** --stdin-jsonl lines that are no web page, and a page too deep for jsdom, in and out of process. */
import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processJsonlLine } from '../../../scripts/extract';
import { runCli } from './run-cli';

vi.setConfig({ testTimeout: 600_000 });

const page = '<html lang="en"><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>'
  + '<p>The council approved the new budget on Tuesday after a long debate about schools, roads and the library in the city.</p>'.repeat(5)
  + '</article></body></html>';

describe('--stdin-jsonl binary html', () => {
  it('a line whose html has NUL bytes gives an error on that line; the next line still gets its result', async () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + '\u0000'.repeat(64);
    const r1 = await processJsonlLine(JSON.stringify({ html: png, url: 'https://x.test/a' }));
    expect(Object.keys(r1)).toEqual(['error']);
    expect(r1.error).toMatch(/binary/);
    const r2 = await processJsonlLine(JSON.stringify({ html: page, url: 'https://x.test/b' }));
    expect(r2.error).toBeUndefined();
    expect((r2.article as { title: string }).title).toBe('Council approves budget');
  });
  it('mostly non-text html without NULs (control characters, replacement characters) is an error too', async () => {
    let junk = '';
    for (let i = 0; i < 400; i++) junk += String.fromCharCode(1 + (i % 8)) + '\ufffd' + 'a';
    const r = await processJsonlLine(JSON.stringify({ html: junk }));
    expect(r.error).toMatch(/binary|undecodable/);
  });
});

describe('CLI on a page nested 10,000 levels deep', () => {
  it('exits with a plain message, never a stack trace', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'sahifa-deep-'));
    try {
      const f = path.join(tmp, 'deep.html');
      writeFileSync(f, '<!doctype html><html lang="en"><head><title>Deep</title></head><body>' + '<div>'.repeat(10000)
        + '<section><h1>Deep</h1>' + '<p>The council approved the new budget on Tuesday after a long debate about schools and roads.</p>'.repeat(4) + '</section>'
        + '</div>'.repeat(10000) + '</body></html>');
      const run = await runCli([f]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      if (run.code === 0) {
        const out = JSON.parse(run.stdout) as { article: unknown; message?: string };
        expect(out.article ?? out.message).toBeTruthy();
      } else {
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/too deeply nested/);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
