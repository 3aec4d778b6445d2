// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderArticle, buildDateline, separatorFor, buildEntities, groupEntities, isolateBidiRuns, formatDateTime, intlLocale } from '../../../lib/render';
import { localizeDocument, dirOfLang } from '../../../lib/i18n';
import type { Dateline, Entity } from '../../../lib/types';

const t = (k: string) => ({ entitiesPeople: 'People', entitiesOrgs: 'Organisations', entitiesPlaces: 'Places', datelineNone: 'No date' } as Record<string, string>)[k] ?? '';
const dl = (p: Partial<Dateline>): Dateline => ({ place: null, source: null, published: null, modified: null, evidence: { place: null, source: null, published: null, modified: null }, ...p });
const ent = (name: string, type: Entity['type'], count: number, salience: number): Entity => ({ name, type, count, salience, variants: [name] });

describe('isolateBidiRuns', () => {
  it('wraps Latin words and digits inside Arabic text, leaving Arabic and punctuation outside', () => {
    const p = document.createElement('p');
    p.textContent = 'تعرف على مواصفات سيارة ميتسوبيشي Triton الجديدة وطائرة Airbus A380، في 27 نوفمبر 2019.';
    const n = isolateBidiRuns(p, 'rtl');
    const runs = Array.from(p.querySelectorAll('bdi')).map((b) => b.textContent);
    expect(runs).toEqual(['Triton', 'Airbus A380', '27', '2019']);
    expect(n).toBe(4);
    expect(p.textContent).toBe('تعرف على مواصفات سيارة ميتسوبيشي Triton الجديدة وطائرة Airbus A380، في 27 نوفمبر 2019.');
  });

  it('wraps Arabic runs inside English text', () => {
    const p = document.createElement('p');
    p.textContent = 'The minister Hulusi Akar (خلوصي أكار) visited Tripoli.';
    isolateBidiRuns(p, 'ltr');
    expect(Array.from(p.querySelectorAll('bdi')).map((b) => b.textContent)).toEqual(['خلوصي أكار']);
  });

  it('leaves code, existing bdi and explicit dir alone; does nothing on pure Arabic', () => {
    const root = document.createElement('div');
    const code = document.createElement('code'); code.textContent = 'x = 1';
    const span = document.createElement('span'); span.dir = 'ltr'; span.textContent = 'A380';
    const p = document.createElement('p'); p.textContent = 'نص عربي فقط';
    root.append(code, span, p);
    expect(isolateBidiRuns(root, 'rtl')).toBe(0);
    expect(root.querySelectorAll('bdi').length).toBe(0);
  });
});

describe('renderArticle', () => {
  it('sets lang and dir from the article (Arabic → rtl even when dir is missing) and sanitises', () => {
    const box = document.createElement('article');
    const dir = renderArticle(box, { html: '<p onclick="x()">قال Erdogan في 2020</p><script>1</script>', lang: 'ar', dir: null }, window);
    expect(dir).toBe('rtl');
    expect(box.getAttribute('dir')).toBe('rtl');
    expect(box.getAttribute('lang')).toBe('ar');
    expect(box.querySelector('script')).toBeNull();
    expect(box.querySelector('p')!.hasAttribute('onclick')).toBe(false);
    expect(Array.from(box.querySelectorAll('bdi')).map((b) => b.textContent)).toEqual(['Erdogan', '2020']);
  });

  it('an RTL language wins over a wrong ltr dir; ltr stays ltr', () => {
    const a = document.createElement('div');
    expect(renderArticle(a, { html: '<p>שלום</p>', lang: 'he', dir: 'ltr' }, window)).toBe('rtl');
    const b = document.createElement('div');
    expect(renderArticle(b, { html: '<p>Hello</p>', lang: 'en', dir: 'ltr' }, window)).toBe('ltr');
    expect(b.getAttribute('dir')).toBe('ltr');
  });

  it('renders the fixture article RTL with every paragraph present', () => {
    const fx = path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq/expected.json');
    const exp = JSON.parse(readFileSync(fx, 'utf8')) as { article_paragraphs: string[]; lang: string };
    const html = exp.article_paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    const box = document.createElement('div');
    renderArticle(box, { html, lang: exp.lang }, window);
    expect(box.dir).toBe('rtl');
    const ps = Array.from(box.querySelectorAll('p')).map((p) => p.textContent);
    expect(ps).toEqual(exp.article_paragraphs);
  });
});

describe('dateline view', () => {
  const published = '2020-12-27T06:12:00Z';
  it('Arabic UI: Arabic month name and Arabic-Indic digits; ISO in datetime and title', () => {
    const el = buildDateline(document, dl({ place: 'أنقرة', source: 'ليبيا اليوم', published }), { uiLang: 'ar', articleLang: 'ar', timeZone: 'UTC', t });
    expect(el.getAttribute('data-testid')).toBe('dateline');
    expect(el.querySelector('[data-testid=dateline-place]')!.textContent).toBe('أنقرة');
    expect(el.querySelector('[data-testid=dateline-source]')!.textContent).toBe('ليبيا اليوم');
    const time = el.querySelector('time[data-testid=dateline-published]')!;
    expect(time.getAttribute('datetime')).toBe(published);
    expect(time.getAttribute('title')).toBe(published);
    expect(time.textContent).toContain('ديسمبر');
    expect(time.textContent).toMatch(/[٠-٩]/);
    expect(time.textContent).not.toMatch(/[0-9]/);
  });

  it('place and source without a date: says no date was found, after them', () => {
    const el = buildDateline(document, dl({ place: 'أنقرة', source: 'ليبيا اليوم' }), { uiLang: 'en', articleLang: 'ar', timeZone: 'UTC', t });
    expect(el.querySelector('[data-testid=dateline-place]')!.textContent).toBe('أنقرة');
    expect(el.querySelector('time')).toBeNull();
    expect(el.querySelector('[data-testid=dateline-none]')!.textContent).toBe('No date');
    expect(el.lastElementChild!.getAttribute('data-testid')).toBe('dateline-none');
  });

  it('English UI: English month; time zone respected', () => {
    expect(formatDateTime(published, 'en', 'UTC')).toBe('December 27, 2020 at 6:12 AM');
    expect(formatDateTime(published, 'en', 'Africa/Tripoli')).toContain('8:12 AM');
    expect(formatDateTime('not a date', 'en')).toBeNull();
  });

  it('Maghreb Arabic keeps Western digits (CLDR); an explicit -u-nu- is respected', () => {
    expect(intlLocale('ar-LY')).toBe('ar-LY');
    expect(intlLocale('ar')).toBe('ar-u-nu-arab');
    expect(intlLocale('ar-EG')).toBe('ar-EG-u-nu-arab');
    expect(intlLocale('ar-u-nu-latn')).toBe('ar-u-nu-latn');
    expect(intlLocale('en-GB')).toBe('en-GB');
  });

  it('separator: a middle dot, but a bar where the UI digits have a dot-shaped zero (٠ ۰), so "· ٢٧" cannot read as "٠ ٢٧"', () => {
    expect(separatorFor('en')).toBe(' · ');
    expect(separatorFor('ar-LY')).toBe(' · '); // Maghreb Arabic writes Western digits
    expect(separatorFor('ar')).toBe(' | ');
    expect(separatorFor('fa')).toBe(' | ');
    const el = buildDateline(document, dl({ place: 'أنقرة', source: 'ليبيا اليوم', published }), { uiLang: 'ar', articleLang: 'ar', timeZone: 'UTC', t });
    expect([...el.querySelectorAll('.sep')].map((s) => s.textContent)).toEqual([' | ', ' | ']);
    const en = buildDateline(document, dl({ place: 'Ankara', source: 'Reuters', published }), { uiLang: 'en', timeZone: 'UTC', t });
    expect([...en.querySelectorAll('.sep')].map((s) => s.textContent)).toEqual([' · ', ' · ']);
  });

  it('nothing known → one muted line, no published element', () => {
    const el = buildDateline(document, dl({}), { uiLang: 'en', t });
    expect(el.textContent).toBe('No date');
    expect(el.querySelector('time')).toBeNull();
  });
});

describe('entities view', () => {
  const list: Entity[] = [
    ...Array.from({ length: 12 }, (_, i) => ent(`Person ${i}`, 'PERSON', 12 - i, i === 11 ? 100 : 12 - i)),
    ent('الأمم المتحدة', 'ORG', 2, 5),
    ent('طرابلس', 'PLACE', 7, 9),
    ent('ليبيا', 'PLACE', 9, 8),
  ];
  it('keeps the top 10 by salience overall, then groups PERSON / ORG / PLACE', () => {
    const g = groupEntities(list);
    expect(g.PERSON.length + g.ORG.length + g.PLACE.length).toBe(10);
    expect(g.PERSON[0].name).toBe('Person 11');
    expect(g.PERSON.length).toBe(8);
    expect(g.PLACE.map((e) => e.name)).toEqual(['طرابلس', 'ليبيا']);
    expect(g.ORG).toEqual([]);
    expect(groupEntities(list, 20).ORG.map((e) => e.name)).toEqual(['الأمم المتحدة']);
  });
  it('renders "name ×count" items under the test hooks', () => {
    const el = buildEntities(document, list, { t, limit: 20 });
    expect(el.getAttribute('data-testid')).toBe('entities');
    const groups = Array.from(el.querySelectorAll('[data-testid^=entity-group-]')).map((g) => g.getAttribute('data-testid'));
    expect(groups).toEqual(['entity-group-PERSON', 'entity-group-ORG', 'entity-group-PLACE']);
    const places = Array.from(el.querySelectorAll('[data-testid=entity-group-PLACE] [data-testid=entity]')).map((e) => e.textContent);
    expect(places).toEqual(['طرابلس ×7', 'ليبيا ×9']);
    expect(el.querySelector('[data-testid=entity-group-PERSON] h3')!.textContent).toBe('People');
  });
  it('no entities → a muted line', () => {
    expect(buildEntities(document, [], { t }).textContent).toBe('entitiesNone');
  });
});

describe('localizeDocument', () => {
  it('sets html lang/dir from the UI locale and fills data-i18n strings', () => {
    document.body.replaceChildren();
    const b = document.createElement('button'); b.setAttribute('data-i18n', 'entitiesPeople'); document.body.appendChild(b);
    localizeDocument(document, t, 'ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(b.textContent).toBe('People');
    localizeDocument(document, t, 'en-US');
    expect(document.documentElement.dir).toBe('ltr');
    expect(dirOfLang('fa-IR')).toBe('rtl');
    expect(dirOfLang('az-Arab')).toBe('rtl');
  });
});

describe('dateline view inside an RTL article with an LTR UI', () => {
  it('the published time keeps the UI direction and language', () => {
    const el = buildDateline(document, dl({ published: '2020-12-27T06:12:00Z' }), { uiLang: 'en', articleLang: 'ar', timeZone: 'UTC', t });
    const time = el.querySelector('time')!;
    expect(time.getAttribute('dir')).toBe('ltr');
    expect(time.getAttribute('lang')).toBe('en');
  });
});
