/**
 * The e2e harness itself: browsers present (a missing one fails the suite
 * with an install hint rather than skipping it), the static server is
 * hermetic (serves only test/fixtures, no traversal, no listing).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { assertChromiumReady } from './harness/chromium';
import { assertFirefoxReady } from './harness/firefox';
import { startStaticServer, type StaticServer } from './harness/server';
import { repoRoot } from './harness/paths';

describe('e2e prerequisites', () => {
  it('Chromium and the chrome-mv3 e2e build are present', () => {
    expect(() => assertChromiumReady()).not.toThrow();
  });
  it('Firefox ESR and the firefox-mv2 e2e build are present', () => {
    expect(() => assertFirefoxReady()).not.toThrow();
  });
  it('a missing browser gives an actionable message', () => {
    expect(() => assertChromiumReady(undefined, '/nonexistent/chromium')).toThrow(/apt-get install -y chromium/);
    expect(() => assertFirefoxReady(undefined, '/nonexistent/firefox')).toThrow(/apt-get install -y firefox-esr/);
  });
});

describe('static fixture server', () => {
  let srv: StaticServer;
  beforeAll(async () => { srv = await startStaticServer(); });
  afterAll(async () => { await srv.close(); });

  it('listens on 127.0.0.1 and serves fixture pages byte for byte as UTF-8 HTML', async () => {
    expect(srv.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const rel = 'libyatoday-turkey-wifaq/page.html';
    const res = await fetch(srv.url(rel));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(repoRoot, 'test/fixtures', rel)))).toBe(true);
  });

  it('404 for unknown paths and folders, 403 for escapes from the root', async () => {
    expect((await fetch(srv.url('nope.html'))).status).toBe(404);
    expect((await fetch(srv.url('libyatoday-turkey-wifaq/'))).status).toBe(404);
    expect((await fetch(`${srv.origin}/..%2f..%2fpackage.json`)).status).toBe(403); // encoded slashes survive URL parsing
    // A raw request line (fetch would normalise the dots away).
    const raw = await new Promise<number>((resolve, reject) => {
      get({ host: '127.0.0.1', port: Number(new URL(srv.origin).port), path: '/../../package.json' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect([403, 404]).toContain(raw); // never 200: repo/package.json exists two levels up
  });
});
