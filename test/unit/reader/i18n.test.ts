import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogTranslator, overrideLang, withFallback, type Catalog } from '../../../lib/i18n';

const load = (lang: string) => JSON.parse(readFileSync(path.resolve(__dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalog;

describe('UI language override', () => {
  it('catalog translator: positional and named placeholders, $$ literal, unknown key empty', () => {
    const t = catalogTranslator({
      a: { message: 'Saved $1 of $2' },
      b: { message: 'Hello $NAME$, cost $$5', placeholders: { name: { content: '$1' } } },
    });
    expect(t('a', ['3', '7'])).toBe('Saved 3 of 7');
    expect(t('B', 'Sara')).toBe('Hello Sara, cost $5');
    expect(t('zzz')).toBe('');
    expect(withFallback(t)('zzz')).toBe('zzz');
  });
  it('only shipped languages override; auto and unknown follow the browser', () => {
    expect(overrideLang('ar')).toBe('ar');
    expect(overrideLang('auto')).toBeNull();
    expect(overrideLang('fr')).toBeNull();
  });
  it('en and ar catalogs have the same keys, none empty, and the same placeholders', () => {
    const en = load('en');
    const ar = load('ar');
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(v.message.trim(), `en ${k}`).not.toBe('');
      expect(ar[k].message.trim(), `ar ${k}`).not.toBe('');
      const slots = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(slots(ar[k].message), `placeholders of ${k}`).toBe(slots(v.message));
    }
    expect(catalogTranslator(ar)('localeTag')).toBe('ar');
  });
});
