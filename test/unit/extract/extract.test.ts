// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { vi } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { AR_PAGE, EMPTY_PAGE, EN_PAGE, FR_PAGE, LIST_PAGE } from './pages';

const doc = (html: string) => new JSDOM(html, { url: 'https://news.example.test/story.html' }).window.document;

describe('extractArticle', () => {
  it('English page: h1 title, byline, site name, paragraphs, inline clutter removed', () => {
    const d = doc(EN_PAGE);
    const before = d.documentElement.outerHTML;
    const ex = extractArticle(d, { url: 'https://news.example.test/story.html' });
    const a = ex.article!;
    // The live page is byte-identical afterwards (the clean-up is the only writer, and it has not run).
    expect(d.documentElement.outerHTML).toBe(before);
    expect(a.title).toBe('Council approves the new harbour budget');
    expect(a.byline).toMatch(/Jane Doe/);
    expect(a.siteName).toBe('City Gazette');
    expect(a.lang).toBe('en');
    expect(a.dir).toBe('ltr');
    const paras = a.text.split('\n\n');
    expect(paras.filter((p) => p.startsWith('The city council voted'))).toHaveLength(4);
    expect(paras.filter((p) => p.startsWith('Opposition members'))).toHaveLength(3);
    for (const s of ['Advertisement', 'Harbour dredging starts', 'Read more', 'Tweet']) expect(a.text).not.toContain(s);
    // The article carries no attribute the pipeline adds: every attribute in it is one the page
    // already had, or the id/class of Readability's own wrapper.
    const pageAttrs = new Set<string>();
    for (const el of Array.from(d.querySelectorAll('*'))) for (const n of el.getAttributeNames()) pageAttrs.add(n);
    const out = new JSDOM(`<body>${a.html}</body>`).window.document;
    const wrapper = out.body.firstElementChild;
    for (const el of Array.from(out.body.querySelectorAll('*'))) {
      for (const n of el.getAttributeNames()) {
        if (el === wrapper && (n === 'id' || n === 'class')) continue;
        expect(n.startsWith('data-sahifa'), `attribute ${n}`).toBe(false);
        expect(pageAttrs.has(n), `attribute ${n} is not on the page`).toBe(true);
      }
    }
    expect(a.length).toBeGreaterThan(100);
    expect(ex.root?.tagName).toBe('ARTICLE');
  });

  it('Arabic page without lang/dir: lang ar, RTL, quoted h1 title, no «اقرأ أيضا» links or «إعلان»', () => {
    const a = extractArticle(doc(AR_PAGE), { url: 'https://news.example.test/ar.html' }).article!;
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
    expect(a.title).toBe('الحكومة تعلن خطة "جديدة" للطاقة الشمسية');
    expect(a.text).not.toContain('ارتفاع أسعار الوقود');
    expect(a.text).not.toContain('إعلان');
    expect(a.text.split('\n\n').filter((p) => p.startsWith('أعلنت الحكومة'))).toHaveLength(4);
    expect(a.siteName).toBe('news.example.test');
  });

  it('French page: lang fr, «Lire aussi» and «Publicité» out of the text', () => {
    const a = extractArticle(doc(FR_PAGE), { url: 'https://x.test/' }).article!;
    expect(a.lang).toBe('fr');
    expect(a.text).not.toContain('Lire aussi');
    expect(a.text).not.toContain('tramway');
    expect(a.text).not.toContain('Publicité');
    expect(a.text).toContain('Le président de région a salué');
  });

  it('a list page, an empty page, a menu-only page and a sign-in page give article null with a message', () => {
    for (const html of [LIST_PAGE, EMPTY_PAGE, '<html><body><nav>menu</nav></body></html>', fs.readFileSync(path.resolve(__dirname, '../../fixtures/no-article/page.html'), 'utf8')]) {
      const ex = extractArticle(doc(html), { url: 'https://x.test/' });
      expect(ex.article).toBeNull();
      expect(ex.message).toMatch(/no article/i);
      expect(ex.kept.size).toBe(0);
    }
  });

  it('each no-article outcome carries a stable reason code beside its English message', () => {
    const signIn = '<html><head><title>Sign in</title></head><body><main><h1>Sign in</h1><form action="/login"><label>Email address for your account <input></label><label>Password for your account <input type="password"></label><button>Sign in to your account</button></form><p><a href="/reset">Forgot your password?</a></p></main></body></html>';
    const menu = '<html><head><title>Menu</title></head><body><nav><ul><li><a href="/a">World news</a></li><li><a href="/b">Sport</a></li></ul><p>Browse every section of the site from the menu above here.</p></nav></body></html>';
    const cases: [string, string][] = [[EMPTY_PAGE, 'no-text'], [LIST_PAGE, 'mostly-links'], [signIn, 'form-page'], [menu, 'menu-only']];
    for (const [html, reason] of cases) {
      const ex = extractArticle(doc(html), { url: 'https://x.test/' });
      expect(ex.article).toBeNull();
      expect(ex.reason, html.slice(0, 60)).toBe(reason);
      expect(ex.message).toMatch(/^No article found on this page: /);
    }
    // An article has neither.
    const ok = extractArticle(doc(EN_PAGE), { url: 'https://x.test/' });
    expect(ok.reason).toBeUndefined();
  });

  it('a short page Readability takes as an article stays an article (no word-count threshold of our own)', () => {
    // One sentence, a heading over two pictures, a single word: Readability keeps each, so do we.
    const pages = [
      '<html><head><title>Notes</title></head><body><div><p>The meeting moved to the small hall on the second floor.</p></div></body></html>',
      '<html><head><title>Photos</title></head><body><article><h2>Harbour at dawn</h2><img src="/a.jpg" alt=""><h2>Harbour at dusk</h2><img src="/b.jpg" alt=""></article></body></html>',
      '<html><head><title>Word</title></head><body>Hello</body></html>',
    ];
    const want = ['The meeting moved to the small hall', 'Harbour at dusk', 'Hello'];
    pages.forEach((html, i) => {
      const ex = extractArticle(doc(html), { url: 'https://x.test/' });
      expect(ex.message).toBeUndefined();
      expect(ex.article?.text).toContain(want[i]);
    });
  });

  it('when Readability starts over, gives its answer on the page and runs its retries once, on the full copy', () => {
    // The story sits in a block whose class Readability's first pass strips as unlikely ("comment"), so it retries.
    const story = Array.from({ length: 6 }, (_, i) => `<p>The harbour board met on Monday and agreed a plan for new moorings, a longer quay and a ferry link to the islands, part ${i + 1}.</p>`).join('');
    const html = `<html><head><title>Harbour plan</title></head><body><div class="comment-wrap">${story}</div><p>Short note.</p></body></html>`;
    const words = (t: string) => t.replace(/([.,])(?=\S)/g, '$1 ').split(/\s+/).filter(Boolean);
    const proto = Readability.prototype as unknown as { _removeFlag: (f: number) => void };
    const spy = vi.spyOn(proto, '_removeFlag');
    try {
      const expected = words(new Readability(doc(html)).parse()!.textContent!);
      const retries = spy.mock.calls.length;
      expect(retries).toBeGreaterThan(0);
      spy.mockClear();
      const a = extractArticle(doc(html), { url: 'https://x.test/' }).article!;
      expect(words(a.text)).toEqual(expected);
      expect(a.text).toContain('part 6.');
      // Readability's own retries, once, on the full copy; none on the likely-only copy.
      expect(spy).toHaveBeenCalledTimes(retries);
    } finally {
      spy.mockRestore();
    }
  });

  it('a page wrapped whole in one <form> (ASP.NET style) is still an article', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>The harbour board met on Monday and agreed a plan for new moorings, a longer quay and a ferry link, part ${i + 1}.</p>`).join('');
    const html = `<html><head><title>Harbour plan</title></head><body><form id="aspnetForm" method="post" action="/story.aspx"><input type="hidden" name="__VIEWSTATE" value="x"><div class="story"><h1>Harbour plan</h1>${story}</div></form></body></html>`;
    const ex = extractArticle(doc(html), { url: 'https://x.test/' });
    expect(ex.message).toBeUndefined();
    expect(ex.article?.text).toContain('part 5.');
  });

  it('Hebrew and Persian text are RTL and get their language from the script', () => {
    const he = `<html><body><article>${'<p>הממשלה הודיעה היום על תוכנית חדשה להרחבת השימוש באנרגיה סולארית בערים ובכפרים בחמש השנים הקרובות.</p>'.repeat(5)}</article></body></html>`;
    const fa = `<html><body><article>${'<p>دولت امروز برنامه جدیدی برای گسترش استفاده از انرژی خورشیدی در شهرها و روستاها در پنج سال آینده اعلام کرد و گفت که این کار هزینه‌ها را کم می‌کند.</p>'.repeat(5)}</article></body></html>`;
    const h = extractArticle(doc(he), { url: 'https://x.test/' }).article!;
    const f = extractArticle(doc(fa), { url: 'https://x.test/' }).article!;
    expect([h.lang, h.dir]).toEqual(['he', 'rtl']);
    expect([f.lang, f.dir]).toEqual(['fa', 'rtl']);
  });

  it('never modifies the input document', () => {
    for (const html of [EN_PAGE, AR_PAGE, FR_PAGE, LIST_PAGE]) {
      const d = doc(html);
      const before = d.documentElement.outerHTML;
      extractArticle(d, { url: 'https://x.test/' });
      expect(d.documentElement.outerHTML).toBe(before);
    }
  });
});
