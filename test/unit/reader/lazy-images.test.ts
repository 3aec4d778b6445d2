// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { bestSrcsetCandidate, isPlaceholderSrc, parseSrcset, resolveLazyImages } from '../../../lib/reader/lazy-images';

const body = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('srcset', () => {
  it('parses width and density descriptors', () => {
    expect(parseSrcset('a.jpg 320w, b.jpg 800w')).toEqual([{ url: 'a.jpg', w: 320 }, { url: 'b.jpg', w: 800 }]);
    expect(parseSrcset('a.jpg 1x, b.jpg 2x')).toEqual([{ url: 'a.jpg', x: 1 }, { url: 'b.jpg', x: 2 }]);
    expect(parseSrcset('')).toEqual([]);
  });
  it('best candidate: widest up to 1600w, else narrowest; highest density up to 2x', () => {
    expect(bestSrcsetCandidate('s.jpg 320w, m.jpg 1024w, l.jpg 2400w')).toBe('m.jpg');
    expect(bestSrcsetCandidate('xl.jpg 3000w, l.jpg 2400w')).toBe('l.jpg');
    expect(bestSrcsetCandidate('a.jpg 1x, b.jpg 2x, c.jpg 3x')).toBe('b.jpg');
    expect(bestSrcsetCandidate('only.jpg')).toBe('only.jpg');
  });
  it('placeholders: tiny data images, blank/spacer files, empty', () => {
    expect(isPlaceholderSrc(PIXEL)).toBe(true);
    expect(isPlaceholderSrc('/img/blank.gif')).toBe(true);
    expect(isPlaceholderSrc('')).toBe(true);
    expect(isPlaceholderSrc('https://cdn.example/photos/2020/tanks.jpg')).toBe(false);
  });
});

describe('resolveLazyImages', () => {
  it('data-src and data-lazy-src fill a placeholder src; loading=lazy dropped', () => {
    const b = body(`<img src="${PIXEL}" data-src="/p/one.jpg" loading="lazy"><img data-lazy-src="https://x.example/two.jpg">`);
    expect(resolveLazyImages(b)).toBe(2);
    const imgs = b.querySelectorAll('img');
    expect(imgs[0].getAttribute('src')).toBe('/p/one.jpg');
    expect(imgs[0].hasAttribute('loading')).toBe(false);
    expect(imgs[1].getAttribute('src')).toBe('https://x.example/two.jpg');
  });
  it('data-srcset / srcset give their best candidate; a real src without srcset stays', () => {
    const b = body(`<img src="/lazy.gif" data-srcset="/a-400.jpg 400w, /a-1200.jpg 1200w"><img src="/keep.jpg" alt="k"><img src="/small.jpg" srcset="/small.jpg 300w, /big.jpg 1000w">`);
    resolveLazyImages(b);
    const imgs = b.querySelectorAll('img');
    expect(imgs[0].getAttribute('src')).toBe('/a-1200.jpg');
    expect(imgs[1].getAttribute('src')).toBe('/keep.jpg');
    expect(imgs[2].getAttribute('src')).toBe('/big.jpg');
  });
  it('<picture><source srcset> fills an empty img', () => {
    const b = body(`<picture><source type="image/webp" data-srcset="/p.webp 800w"><img alt="p"></picture>`);
    resolveLazyImages(b);
    expect(b.querySelector('img')!.getAttribute('src')).toBe('/p.webp');
  });
  it('<noscript> after a placeholder img fills it and goes away (element content)', () => {
    const b = body(`<figure><img src="${PIXEL}" class="lazy"><noscript><img src="/real.jpg" alt="Real"></noscript><figcaption>cap</figcaption></figure>`);
    expect(resolveLazyImages(b)).toBe(1);
    expect(b.querySelectorAll('img')).toHaveLength(1);
    expect(b.querySelector('img')!.getAttribute('src')).toBe('/real.jpg');
    expect(b.querySelector('img')!.getAttribute('alt')).toBe('Real');
    expect(b.querySelector('noscript')).toBeNull();
    expect(b.querySelector('figcaption')!.textContent).toBe('cap');
  });
  it('<noscript> parsed as text (scripting on) without an img becomes an img; attribute entities decoded', () => {
    const doc = new JSDOM(`<!doctype html><body><div id="d"></div></body>`).window.document;
    const ns = doc.createElement('noscript');
    ns.textContent = `<img src="/q.jpg?a=1&amp;b=2" alt='Quote "x"' width="640">`;
    doc.getElementById('d')!.appendChild(ns);
    expect(resolveLazyImages(doc.body)).toBe(1);
    const img = doc.querySelector('#d img')!;
    expect(img.getAttribute('src')).toBe('/q.jpg?a=1&b=2');
    expect(img.getAttribute('alt')).toBe('Quote "x"');
    expect(img.getAttribute('width')).toBe('640');
    expect(doc.querySelector('noscript')).toBeNull();
  });
  it('leaves real images, noscripts without images and non-URL data attributes alone', () => {
    const b = body(`<img src="/a.jpg" data-src="not a url"><noscript>Enable JS</noscript><img src="${PIXEL}" data-src="javascript:alert(1)">`);
    expect(resolveLazyImages(b)).toBe(0);
    expect(b.querySelectorAll('img')[0].getAttribute('src')).toBe('/a.jpg');
    expect(b.querySelectorAll('img')[1].getAttribute('src')).toBe(PIXEL);
    expect(b.querySelector('noscript')).not.toBeNull();
  });
});
