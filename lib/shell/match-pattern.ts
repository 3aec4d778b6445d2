/**
 * Match patterns for the auto-clean site list (pure).
 *
 * Semantics are the browsers' extension match patterns (Chrome "Match
 * patterns" and MDN "Match patterns" docs), restricted to web pages:
 * `<scheme>://<host><path>` where
 * - scheme is `http`, `https` or `*` (either of the two);
 * - host is `*` (any host), `*.example.com` (example.com and every
 *   subdomain) or an exact host name; the port is never part of a pattern
 *   (a pattern matches every port);
 * - path starts with `/`; `*` matches any run of characters (including none),
 *   everything else is literal. It is matched against the URL's path plus
 *   query string (as Chrome and Firefox do); the fragment is ignored.
 */

/** A parsed pattern. `host` is lower case, punycode; `subdomains` when it began with `*.`. */
export interface MatchPattern {
  scheme: '*' | 'http' | 'https';
  /** '*' for any host. */
  host: string;
  subdomains: boolean;
  path: string;
}

/** Why user input is not a usable site pattern (each has its own UI message). */
export type SitePatternError = 'empty' | 'scheme' | 'host' | 'wildcard' | 'all-sites' | 'path';

/** Result of {@link normalizeSitePattern}. */
export type SitePatternResult = { ok: true; pattern: string } | { ok: false; error: SitePatternError };

const SCHEMES = ['*', 'http', 'https'] as const;

/** Lower-case punycode host name, or null when it is not one (URL parser: IDN, IPv4, [IPv6]). */
function hostName(raw: string): string | null {
  if (!raw || /[\s/?#@*\\%]/.test(raw)) return null;
  try {
    const h = new URL(`http://${raw}/`).hostname;
    if (!h || h.startsWith('[')) return h || null;
    // Letters, digits, "-" and "_" in non-empty labels of ≤ 63 ("a..b", ".a", "a." and "ex!mple" are rejected).
    return /^[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$/.test(h) ? h : null;
  } catch {
    return null;
  }
}

/**
 * Parses a match pattern in canonical or loose form (case-insensitive scheme
 * and host). Input: e.g. "*://*.example.com/news/*". Output: the parts, or
 * null when it is not a valid http(s) match pattern (e.g. "ftp://a/*",
 * "https://a.*.com/*", "https://a.com" without a path).
 */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  const m = /^([^:/]+):\/\/([^/]*)(\/.*)$/s.exec(pattern.trim());
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  if (!(SCHEMES as readonly string[]).includes(scheme)) return null;
  let host = m[2].replace(/:\d*$/, '');
  if (/:/.test(host) && !host.startsWith('[')) return null;
  let subdomains = false;
  if (host === '*') return { scheme: scheme as MatchPattern['scheme'], host: '*', subdomains: false, path: m[3] };
  if (host.startsWith('*.')) { subdomains = true; host = host.slice(2); }
  const h = hostName(host);
  if (!h) return null;
  return { scheme: scheme as MatchPattern['scheme'], host: h, subdomains, path: m[3] };
}

/** The canonical text of a parsed pattern ("https://*.example.com/*"). */
export function formatMatchPattern(p: MatchPattern): string {
  return `${p.scheme}://${p.host === '*' ? '*' : (p.subdomains ? '*.' : '') + p.host}${p.path}`;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
}

/**
 * Whether `url` is matched by `pattern` (a string in the syntax above, or a
 * parsed one). Input: an absolute URL; anything else, or a scheme other than
 * http(s), never matches. Output: boolean.
 */
export function matchesPattern(url: string, pattern: string | MatchPattern): boolean {
  const p = typeof pattern === 'string' ? parseMatchPattern(pattern) : pattern;
  if (!p) return false;
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (p.scheme !== '*' && p.scheme !== scheme) return false;
  const host = u.hostname.toLowerCase();
  if (p.host !== '*' && host !== p.host && !(p.subdomains && host.endsWith(`.${p.host}`))) return false;
  return globToRegExp(p.path).test(u.pathname + u.search);
}

/**
 * Turns what a user types into a canonical match pattern, or says why not.
 * Trims; lower-cases scheme and host (IDN → punycode); drops a port (a
 * pattern matches every port) and rejects user info ("a@b"); fills in what is missing: "example.com" →
 * "*://example.com/*", "https://x.com" or "https://x.com/" → "https://x.com/*";
 * a path given is kept as a glob ("https://x.com/news/*"); query and fragment
 * are dropped. Errors: 'empty'; 'scheme' (not http, https or *); 'host' (not a
 * host name); 'wildcard' (a `*` anywhere in the host but a leading "*.");
 * 'all-sites' (host `*`: every site, which auto-clean does not allow); 'path'.
 */
export function normalizeSitePattern(input: string): SitePatternResult {
  const s = input.trim();
  if (!s) return { ok: false, error: 'empty' };
  const m = /^([a-z*][a-z0-9+.*-]*):(\/\/)?(.*)$/is.exec(s);
  let scheme = '*';
  let rest = s;
  if (m && (m[2] || !/^\d/.test(m[3]))) {
    // "host:8080" is a port, not a scheme; "mailto:x" / "ftp://x" are schemes.
    scheme = m[1].toLowerCase();
    if (!(SCHEMES as readonly string[]).includes(scheme) || !m[2]) return { ok: false, error: 'scheme' };
    rest = m[3];
  }
  const cut = rest.search(/[/?#]/);
  let host = cut < 0 ? rest : rest.slice(0, cut);
  let path = cut < 0 ? '' : rest.slice(cut);
  path = path.replace(/#.*$/s, '');
  if (!path.startsWith('/')) path = '';
  path = path.replace(/\?.*$/s, '');
  if (path === '' || path === '/') path = '/*';
  if (/\s/.test(path)) return { ok: false, error: 'path' };
  if (host.includes('@')) return { ok: false, error: 'host' };
  host = host.replace(/:\d*$/, '');
  if (host === '*') return { ok: false, error: 'all-sites' };
  let sub = false;
  if (host.startsWith('*.')) { sub = true; host = host.slice(2); }
  if (host.includes('*')) return { ok: false, error: 'wildcard' };
  const h = hostName(host);
  if (!h) return { ok: false, error: 'host' };
  return { ok: true, pattern: formatMatchPattern({ scheme: scheme as MatchPattern['scheme'], host: h, subdomains: sub, path }) };
}

/**
 * The host permission a pattern needs (permissions are per scheme and host;
 * browsers ignore the path): "https://x.com/news/*" → "https://x.com/*".
 * Null when the pattern is invalid.
 */
export function permissionOrigin(pattern: string): string | null {
  const p = parseMatchPattern(pattern);
  return p ? formatMatchPattern({ ...p, path: '/*' }) : null;
}
