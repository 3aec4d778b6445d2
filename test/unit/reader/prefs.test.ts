import { describe, it, expect } from 'vitest';
import {
  clampTypography, defaultTypography, loadReaderPrefs, resolveTheme, saveTheme, saveTypography, typographyVars, READER_PREFS_KEY,
  type StorageAreaLike,
} from '../../../lib/reader/prefs';
import { loadSettings, matchesAutoClean, normalizeSettings, originPattern, updateSettings, DEFAULT_SETTINGS } from '../../../lib/reader/settings';

function memArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) { const out: Record<string, unknown> = {}; for (const k of [keys].flat()) if (k in data) out[k] = structuredClone(data[k]); return out; },
    async set(items) { Object.assign(data, structuredClone(items)); },
  };
}

describe('reader prefs', () => {
  it('defaults differ by script: Arabic larger with more leading', () => {
    const ar = defaultTypography('ar');
    const en = defaultTypography('en');
    expect(ar.size).toBeGreaterThan(en.size);
    expect(ar.lineHeight).toBeGreaterThan(en.lineHeight);
  });
  it('clamps and validates', () => {
    expect(clampTypography({ size: 99, lineHeight: 0.5, width: 12, font: 'comic', align: 'center' }, 'en'))
      .toEqual({ font: 'serif', size: 32, lineHeight: 1.2, width: 40, align: 'start' });
  });
  it('typography is remembered per language; theme is shared', async () => {
    const area = memArea();
    await saveTypography(area, 'ar-EG', { size: 26, font: 'sans' });
    await saveTheme(area, 'sepia');
    const ar = await loadReaderPrefs(area, 'ar');
    const en = await loadReaderPrefs(area, 'en-GB');
    expect(ar.typography.size).toBe(26);
    expect(ar.typography.font).toBe('sans');
    expect(en.typography).toEqual(defaultTypography('en'));
    expect(ar.theme).toBe('sepia');
    expect(en.theme).toBe('sepia');
    expect(Object.keys((area.data[READER_PREFS_KEY] as { byLang: object }).byLang)).toEqual(['ar']);
  });
  it('options-page defaults apply until a language has its own', async () => {
    const area = memArea();
    const p = await loadReaderPrefs(area, 'en', { theme: 'dark', typography: { font: 'sans', size: 22 } });
    expect(p.theme).toBe('dark');
    expect(p.typography.font).toBe('sans');
    expect(p.typography.size).toBe(22);
  });
  it('garbage in storage gives defaults; a failing storage too', async () => {
    const area = memArea();
    area.data[READER_PREFS_KEY] = 'nope';
    expect((await loadReaderPrefs(area, 'ar')).typography).toEqual(defaultTypography('ar'));
    const broken: StorageAreaLike = { get: async () => { throw new Error('x'); }, set: async () => {} };
    expect((await loadReaderPrefs(broken, 'en')).theme).toBe('auto');
  });
  it('auto theme follows prefers-color-scheme', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
  });
  it('CSS variables use the Arabic stack for Arabic, a Latin one for English, both ending in a generic family', () => {
    const ar = typographyVars(defaultTypography('ar'), 'ar');
    const en = typographyVars(defaultTypography('en'), 'en');
    expect(ar['--r-font']).toMatch(/Naskh/);
    expect(en['--r-font']).not.toMatch(/Arabic/);
    expect(ar['--r-font']).toMatch(/serif$/);
    expect(ar['--r-size']).toBe('21px');
  });
});

describe('settings', () => {
  it('origin patterns and matching', () => {
    expect(originPattern('https://news.example/a/b?c=1')).toBe('https://news.example/*');
    expect(originPattern('news.example')).toBe('https://news.example/*');
    expect(originPattern('chrome://settings')).toBeNull();
    expect(matchesAutoClean('http://127.0.0.1:8080/x', ['http://127.0.0.1/*'])).toBe(true);
    expect(matchesAutoClean('https://other.example/', ['https://news.example/*'])).toBe(false);
    // Real match patterns: subdomain wildcard, any web scheme, path glob.
    expect(matchesAutoClean('http://www.news.example/a', ['*://*.news.example/*'])).toBe(true);
    expect(matchesAutoClean('https://news.example/sport/1', ['https://news.example/world/*'])).toBe(false);
    expect(matchesAutoClean('https://news.example/world/1', ['https://news.example/world/*'])).toBe(true);
  });
  it('normalises stored values; unknown kinds and bad patterns dropped', () => {
    const s = normalizeSettings({ uiLang: 'fr', clutterKinds: ['ad', 'bogus', 'comments'], autoClean: ['https://a.example/*', 'ftp://x', 3, 'B.example', '*://*.c.example/news/*', '*://*/*'] });
    expect(s.uiLang).toBe('auto');
    expect(s.clutterKinds).toEqual(['ad', 'comments']);
    expect(s.autoClean).toEqual(['https://a.example/*', '*://b.example/*', '*://*.c.example/news/*']);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
  it('update merges and persists', async () => {
    const area = memArea();
    await updateSettings(area, { uiLang: 'ar' });
    await updateSettings(area, { clutterKinds: ['ad'] });
    const s = await loadSettings(area);
    expect(s.uiLang).toBe('ar');
    expect(s.clutterKinds).toEqual(['ad']);
  });
});
