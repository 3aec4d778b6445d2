// @vitest-environment node
/**
 * scripts/add-fixture.ts: writes page.html + a draft expected.json marked
 * unreviewed, and never overwrites an existing fixture.
 */
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './run-cli';

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/add-fixture.ts', ...args], { cwd: repoRoot, env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each case spawns a process (npx tsx): give it room on a loaded 2-core CI machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const src = path.join(repoRoot, 'test/fixtures/libyatoday-turkey-wifaq/page.html');
let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'sahifa-fixtures-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('fixture:add', () => {
  it('writes the page and a draft expected.json marked "reviewed": false, from the pipeline output', async () => {
    const r = await run(['sample-page', src, '--url', 'https://news.example/a/1.html', '--fixtures-dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/DRAFT/);
    expect(readFileSync(path.join(dir, 'sample-page/page.html'))).toEqual(readFileSync(src));
    const draft = JSON.parse(readFileSync(path.join(dir, 'sample-page/expected.json'), 'utf8'));
    expect(draft.reviewed).toBe(false);
    expect(draft.id).toBe('sample-page');
    expect(draft.url).toBe('https://news.example/a/1.html');
    expect(draft.dir).toBe('rtl');
    expect(draft.article_paragraphs.length).toBeGreaterThan(0);
    expect(typeof draft.must_be_hidden_on_page).toBe('object');
    expect(Object.keys(draft.dateline).sort()).toEqual(['modified', 'place', 'published', 'source']);
  });

  it('refuses to overwrite an existing page.html or expected.json and changes nothing', async () => {
    const target = path.join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(target, 'expected.json'), '{"reviewed": true}\n');
    const r = await run(['taken', src, '--fixtures-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to overwrite/);
    expect(readFileSync(path.join(target, 'expected.json'), 'utf8')).toBe('{"reviewed": true}\n');
    expect(existsSync(path.join(target, 'page.html'))).toBe(false);
  });

  it('rejects bad input with exit 2 and writes nothing', async () => {
    const empty = path.join(dir, 'empty.html');
    writeFileSync(empty, '');
    const r1 = await run(['from-empty', empty, '--fixtures-dir', dir]);
    expect(r1.code).toBe(2);
    expect(existsSync(path.join(dir, 'from-empty'))).toBe(false);
    const r2 = await run(['Bad Name', src, '--fixtures-dir', dir]);
    expect(r2.code).toBe(2);
  });
});
