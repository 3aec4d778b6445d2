/**
 * Reader typography and theme preferences, remembered per article language.
 *
 * Pure: the storage area (`browser.storage.local` or a fake) is passed in.
 * Stored under one key, {@link READER_PREFS_KEY}:
 * `{ theme, byLang: { "<primary lang>": Typography } }`.
 * Fonts: for Arabic script, the reader bundles Noto Naskh Arabic ("serif",
 * family name "Sahifa Naskh") and Noto Sans Arabic ("sans", "Sahifa Sans
 * Arabic"), Arabic subset, SIL OFL 1.1 (entrypoints/reader/fonts.css), then
 * system faces (Amiri, Traditional Arabic, Geeza Pro… / Segoe UI, Tahoma…);
 * Latin text uses system stacks only. Every stack ends in a generic family.
 */
import { dirOfLang, primaryLang } from '../i18n';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontChoice = 'serif' | 'sans';
export type Align = 'start' | 'justify';

/** Typography of the reader body. Units: size in CSS px, lineHeight unitless, width in `ch`. */
export interface Typography {
  font: FontChoice;
  size: number;
  lineHeight: number;
  width: number;
  align: Align;
}

export interface ReaderPrefs {
  theme: Theme;
  typography: Typography;
}

/** The subset of `storage.StorageArea` used here. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const READER_PREFS_KEY = 'readerPrefs';
export const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];
export const FONTS: readonly FontChoice[] = ['serif', 'sans'];
export const ALIGNS: readonly Align[] = ['start', 'justify'];
/** Allowed ranges (inclusive) and steps. */
export const LIMITS = {
  size: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  width: { min: 40, max: 100, step: 5 },
} as const;

/** Font stacks by choice and script (CSS `font-family` values). */
export const FONT_STACKS: Readonly<Record<FontChoice, { latin: string; arabic: string }>> = {
  serif: {
    latin: '"Noto Serif", Georgia, "Iowan Old Style", Cambria, "Times New Roman", serif',
    arabic: '"Sahifa Naskh", "Noto Naskh Arabic", "Amiri", "Traditional Arabic", "Geeza Pro", "Noto Serif", Georgia, serif',
  },
  sans: {
    latin: 'system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, Arial, sans-serif',
    arabic: '"Sahifa Sans Arabic", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, "Noto Sans", Arial, sans-serif',
  },
};

/** Languages written in Arabic script (their body text gets the Arabic stacks and more leading). */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ckb', 'ug', 'ks']);

/** True for languages written in Arabic script. Input: BCP 47 tag. */
export function isArabicScript(lang: string | null | undefined): boolean {
  return ARABIC_SCRIPT.has(primaryLang(lang)) || /-arab\b/i.test(lang ?? '');
}

/**
 * Default typography for a language: Arabic script gets a larger size and
 * more line height (its letters are smaller at the same px size and carry
 * marks above and below). `base` (options-page defaults) overrides them.
 */
export function defaultTypography(lang: string | null | undefined, base: Partial<Typography> = {}): Typography {
  const ar = isArabicScript(lang);
  return clampTypography({ font: 'serif', size: ar ? 21 : 19, lineHeight: ar ? 1.9 : 1.6, width: 65, align: 'start', ...base }, lang);
}

function clampNum(v: unknown, lim: { min: number; max: number; step: number }, dflt: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? v : dflt;
  const c = Math.min(lim.max, Math.max(lim.min, n));
  return Math.round(Math.round(c / lim.step) * lim.step * 100) / 100;
}

/** Validates and clamps any value into a {@link Typography} (unknown or bad fields fall back to the language default). */
export function clampTypography(v: unknown, lang: string | null | undefined): Typography {
  const o = (typeof v === 'object' && v ? v : {}) as Record<string, unknown>;
  const ar = isArabicScript(lang);
  return {
    font: FONTS.includes(o.font as FontChoice) ? (o.font as FontChoice) : 'serif',
    size: clampNum(o.size, LIMITS.size, ar ? 21 : 19),
    lineHeight: clampNum(o.lineHeight, LIMITS.lineHeight, ar ? 1.9 : 1.6),
    width: clampNum(o.width, LIMITS.width, 65),
    align: ALIGNS.includes(o.align as Align) ? (o.align as Align) : 'start',
  };
}

/** Key under which a language's typography is stored ("ar-EG" → "ar"; unknown → "und"). */
export function langKey(lang: string | null | undefined): string {
  return primaryLang(lang);
}

interface Stored { theme?: unknown; byLang?: Record<string, unknown> }

async function readStored(area: StorageAreaLike): Promise<Stored> {
  try {
    const got = await area.get(READER_PREFS_KEY);
    const v = got?.[READER_PREFS_KEY];
    return typeof v === 'object' && v ? (v as Stored) : {};
  } catch {
    return {};
  }
}

/**
 * Loads the preferences for an article language. Input: storage area,
 * language tag, optional defaults (from the options page: theme and
 * typography used when nothing is stored for this language). Output:
 * {@link ReaderPrefs}; never throws (storage errors give the defaults).
 */
export async function loadReaderPrefs(area: StorageAreaLike, lang: string | null | undefined, defaults: { theme?: Theme; typography?: Partial<Typography> } = {}): Promise<ReaderPrefs> {
  const s = await readStored(area);
  const theme = THEMES.includes(s.theme as Theme) ? (s.theme as Theme) : (defaults.theme ?? 'auto');
  const mine = s.byLang?.[langKey(lang)];
  const typography = mine ? clampTypography({ ...defaultTypography(lang, defaults.typography), ...(mine as object) }, lang) : defaultTypography(lang, defaults.typography);
  return { theme, typography };
}

/** Stores the typography for an article language (other languages untouched). Output: the clamped value stored. */
export async function saveTypography(area: StorageAreaLike, lang: string | null | undefined, t: Partial<Typography>): Promise<Typography> {
  const s = await readStored(area);
  const value = clampTypography({ ...defaultTypography(lang), ...((s.byLang?.[langKey(lang)] as object) ?? {}), ...t }, lang);
  await area.set({ [READER_PREFS_KEY]: { ...s, byLang: { ...(s.byLang ?? {}), [langKey(lang)]: value } } });
  return value;
}

/** Stores the theme (shared by all languages). */
export async function saveTheme(area: StorageAreaLike, theme: Theme): Promise<void> {
  if (!THEMES.includes(theme)) throw new Error(`unknown theme: ${String(theme)}`);
  const s = await readStored(area);
  await area.set({ [READER_PREFS_KEY]: { ...s, theme } });
}

/** Forgets every stored per-language typography and the theme. */
export async function resetReaderPrefs(area: StorageAreaLike): Promise<void> {
  await area.set({ [READER_PREFS_KEY]: {} });
}

/** The concrete theme to paint: 'auto' follows `prefers-color-scheme` (`prefersDark`). */
export function resolveTheme(theme: Theme, prefersDark: boolean): Exclude<Theme, 'auto'> {
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}

/**
 * CSS custom properties for the reader body: `--r-font`, `--r-size` (px),
 * `--r-leading`, `--r-width` (ch), `--r-align` (`start`/`justify`). The
 * font stack follows the article's script.
 */
export function typographyVars(t: Typography, lang: string | null | undefined): Record<string, string> {
  const stack = FONT_STACKS[t.font][isArabicScript(lang) ? 'arabic' : 'latin'];
  return {
    '--r-font': stack,
    '--r-size': `${t.size}px`,
    '--r-leading': String(t.lineHeight),
    '--r-width': `${t.width}ch`,
    '--r-align': t.align === 'justify' ? 'justify' : 'start',
    '--r-dir': dirOfLang(lang),
  };
}
