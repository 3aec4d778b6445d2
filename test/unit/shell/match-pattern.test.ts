import { describe, it, expect } from 'vitest';
import { matchesPattern, normalizeSitePattern, parseMatchPattern, permissionOrigin } from '../../../lib/shell/match-pattern';

describe('matchesPattern: extension match-pattern semantics', () => {
  it('scheme: * is http or https only; a named scheme is exact', () => {
    expect(matchesPattern('http://a.example/x', '*://a.example/*')).toBe(true);
    expect(matchesPattern('https://a.example/x', '*://a.example/*')).toBe(true);
    expect(matchesPattern('ftp://a.example/x', '*://a.example/*')).toBe(false);
    expect(matchesPattern('file:///a.example/x', '*://*/*')).toBe(false);
    expect(matchesPattern('http://a.example/x', 'https://a.example/*')).toBe(false);
  });
  it('host: exact, *.domain (the domain itself and any subdomain), * (any); ports are ignored', () => {
    expect(matchesPattern('https://www.a.example/', 'https://a.example/*')).toBe(false);
    expect(matchesPattern('https://a.example/', 'https://*.a.example/*')).toBe(true);
    expect(matchesPattern('https://x.y.a.example/', 'https://*.a.example/*')).toBe(true);
    expect(matchesPattern('https://evila.example/', 'https://*.a.example/*')).toBe(false);
    expect(matchesPattern('https://a.example.evil.test/', 'https://*.a.example/*')).toBe(false);
    expect(matchesPattern('https://ANY.test:8443/q', '*://*/*')).toBe(true);
    expect(matchesPattern('http://127.0.0.1:8080/x', 'http://127.0.0.1/*')).toBe(true);
  });
  it('path: a glob over path + query, literal otherwise', () => {
    expect(matchesPattern('https://a.example/news/2024/x.html', 'https://a.example/news/*')).toBe(true);
    expect(matchesPattern('https://a.example/sport/x', 'https://a.example/news/*')).toBe(false);
    expect(matchesPattern('https://a.example/news', 'https://a.example/news')).toBe(true);
    expect(matchesPattern('https://a.example/news/x', 'https://a.example/news')).toBe(false);
    expect(matchesPattern('https://a.example/a.b?id=1', 'https://a.example/*?id=*')).toBe(true);
    expect(matchesPattern('https://a.example/aXb', 'https://a.example/a.b')).toBe(false);
    expect(matchesPattern('https://a.example/x#frag', 'https://a.example/x')).toBe(true);
  });
  it('invalid patterns and URLs never match', () => {
    for (const bad of ['https://a.example', 'ftp://a.example/*', 'https://a.*.example/*', 'https://*a.example/*', 'a.example/*', '<all_urls>']) {
      expect(parseMatchPattern(bad), bad).toBeNull();
      expect(matchesPattern('https://a.example/', bad), bad).toBe(false);
    }
    expect(matchesPattern('not a url', '*://*/*')).toBe(false);
  });
});

describe('normalizeSitePattern: what users type', () => {
  const ok = (s: string) => { const r = normalizeSitePattern(s); return r.ok ? r.pattern : `error:${r.error}`; };
  it('fills in scheme and path, trims, lower-cases the host, drops port, query and fragment', () => {
    expect(ok('example.com')).toBe('*://example.com/*');
    expect(ok('  Example.COM  ')).toBe('*://example.com/*');
    expect(ok('https://x.com')).toBe('https://x.com/*');
    expect(ok('HTTPS://X.com/')).toBe('https://x.com/*');
    expect(ok('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(ok('localhost:3000/app/*')).toBe('*://localhost/app/*');
    expect(ok('*.example.com')).toBe('*://*.example.com/*');
    expect(ok('*://*.Example.com/news/*')).toBe('*://*.example.com/news/*');
    expect(ok('https://x.com/news/*?a=1#top')).toBe('https://x.com/news/*');
    expect(ok('https://x.com/?a=1')).toBe('https://x.com/*');
    expect(ok('مثال.com')).toBe('*://xn--mgbh0fb.com/*');
    expect(ok('http://[::1]:8080/')).toBe('http://[::1]/*');
  });
  it('rejects what cannot be a web site pattern, with the reason', () => {
    expect(ok('')).toBe('error:empty');
    expect(ok('   ')).toBe('error:empty');
    expect(ok('ftp://x.com')).toBe('error:scheme');
    expect(ok('chrome://settings')).toBe('error:scheme');
    expect(ok('mailto:a@b.c')).toBe('error:scheme');
    expect(ok('https://')).toBe('error:host');
    expect(ok('exa mple.com')).toBe('error:host');
    expect(ok('ex!mple.com')).toBe('error:host');
    expect(ok('a..b')).toBe('error:host');
    expect(ok('user@x.com')).toBe('error:host');
    expect(ok('x.*.com')).toBe('error:wildcard');
    expect(ok('*x.com')).toBe('error:wildcard');
    expect(ok('*')).toBe('error:all-sites');
    expect(ok('*://*/*')).toBe('error:all-sites');
    expect(ok('https://x.com/a b')).toBe('error:path');
  });
  it('every accepted pattern parses back to itself', () => {
    for (const s of ['example.com', 'https://x.com/news/*', '*.a.example', 'http://127.0.0.1:1']) {
      const r = normalizeSitePattern(s);
      expect(r.ok).toBe(true);
      if (r.ok) expect(parseMatchPattern(r.pattern)).not.toBeNull();
    }
  });
  it('permissionOrigin: scheme and host only', () => {
    expect(permissionOrigin('https://x.com/news/*')).toBe('https://x.com/*');
    expect(permissionOrigin('*://*.x.com/a')).toBe('*://*.x.com/*');
    expect(permissionOrigin('nope')).toBeNull();
  });
});
