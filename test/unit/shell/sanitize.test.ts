// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticleHtml, renderSanitized } from '../../../lib/sanitize';

/** A jsdom that really runs inline handlers, so "runs no script" can be observed. */
function liveDom() {
  const dom = new JSDOM('<!doctype html><html><head></head><body><div id="t"></div></body></html>', {
    runScripts: 'dangerously',
    url: 'https://reader.example/',
  });
  const win = dom.window as unknown as Window & { pwned?: number };
  return { dom, win, target: dom.window.document.getElementById('t')! };
}

/** Fires every event an attacker could hook on every element, and checks the flag. */
function triggerEverything(win: Window & { pwned?: number }, root: Element) {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const type of ['error', 'load', 'click', 'mouseover', 'focus', 'toggle', 'animationstart', 'begin']) {
      el.dispatchEvent(new (win as unknown as typeof globalThis).Event(type));
    }
  }
  return win.pwned ?? 0;
}

const HOSTILE: Record<string, string> = {
  'img onerror': '<img src=x onerror="window.pwned=1">',
  'svg onload': '<svg onload="window.pwned=1"><circle r=1></circle></svg>',
  'svg in p': '<p><svg><script>window.pwned=1</script></svg></p>',
  'script tag': '<p>hi</p><script>window.pwned=1</script>',
  'javascript href': '<a href="javascript:window.pwned=1">x</a>',
  'javascript href entity': '<a href="jav&#x09;ascript:window.pwned=1">x</a>',
  'javascript href upper': '<a href=" JaVaScRiPt:window.pwned=1">x</a>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  'body onload': '<body onload="window.pwned=1">',
  'details ontoggle': '<details open ontoggle="window.pwned=1">x</details>',
  'form action': '<form action="javascript:window.pwned=1"><button>go</button></form>',
  'mXSS noscript': '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>">',
  'mXSS math/mglyph': '<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=1></style></mglyph></table></mtext></math>',
  'mXSS svg style': '<svg></p><style><a id="</style><img src=1 onerror=window.pwned=1>">',
  'mXSS form nesting': '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.pwned=1>',
  'style tag': '<style>@import "javascript:window.pwned=1"</style><p>t</p>',
  'style attr': '<p style="background:url(javascript:window.pwned=1)">t</p>',
  'object data': '<object data="javascript:window.pwned=1"></object>',
  'embed': '<embed src="javascript:window.pwned=1">',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=1">',
  'base href': '<base href="javascript:/"><a href="/x">x</a>',
  'data html img': '<img src="data:text/html,<script>window.pwned=1</script>">',
  'svg data img': '<img src="data:image/svg+xml,<svg onload=window.pwned=1>">',
  'template': '<template><img src=x onerror=window.pwned=1></template>',
  'a xlink': '<svg><a xlink:href="javascript:window.pwned=1"><text>x</text></a></svg>',
};

describe('sanitizeArticleHtml: hostile inputs never run script', () => {
  it('the detector works: unsanitised payloads do run in this jsdom', () => {
    const { win, target } = liveDom();
    // Deliberately unsafe, to prove the harness can observe script execution.
    target.innerHTML = '<img src=x onerror="window.pwned=1">';
    expect(triggerEverything(win, target)).toBe(1);
  });

  for (const [name, payload] of Object.entries(HOSTILE)) {
    it(name, () => {
      const { win, target } = liveDom();
      renderSanitized(target, `<p>before</p>${payload}<p>after</p>`, win, { baseUrl: 'https://news.example/a/b.html' });
      expect(triggerEverything(win, target)).toBe(0);
      for (const el of Array.from(target.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          expect(a.name.startsWith('on'), `${el.tagName}[${a.name}]`).toBe(false);
          expect(a.value.replace(/\s/g, '').toLowerCase()).not.toContain('javascript:');
          expect(['style', 'srcdoc', 'id', 'class']).not.toContain(a.name);
        }
        expect(['SCRIPT', 'STYLE', 'IFRAME', 'FORM', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'META', 'BASE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON']).not.toContain(el.tagName.toUpperCase());
      }
      expect(target.textContent).toContain('before');
      // Unclosed mXSS constructs may legitimately swallow what follows; well-formed ones may not.
      if (!name.startsWith('mXSS')) expect(target.textContent).toContain('after');
    });
  }
});

describe('sanitizeArticleHtml: article markup survives', () => {
  const { window } = new JSDOM('');
  const win = window as unknown as Window;
  const parse = (html: string) => {
    const d = new JSDOM(`<div id=r>${sanitizeArticleHtml(html, win, { baseUrl: 'https://news.example/world/story.html' })}</div>`);
    return d.window.document.getElementById('r')!;
  };

  it('keeps headings, lists, figures, tables, quotes, code, time, span[dir], bdi', () => {
    const r = parse(`<h2>H</h2><ul><li>a</li></ul><ol start="3"><li>b</li></ol>
      <figure><img src="https://cdn.example/p.jpg" alt="A"><figcaption>Cap</figcaption></figure>
      <table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody></table>
      <blockquote>q</blockquote><pre><code>x = 1</code></pre><time datetime="2020-12-27">27</time>
      <span dir="ltr">A380</span><bdi>Triton</bdi>`);
    for (const sel of ['h2', 'ul li', 'ol[start="3"]', 'figure img[alt="A"]', 'figcaption', 'th[scope="col"]', 'td[colspan="2"]', 'blockquote', 'pre code', 'time[datetime="2020-12-27"]', 'span[dir="ltr"]', 'bdi']) {
      expect(r.querySelector(sel), sel).not.toBeNull();
    }
  });

  it('links: http(s) only, absolute, rel noopener noreferrer, target _blank', () => {
    const r = parse('<a href="/politics/1.html">rel</a><a href="https://x.example/">abs</a><a href="ftp://x.example/f">ftp</a><a href="mailto:a@b.c">m</a>');
    const as = Array.from(r.querySelectorAll('a'));
    expect(as.map((a) => a.getAttribute('href'))).toEqual(['https://news.example/politics/1.html', 'https://x.example/', null, null]);
    for (const a of as) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('images: http(s) and raster data: URLs only; relative resolved', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const r = parse(`<img src="${png}"><img src="img/a.jpg"><img src="blob:https://x/1"><img src="data:image/svg+xml;base64,PHN2Zz4=">`);
    expect(Array.from(r.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual([png, 'https://news.example/world/img/a.jpg', null, null]);
  });

  it('drops relative URLs when no base URL is known', () => {
    const out = sanitizeArticleHtml('<a href="/x">x</a>', win);
    expect(out).not.toContain('href');
  });

  it('keeps Arabic text and entities intact', () => {
    const r = parse('<p>أكدت تركيا &amp; «الوفاق» 2019</p>');
    expect(r.textContent).toBe('أكدت تركيا & «الوفاق» 2019');
  });
});

describe('sanitizeArticleHtml: tracking pixels are dropped', () => {
  const { window } = new JSDOM('');
  const win = window as unknown as Window;
  const srcs = (html: string) => {
    const d = new JSDOM(`<div id=r>${sanitizeArticleHtml(html, win, { baseUrl: 'https://news.example/a.html' })}</div>`);
    return Array.from(d.window.document.querySelectorAll('img')).map((i) => i.getAttribute('src')!.replace('https://news.example/', ''));
  };

  it('width/height ≤ 2 or a hiding inline style → removed; real images stay', () => {
    const pixels = [
      '<img src="/p1.gif" width="1" height="1">', '<img src="/p2.gif" width="0">', '<img src="/p3.gif" height="2px">',
      '<img src="/p4.gif" width="1.5">', '<img src="/p5.gif" style="display: none">', '<img src="/p6.gif" style="color:red;visibility:hidden">',
      '<img src="/p7.gif" style="width:1px;height:1px">', '<img src="/p8.gif" style="opacity: 0">', '<img src="/p9.gif" style="max-height:0">',
    ];
    const real = [
      '<img src="/r1.jpg" width="600" height="400">', '<img src="/r2.jpg">', '<img src="/r3.jpg" width="100%">', '<img src="/r4.jpg" height="20">',
      '<img src="/r5.jpg" style="width:200px;opacity:0.8">', '<img src="/r6.jpg" width="24" style="display:block">',
    ];
    // Interleaved, consecutive and nested (a pixel inside a link or figure) so removal mid-walk skips nothing.
    const html = `<p>a${pixels.slice(0, 3).join('')}${real[0]}</p><figure>${pixels[3]}${real[1]}${pixels[4]}</figure>`
      + `<p><a href="/x">${pixels[5]}${pixels[6]}</a>${real.slice(2).join('')}${pixels.slice(7).join('')}</p>`;
    expect(srcs(html)).toEqual(['r1.jpg', 'r2.jpg', 'r3.jpg', 'r4.jpg', 'r5.jpg', 'r6.jpg']);
  });

  it('the text around a pixel is kept', () => {
    const out = sanitizeArticleHtml('<p>before <img src="https://t.example/p.gif" width="1" height="1"> after</p>', win);
    expect(out).toBe('<p>before  after</p>');
  });
});
