import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogTranslator, overrideLang, pluralKey, pluralMessage, withFallback, type Catalog } from '../../../lib/i18n';

/** A plural form's key: family, underscore, CLDR category. */
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const slots = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();

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
  it('en and ar catalogs have the same keys, none empty, and the same placeholders (plural forms aside)', () => {
    const en = load('en');
    const ar = load('ar');
    const plain = (c: Catalog) => Object.keys(c).filter((k) => !PLURAL.test(k)).sort();
    expect(plain(ar)).toEqual(plain(en));
    for (const k of plain(en)) {
      expect(en[k].message.trim(), `en ${k}`).not.toBe('');
      expect(ar[k].message.trim(), `ar ${k}`).not.toBe('');
      expect(slots(ar[k].message), `placeholders of ${k}`).toBe(slots(en[k].message));
    }
    expect(catalogTranslator(ar)('localeTag')).toBe('ar');
  });
  it('count strings: each family has exactly the CLDR plural categories of its language (en one/other, ar six)', () => {
    const en = load('en');
    const ar = load('ar');
    const families = (c: Catalog) => {
      const m = new Map<string, string[]>();
      for (const k of Object.keys(c)) {
        const x = PLURAL.exec(k);
        if (x) m.set(x[1], [...(m.get(x[1]) ?? []), x[2]]);
      }
      return m;
    };
    const fe = families(en);
    const fa = families(ar);
    expect([...fa.keys()].sort()).toEqual([...fe.keys()].sort());
    expect(fe.size).toBeGreaterThanOrEqual(10);
    const cats = (lang: string) => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    for (const [fam, forms] of fe) {
      expect(forms.sort(), `en ${fam}`).toEqual(cats('en'));
      expect(fa.get(fam)!.sort(), `ar ${fam}`).toEqual(cats('ar'));
      // Every form keeps the other substitutions; the count ($1) is in "other" and in every form
      // except where the language names the number in words (Arabic zero/one/two).
      const rest = slots(en[`${fam}_other`].message).replace(/\$1,?/, '');
      expect(slots(en[`${fam}_other`].message), fam).toContain('$1');
      for (const [c, lang] of [...forms.map((f) => [en[`${fam}_${f}`], 'en'] as const), ...fa.get(fam)!.map((f) => [ar[`${fam}_${f}`], 'ar'] as const)]) {
        expect(slots(c.message).replace(/\$1,?/, ''), `${lang} ${fam}: ${c.message}`).toBe(rest);
      }
      for (const f of ['few', 'many', 'other']) expect(ar[`${fam}_${f}`].message, `ar ${fam}_${f}`).toContain('$1');
      for (const f of ['one', 'other']) expect(en[`${fam}_${f}`].message, `en ${fam}_${f}`).toContain('$1');
    }
  });
  it('pluralMessage picks the form for the count in the UI language', () => {
    const ar = catalogTranslator(load('ar'));
    const en = catalogTranslator(load('en'));
    const nf = new Intl.NumberFormat('ar-EG');
    const say = (n: number) => pluralMessage(ar, 'statusOriginal', n, 'ar', [nf.format(n), '5']);
    expect(pluralKey('statusOriginal', 3, 'ar')).toBe('statusOriginal_few');
    expect(say(0)).toContain('لم توجد أي كتلة');
    expect(say(1)).toContain('كتلة زائدة واحدة');
    expect(say(2)).toContain('كتلتان');
    expect(say(3)).toContain('٣ كتل زائدة');
    expect(say(11)).toContain('١١ كتلةً');
    expect(say(100)).toContain('١٠٠ كتلة زائدة');
    expect(pluralMessage(en, 'statusOriginal', 1, 'en', ['1', '5'])).toBe('Original page. 1 clutter block found (5 ms).');
    expect(pluralMessage(en, 'statusOriginal', 0, 'en', ['0', '5'])).toBe('Original page. 0 clutter blocks found (5 ms).');
    expect(pluralMessage(en, 'libraryCount', 1, 'en', ['1'])).toBe('1 article saved');
    // A form missing from a catalog falls back to "other", then to the key.
    expect(pluralMessage(catalogTranslator({ x_other: { message: '$1 things' } }), 'x', 1, 'en', ['1'])).toBe('1 things');
    expect(pluralMessage(catalogTranslator({}), 'x', 1, 'en', ['1'])).toBe('x');
  });
  it('read aloud without a voice: the language display name reads grammatically in en and ar', () => {
    for (const ui of ['en', 'ar']) {
      const t = catalogTranslator(load(ui));
      for (const lang of ['ar', 'en', 'ur', 'fr']) {
        const name = new Intl.DisplayNames([ui], { type: 'language' }).of(lang)!;
        const msg = t('readAloudNoVoice', [name]);
        expect(msg, msg).toContain(name);
        // No article before the name ("a Arabic", "an English"), and the name appears once.
        expect(msg).not.toMatch(/\ban? [A-Z]/);
        expect(msg.split(name).length - 1, msg).toBe(1);
      }
    }
    expect(catalogTranslator(load('en'))('readAloudNoVoice', ['Arabic'])).toBe('No Arabic voice is installed on this system, so the article cannot be read aloud. Add one in your system’s speech settings.');
  });
});
