import { describe, expect, it } from 'vitest';
import { linkRun } from './link-run';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

const linkP = (i: number, id = '') => `<p${id ? ` id="${id}"` : ''}><a href="/story/${i}">Story number ${i} about the harbour budget vote</a></p>`;

describe('link-run rule', () => {
  it('takes a "You may also like" label and the link-only paragraphs after it, skipping empty ad slots, up to the next prose', () => {
    const ctx = ctxFor(`<article><p>${prose(3)}</p><p id="lab">You may also like...</p>${linkP(1, 'l1')}<div class="slot"></div>${linkP(2, 'l2')}${linkP(3, 'l3')}<p id="after">${prose(2)}</p></article>`, { root: 'article' });
    expect(proposed(linkRun, ctx)).toEqual(['p#lab', 'p#l1', 'p#l2', 'p#l3']);
  });
  it('works in Arabic and French with the label in a strong inside the paragraph', () => {
    const ar = ctxFor(`<article><p>${prose(2)}</p><p id="lab"><strong>اقرأ أيضا:</strong></p>${linkP(1, 'l1')}</article>`, { root: 'article', lang: 'ar' });
    expect(proposed(linkRun, ar)).toEqual(['p#lab', 'p#l1']);
    const fr = ctxFor(`<article><p>${prose(2)}</p><h3 id="lab">Lire aussi</h3>${linkP(1, 'l1')}${linkP(2, 'l2')}</article>`, { root: 'article', lang: 'fr' });
    expect(proposed(linkRun, fr)).toEqual(['h3#lab', 'p#l1', 'p#l2']);
  });
  it('takes 3 unlabelled link-only paragraphs in a row inside the article, not 2', () => {
    const three = ctxFor(`<article><p>${prose(3)}</p>${linkP(1, 'a')}${linkP(2, 'b')}${linkP(3, 'c')}</article>`, { root: 'article' });
    expect(proposed(linkRun, three)).toEqual(['p#a', 'p#b', 'p#c']);
    const two = ctxFor(`<article><p>${prose(3)}</p>${linkP(1, 'a')}${linkP(2, 'b')}<p>${prose(1)}</p></article>`, { root: 'article' });
    expect(proposed(linkRun, two)).toEqual([]);
  });
  it('leaves a label followed by prose, and paragraphs with a link inside prose', () => {
    const ctx = ctxFor(`<article><h2>Related</h2><p>${prose(2)} <a href="/x">source</a></p><p>See <a href="/a">the report</a> and <a href="/b">the annex</a> for the full figures of the year, which the council published.</p></article>`, { root: 'article' });
    expect(proposed(linkRun, ctx)).toEqual([]);
  });
});

describe('link-run rule, kickers', () => {
  it('after a label, one paragraph of several linked headlines with kickers between them is part of the run', () => {
    const ctx = ctxFor(`<article><p>${prose(3)}</p><p id="lab"><strong>DON'T MISS</strong></p><p id="links"><a href="/a">Council rejects the harbour plan after long debate</a> [<strong>INSIGHT]<br></strong><a href="/b">Ferry strike ends as unions accept the offer</a> [<strong>VIDEO]</strong></p><p id="after">${prose(2)}</p></article>`, { root: 'article' });
    expect(proposed(linkRun, ctx)).toEqual(['p#lab', 'p#links']);
  });
});

describe('link-run rule, references', () => {
  it('leaves a run of short link-only paragraphs (references such as "link", "PDF")', () => {
    const ctx = ctxFor(`<article><p>${prose(3)}</p><p><a href="/1">link</a></p><p><a href="/2">PDF</a></p><p><a href="/3">link</a></p></article>`, { root: 'article' });
    expect(proposed(linkRun, ctx)).toEqual([]);
  });
});
