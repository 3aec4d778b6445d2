import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { visibleText } from '../../lib/visible-text';

const HTML = `<html><head><title>T</title><style>.gone{display:none}</style></head><body>
<p>one <b>two</b></p>
<div hidden>h1</div><div aria-hidden="true">h2</div><div style="display: none">h3</div>
<div style="visibility:hidden">h4 <span style="visibility:visible">shown</span></div>
<template><p>h5</p></template><script>var h6 = 1;</script><noscript>h7</noscript><style>.h8{}</style>
<div data-sahifa-hidden="ad">h9</div><p class="gone">styled-away</p>
<p>three</p></body></html>`;

describe('visibleText', () => {
  it('keeps text nodes in order, skipping what the site or Sahifa hides (attributes and inline styles)', () => {
    const d = new JSDOM(HTML).window.document;
    expect(visibleText(d)).toBe('one two shown styled-away three');
  });
  it('uses computed styles when a window is given', () => {
    const dom = new JSDOM(HTML);
    expect(visibleText(dom.window.document, dom.window as unknown as Window)).toBe('one two shown three');
  });
  it('is empty for an empty body', () => {
    expect(visibleText(new JSDOM('<html><body></body></html>').window.document)).toBe('');
  });
});
