import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { closestMemo } from './dom';

describe('closestMemo', () => {
  it('answers like closest() for every element, in any order of questions', () => {
    const doc = new JSDOM('<body><nav><ul><li><a id="a">x</a></li></ul></nav><div><p id="b"><span id="c">y</span></p><nav id="d"></nav></div></body>').window.document;
    const inNav = closestMemo((e) => e.localName === 'nav');
    const els = Array.from(doc.querySelectorAll('*')).reverse();
    for (const el of els) expect(inNav(el)).toBe(!!el.closest('nav'));
    expect(inNav(doc.getElementById('c')!)).toBe(false);
    expect(inNav(doc.getElementById('a')!)).toBe(true);
    expect(inNav(doc.getElementById('d')!)).toBe(true);
  });
});
