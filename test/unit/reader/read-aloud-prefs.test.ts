import { describe, it, expect } from 'vitest';
import { READ_ALOUD_KEY, loadReadAloudPrefs, saveReadAloudPrefs } from '../../../lib/reader/read-aloud-prefs';
import type { StorageAreaLike } from '../../../lib/reader/prefs';

function area(init: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...init };
  return {
    data,
    async get(k) { const keys = Array.isArray(k) ? k : [k]; return Object.fromEntries(keys.filter((x) => x in data).map((x) => [x, structuredClone(data[x])])); },
    async set(items) { Object.assign(data, structuredClone(items)); },
  };
}

describe('read-aloud preferences', () => {
  it('defaults: rate 1, no voice', async () => {
    expect(await loadReadAloudPrefs(area(), 'ar')).toEqual({ rate: 1, voice: null });
  });
  it('remembers the voice per primary language and one rate for all', async () => {
    const a = area();
    await saveReadAloudPrefs(a, 'ar-EG', { voice: 'Tarik' });
    await saveReadAloudPrefs(a, 'en', { voice: 'Ann', rate: 1.4 });
    expect(await loadReadAloudPrefs(a, 'ar-SA')).toEqual({ rate: 1.4, voice: 'Tarik' });
    expect(await loadReadAloudPrefs(a, 'en-GB')).toEqual({ rate: 1.4, voice: 'Ann' });
    expect(await loadReadAloudPrefs(a, 'fr')).toEqual({ rate: 1.4, voice: null });
    await saveReadAloudPrefs(a, 'ar', { voice: null });
    expect((await loadReadAloudPrefs(a, 'ar')).voice).toBeNull();
    expect((await loadReadAloudPrefs(a, 'en')).voice).toBe('Ann');
  });
  it('bad stored values are cleaned; storage errors give the defaults', async () => {
    expect(await loadReadAloudPrefs(area({ [READ_ALOUD_KEY]: { rate: 9, voiceByLang: { ar: 5 } } }), 'ar')).toEqual({ rate: 2, voice: null });
    const broken: StorageAreaLike = { get: () => Promise.reject(new Error('x')), set: () => Promise.resolve() };
    expect(await loadReadAloudPrefs(broken, 'ar')).toEqual({ rate: 1, voice: null });
  });
});
