// @vitest-environment jsdom
import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { createLibrary, LibraryError, type NewArticle } from '../../../lib/store';
import { parseBackup, serializeBackup, toBackup, BackupError } from '../../../lib/library/backup';
import { exportHtml, exportMarkdown, fileName, DEFAULT_LABELS } from '../../../lib/library/export';

const fx = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/libyatoday-turkey-wifaq/expected.json'), 'utf8')) as { url: string; title: string; article_paragraphs: string[] };
const ev = { rule: 'json-ld', text: '2020-12-27T08:12:00+02:00', offsetMinutes: 120, confidence: 0.9 };
const arabic: NewArticle = {
  url: fx.url, title: fx.title, byline: null, siteName: 'ليبيا اليوم', lang: 'ar', dir: 'rtl', excerpt: fx.article_paragraphs[0],
  html: fx.article_paragraphs.map((p) => `<p>${p}</p>`).join('') + '<blockquote><p>«قول»</p></blockquote><ul><li>أولاً</li></ul>',
  text: fx.article_paragraphs.join('\n\n'),
  dateline: { place: 'أنقرة', source: 'ليبيا اليوم', published: '2020-12-27T06:12:00Z', modified: null, evidence: { place: { rule: 'dateline-line', text: 'أنقرة' }, source: null, published: ev, modified: null } },
  entities: [{ name: 'خلوصي أكار', type: 'PERSON', count: 3, variants: ['خلوصي أكار', 'أكار'], salience: 2.5 }],
  savedAt: '2024-03-01T10:00:00.000Z',
};
const english: NewArticle = {
  url: 'https://wire.example/ruto', title: 'Ruto *meets* [Erdoğan]', byline: 'A. Writer', siteName: 'Wire', lang: 'en', dir: 'ltr', excerpt: null,
  html: '<h2>Talks</h2><p>President <a href="https://wire.example/x">Ruto</a> met <em>Erdoğan</em>.</p><pre><code>x = 1</code></pre><img src="https://wire.example/a.jpg" alt="Photo">',
  text: 'Talks\n\nPresident Ruto met Erdoğan.', dateline: { place: null, source: null, published: null, modified: null, evidence: { place: null, source: null, published: null, modified: null } },
  entities: [], savedAt: '2024-03-02T10:00:00.000Z',
};

let factory: IDBFactory;
beforeEach(() => { factory = new IDBFactory(); });

async function filled(name: string) {
  const lib = createLibrary(factory, IDBKeyRange, name);
  const a = await lib.saveArticle(arabic);
  const b = await lib.saveArticle(english);
  await lib.setTags(a.id, ['ليبيا', 'Turkey']);
  await lib.setRead(b.id, true);
  await lib.setFlags([a.id], { favorite: true });
  await lib.setFlags([b.id], { archived: true });
  await lib.setPosition(a.id, { block: 3, progress: 0.42 });
  await lib.setHighlights(a.id, [
    { id: 'h1', exact: 'أنقرة', prefix: '', suffix: ' - ليبيا', note: 'المكان «المهم»', createdAt: '2024-03-05T10:00:00.000Z' },
    { id: 'h2', exact: 'Ruto met', prefix: 'x', suffix: 'y', note: '', createdAt: '2024-03-05T11:00:00.000Z' },
  ]);
  return lib;
}

describe('JSON backup: export → import round trip', () => {
  it('is lossless: the imported library deep-equals the original (ids included)', async () => {
    const src = await filled('src');
    const original = await src.listArticles();
    const text = serializeBackup(toBackup(original, new Date('2024-04-01T00:00:00Z')));
    expect(text).toContain('خلوصي أكار'); // not \u-escaped
    const dst = createLibrary(factory, IDBKeyRange, 'dst');
    expect(await dst.importArticles(parseBackup(text).articles)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await dst.listArticles()).toEqual(original);
    expect(await dst.listCards()).toEqual(await src.listCards());
    // The v3 fields are part of what travels.
    const ar = (await dst.listArticles()).find((x) => x.lang === 'ar')!;
    expect(ar.favorite).toBe(1);
    expect(ar.position).toMatchObject({ block: 3, progress: 0.42 });
    expect(ar.highlights.map((h) => [h.id, h.note])).toEqual([['h1', 'المكان «المهم»'], ['h2', '']]);
    expect((await dst.listArticles()).find((x) => x.lang === 'en')!.archived).toBe(1);
  });

  it('a version 1 backup (before favourites, positions and highlights) still imports, with their defaults', async () => {
    const src = await filled('v1src');
    const b = JSON.parse(serializeBackup(toBackup(await src.listArticles(), new Date('2024-04-01T00:00:00Z'))));
    b.version = 1;
    for (const a of b.articles) { delete a.favorite; delete a.archived; delete a.position; delete a.highlights; }
    const dst = createLibrary(factory, IDBKeyRange, 'v1dst');
    expect(await dst.importArticles(parseBackup(JSON.stringify(b)).articles)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    for (const a of await dst.listArticles()) {
      expect([a.favorite, a.archived, a.position, a.highlights]).toEqual([0, 0, null, []]);
    }
    // A v1 file may not carry v2 fields.
    b.articles[0].favorite = 1;
    expect(() => parseBackup(JSON.stringify(b))).toThrow(/unknown field "favorite"/);
  });

  it('importing twice does not duplicate; a newer copy in the file wins, an older one does not', async () => {
    const lib = await filled('twice');
    const backup = toBackup(await lib.listArticles(), new Date());
    expect(await lib.importArticles(backup.articles)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await lib.listArticles()).length).toBe(2);
    const newer = backup.articles.map((a) => (a.lang === 'en' ? { ...a, title: 'Changed', updatedAt: '2030-01-01T00:00:00.000Z' } : { ...a, title: 'Old', updatedAt: '2000-01-01T00:00:00.000Z' }));
    expect(await lib.importArticles(newer)).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const titles = (await lib.listArticles()).map((a) => a.title).sort();
    expect(titles).toEqual(['Changed', fx.title].sort());
  });

  it('an import that fails half-way (quota) changes nothing', async () => {
    const lib = await filled('quota');
    const before = await lib.listArticles();
    const articles = [
      { ...toBackup(before, new Date()).articles[0], url: 'https://new.example/1', id: undefined },
      { ...toBackup(before, new Date()).articles[0], url: 'https://new.example/2', id: undefined },
    ];
    const origAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    IDBObjectStore.prototype.add = function (...args: Parameters<typeof origAdd>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return origAdd.apply(this, args);
    };
    try {
      const err = await lib.importArticles(articles).catch((e) => e);
      expect(err).toBeInstanceOf(LibraryError);
      expect(err.code).toBe('quota');
    } finally {
      IDBObjectStore.prototype.add = origAdd;
    }
    expect(calls).toBe(2);
    expect(await lib.listArticles()).toEqual(before);
  });
});

describe('parseBackup rejects corrupt and foreign files with a clear message', () => {
  const good = () => JSON.parse(serializeBackup(toBackup([{ ...arabic, id: 1, updatedAt: arabic.savedAt, tags: [], read: 0, imageBytes: 0, favorite: 0, archived: 0, position: null, highlights: [], published: null, entityNames: [] }], new Date('2024-01-01T00:00:00Z'))));
  const bad = (mutate: (b: Record<string, any>) => void) => { const b = good(); mutate(b); return JSON.stringify(b); };
  it('accepts a good file', () => {
    expect(parseBackup(JSON.stringify(good())).articles.length).toBe(1);
  });
  it.each([
    ['not JSON', '{"format": "sahifa-backup", "version": 1, "articles": [', /not JSON/],
    ['foreign JSON', JSON.stringify({ items: [] }), /not a Sahifa backup/],
    ['newer version', bad((b) => { b.version = 3; }), /version 3 is not supported/],
    ['v2 field missing', bad((b) => { delete b.articles[0].highlights; }), /articles\[0\]: missing field "highlights"/],
    ['bad highlight', bad((b) => { b.articles[0].highlights = [{ id: 'h1', exact: '', prefix: '', suffix: '', note: '', createdAt: '2024-01-01T00:00:00Z' }]; }), /articles\[0\]\.highlights\[0\]\.exact/],
    ['bad position', bad((b) => { b.articles[0].position = { block: 2, progress: 7, at: '2024-01-01T00:00:00Z' }; }), /articles\[0\]\.position\.progress/],
    ['bad favourite', bad((b) => { b.articles[0].favorite = true; }), /articles\[0\]\.favorite/],
    ['missing articles', bad((b) => { delete b.articles; }), /missing field "articles"/],
    ['bad url', bad((b) => { b.articles[0].url = 'javascript:alert(1)'; }), /articles\[0\]\.url/],
    ['bad dir', bad((b) => { b.articles[0].dir = 'up'; }), /articles\[0\]\.dir/],
    ['bad date', bad((b) => { b.articles[0].dateline.published = 'yesterday'; }), /articles\[0\]\.dateline\.published/],
    ['bad entity type', bad((b) => { b.articles[0].entities[0].type = 'THING'; }), /entities\[0\]\.type/],
    ['unknown field', bad((b) => { b.articles[0].script = 'x'; }), /unknown field "script"/],
    ['bad read', bad((b) => { b.articles[0].read = true; }), /articles\[0\]\.read/],
    ['bad tags', bad((b) => { b.articles[0].tags = [1]; }), /articles\[0\]\.tags\[0\]/],
    ['bad evidence', bad((b) => { b.articles[0].dateline.evidence.published = { rule: 1, text: '' }; }), /evidence\.published\.rule/],
  ])('%s', (_name, text, msg) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(msg);
  });
});

describe('HTML and Markdown export', () => {
  const rec = (a: NewArticle) => ({ ...a, tags: ['ليبيا'] });
  it('standalone HTML: doctype, charset, inline style, article lang/dir, sanitised body, no script', () => {
    const html = exportHtml([rec({ ...arabic, html: arabic.html + '<script>alert(1)</script><p onclick="x()">ok</p>' })], window);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.lang).toBe('ar');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('style')!.textContent).toContain('border-inline-start');
    expect(doc.querySelector('h1')!.textContent).toBe(fx.title);
    expect(doc.querySelector('script, [onclick]')).toBeNull();
    expect(doc.querySelector('.sahifa-body')!.textContent).toContain(fx.article_paragraphs[1]);
    expect(doc.querySelector('.sahifa-meta a')!.getAttribute('href')).toBe(fx.url);
  });
  it('several articles: each <article> keeps its own lang and dir; the page takes the UI language', () => {
    const doc = new DOMParser().parseFromString(exportHtml([rec(arabic), rec(english)], window, { uiLang: 'en' }), 'text/html');
    expect(doc.documentElement.dir).toBe('ltr');
    expect([...doc.querySelectorAll('article')].map((a) => `${a.lang}/${a.dir}`)).toEqual(['ar/rtl', 'en/ltr']);
  });
  it('Markdown: front matter with lang/dir, Arabic text intact, structure kept', () => {
    const md = exportMarkdown([rec(arabic)], window);
    expect(md).toMatch(/^---\ntitle: /);
    expect(md).toContain('lang: ar\ndir: rtl');
    for (const p of fx.article_paragraphs) {
      // Markdown may escape ASCII punctuation only; the Arabic words are unchanged and in order.
      expect(md.replace(/\\/g, '')).toContain(p);
    }
    expect(md).toContain('> «قول»');
    expect(md).toContain('-   أولاً');
    const en = exportMarkdown([rec(english)], window);
    expect(en).toContain('## Talks');
    expect(en).toContain('[Ruto](https://wire.example/x)');
    expect(en).toContain('```\nx = 1\n```');
    expect(en).toContain('![Photo](https://wire.example/a.jpg)');
    const both = exportMarkdown([rec(arabic), rec(english)], window);
    expect(both.split('\n* * *\n').length).toBe(2);
  });
  it('highlights and notes follow the article in HTML and Markdown (labels in the UI language); none → no section', () => {
    const hl = [{ exact: 'التقى الوفد', note: 'مهم <b>جدًا</b>' }, { exact: 'سطر أول\nسطر ثان', note: '' }];
    const labels = { collection: 'مقالات', original: 'الأصل', published: 'نُشر', saved: 'حُفظ', tags: 'وسوم', highlights: 'التظليلات', note: 'ملاحظة' };
    const doc = new DOMParser().parseFromString(exportHtml([{ ...rec(arabic), highlights: hl }], window, { labels }), 'text/html');
    const sec = doc.querySelector('article > section.sahifa-highlights')!;
    expect(sec.querySelector('h2')!.textContent).toBe('التظليلات');
    expect([...sec.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(['التقى الوفد', 'سطر أول\nسطر ثان']);
    // The note is text, never markup.
    expect(sec.querySelector('.sahifa-note')!.textContent).toBe('ملاحظة: مهم <b>جدًا</b>');
    expect(sec.querySelector('b')).toBeNull();
    const md = exportMarkdown([{ ...rec(arabic), highlights: hl }], window, { labels });
    // The note's "<b>" is text: escaped so a Markdown viewer shows it rather than rendering bold.
    expect(md).toContain('\n## التظليلات\n\n> التقى الوفد\n\nملاحظة: مهم &lt;b&gt;جدًا&lt;/b&gt;\n\n> سطر أول\n> سطر ثان\n');
    expect(exportMarkdown([rec(arabic)], window)).not.toContain('## Highlights');
    expect(exportHtml([rec(arabic)], window)).not.toContain('sahifa-highlights"');
    const both = exportMarkdown([{ ...rec(arabic), highlights: hl }, rec(english)], window);
    expect(both.split('\n* * *\n')[0]).toContain('## Highlights\n\n> التقى الوفد');
  });
  it('Markdown: hostile <, > and & in every field never become raw HTML (turndown alone lets them through)', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const scr = '<script>alert(2)</script>';
    const hostile = {
      ...rec(english),
      title: `${evil} & ${scr}`, siteName: `Site ${scr}`, byline: `By ${evil}`, tags: [scr],
      dateline: { ...english.dateline, published: '2024-03-01T10:00:00Z' },
      html: `<p>Body ${'&lt;'}img src=x onerror=alert(3)${'&gt;'} &amp;lt;b&amp;gt;</p>`
        + '<p><img src="https://wire.example/a.jpg" alt="&lt;img src=x onerror=alert(4)&gt;" title="t\\&quot; &lt;img src=x onerror=alert(5)&gt;"></p>'
        + '<p><a href="https://wire.example/y" title="a\\&quot; &lt;img src=x onerror=alert(6)&gt;">link &lt;b&gt;</a></p>'
        + '<pre>&lt;script&gt;alert(7)&lt;/script&gt;</pre>'
        + '<pre><code>  ```\n&lt;script&gt;alert(8)&lt;/script&gt;</code></pre>',
      highlights: [{ exact: `quote ${evil}\n> ${scr}`, note: `note ${scr}\n${evil}` }],
    };
    // Outside code (fences, spans) and autolinks, no "<" may remain and every "&" starts a character reference.
    const prose = (md: string) => md
      .replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '')
      .replace(/`[^`\n]*`/g, '')
      .replace(/<https?:\/\/[^\s<>]*>/g, '');
    const labels = { ...DEFAULT_LABELS, note: `N<i>` };
    for (const md of [exportMarkdown([hostile], window, { labels }), exportMarkdown([hostile, rec(arabic)], window, { labels })]) {
      const rest = prose(md);
      expect(rest).not.toMatch(/</);
      expect(rest).not.toMatch(/&(?!(amp|lt|gt);)/);
      // The fences hold the code, and the fake closing fence inside does not end its block.
      expect(md).toMatch(/^```\n<script>alert\(7\)<\/script>\n```$/m);
      expect(md).toMatch(/^````\n  ```\n<script>alert\(8\)<\/script>\n````$/m);
    }
    const one = exportMarkdown([hostile], window);
    // Readers still see the original characters once references are decoded.
    expect(one).toContain('\n# &lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;\n');
    expect(one).toContain('![&lt;img src=x onerror=alert(4)&gt;](https://wire.example/a.jpg');
    expect(one).toContain('Body &lt;img src=x onerror=alert(3)&gt; &amp;lt;b&amp;gt;');
    expect(one).toContain('> quote &lt;img src=x onerror=alert(1)&gt;\n> \\&gt; &lt;script&gt;');
    // Front matter: YAML escapes, the parsed values are the exact originals.
    const fm = one.split('\n---\n')[0];
    expect(fm).not.toMatch(/[<>&]/);
    expect(JSON.parse(fm.match(/^title: (.*)$/m)![1])).toBe(hostile.title);
    expect(JSON.parse(fm.match(/^byline: (.*)$/m)![1])).toBe(hostile.byline);
  });
  it('fileName keeps Arabic letters and drops path characters', () => {
    expect(fileName('تركيا: "الوفاق" / 2020', 'md')).toBe('تركيا الوفاق 2020.md');
    expect(fileName('///', 'json')).toBe('sahifa.json');
  });
});
