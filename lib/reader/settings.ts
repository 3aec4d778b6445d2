/**
 * Extension settings chosen on the options page (pure: the storage area is
 * passed in). Stored under {@link SETTINGS_KEY} in `storage.local`:
 *
 * - `uiLang`: 'auto' (follow the browser) or a shipped UI language ('en', 'ar');
 * - `clutterKinds`: which kinds of clutter the in-page clean-up hides;
 * - `autoClean`: match patterns (lib/shell/match-pattern: "*://example.com/*",
 *   "https://*.example.com/news/*") cleaned on load, each site granted as an
 *   optional host permission by the user;
 * - `readerDefaults`: theme and typography used by the reader when nothing
 *   is stored for an article's language.
 */
import type { ClutterKind } from '../types';
import { THEMES, FONTS, type Theme, type Typography } from './prefs';
import { matchesPattern, normalizeSitePattern } from '../shell/match-pattern';

export const SETTINGS_KEY = 'settings';
export const UI_LANGS = ['auto', 'en', 'ar'] as const;
export type UiLangChoice = (typeof UI_LANGS)[number];
export const CLUTTER_KINDS: readonly ClutterKind[] = ['ad', 'recirculation', 'comments', 'social', 'repeated', 'overlay'];

export interface Settings {
  uiLang: UiLangChoice;
  clutterKinds: ClutterKind[];
  autoClean: string[];
  readerDefaults: { theme: Theme; typography: Partial<Typography> };
}

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  clutterKinds: [...CLUTTER_KINDS],
  autoClean: [],
  readerDefaults: { theme: 'auto', typography: {} },
};

/** The subset of `storage.StorageArea` used here. */
export interface SettingsArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Origin match pattern for a page URL ("https://news.example/a?b" →
 * "https://news.example/*"), or null for anything but http(s).
 */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url.includes('://') ? url : `https://${url}`);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (!u.hostname) return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** True when `url` is matched by one of the match patterns (scheme, host with `*.` subdomains, path glob; see lib/shell/match-pattern). */
export function matchesAutoClean(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesPattern(url, p));
}

/** Validates any stored value into {@link Settings}; unknown or bad fields get the defaults. */
export function normalizeSettings(v: unknown): Settings {
  const o = (typeof v === 'object' && v ? v : {}) as Record<string, unknown>;
  const uiLang = UI_LANGS.includes(o.uiLang as UiLangChoice) ? (o.uiLang as UiLangChoice) : 'auto';
  const kinds = Array.isArray(o.clutterKinds) ? o.clutterKinds.filter((k): k is ClutterKind => CLUTTER_KINDS.includes(k as ClutterKind)) : [...CLUTTER_KINDS];
  const auto = Array.isArray(o.autoClean)
    ? [...new Set(o.autoClean.filter((p): p is string => typeof p === 'string').map((p) => normalizeSitePattern(p)).flatMap((r) => (r.ok ? [r.pattern] : [])))]
    : [];
  const rd = (typeof o.readerDefaults === 'object' && o.readerDefaults ? o.readerDefaults : {}) as Record<string, unknown>;
  const theme = THEMES.includes(rd.theme as Theme) ? (rd.theme as Theme) : 'auto';
  const tIn = (typeof rd.typography === 'object' && rd.typography ? rd.typography : {}) as Record<string, unknown>;
  const typography: Partial<Typography> = {};
  if (FONTS.includes(tIn.font as Typography['font'])) typography.font = tIn.font as Typography['font'];
  if (typeof tIn.size === 'number' && tIn.size >= 14 && tIn.size <= 32) typography.size = tIn.size;
  return { uiLang, clutterKinds: kinds, autoClean: auto, readerDefaults: { theme, typography } };
}

/** Reads the settings (defaults when nothing or garbage is stored; never throws). */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return normalizeSettings(got?.[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

/** Merges a change into the stored settings and returns the result (validated). */
export async function updateSettings(area: SettingsArea, patch: Partial<Settings>): Promise<Settings> {
  const cur = await loadSettings(area);
  const next = normalizeSettings({ ...cur, ...patch, readerDefaults: { ...cur.readerDefaults, ...(patch.readerDefaults ?? {}) } });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
