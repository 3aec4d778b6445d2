/**
 * Read-aloud preferences: the speaking rate (one for all languages) and the
 * chosen voice per article language. Pure: the storage area
 * (`browser.storage.local` or a fake) is passed in. Stored under one key,
 * {@link READ_ALOUD_KEY}: `{ rate: number, voiceByLang: { "<primary lang>": voiceName } }`.
 */
import { primaryLang } from '../i18n';
import { clampRate } from './read-aloud';
import type { StorageAreaLike } from './prefs';

export const READ_ALOUD_KEY = 'readAloud';

/** What the reader remembers for one article language: rate (1 = normal) and the voice name, or null for "the best voice". */
export interface ReadAloudPrefs { rate: number; voice: string | null }

interface Stored { rate?: unknown; voiceByLang?: Record<string, unknown> }

async function readStored(area: StorageAreaLike): Promise<Stored> {
  try {
    const v = (await area.get(READ_ALOUD_KEY))?.[READ_ALOUD_KEY];
    return typeof v === 'object' && v ? (v as Stored) : {};
  } catch {
    return {};
  }
}

/** Loads the rate and the voice remembered for a language (BCP 47; keyed by primary language). Never throws: errors give rate 1, no voice. */
export async function loadReadAloudPrefs(area: StorageAreaLike, lang: string | null | undefined): Promise<ReadAloudPrefs> {
  const s = await readStored(area);
  const v = s.voiceByLang?.[primaryLang(lang)];
  return { rate: clampRate(s.rate ?? 1), voice: typeof v === 'string' && v ? v : null };
}

/** Stores a new rate (clamped) and/or the voice for a language (other languages untouched). Output: what is now stored for that language. */
export async function saveReadAloudPrefs(area: StorageAreaLike, lang: string | null | undefined, patch: Partial<ReadAloudPrefs>): Promise<ReadAloudPrefs> {
  const s = await readStored(area);
  const voiceByLang = { ...(s.voiceByLang ?? {}) };
  if (patch.voice !== undefined) {
    if (patch.voice) voiceByLang[primaryLang(lang)] = patch.voice;
    else delete voiceByLang[primaryLang(lang)];
  }
  const rate = clampRate(patch.rate ?? s.rate ?? 1);
  await area.set({ [READ_ALOUD_KEY]: { ...s, rate, voiceByLang } });
  const v = voiceByLang[primaryLang(lang)];
  return { rate, voice: typeof v === 'string' ? v : null };
}
