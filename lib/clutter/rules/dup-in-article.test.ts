import { describe, expect, it } from 'vitest';
import { dupInArticle } from './dup-in-article';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

const fig = (id: string, cap: string) => `<figure id="${id}"><img src="/p.jpg" alt=""><figcaption id="${id}-c">${cap}</figcaption></figure>`;

describe('dup-in-article rule', () => {
  it('keeps the first copy of a caption repeated under every photo and proposes the later ones', () => {
    const cap = 'The festival opening night at the old theatre, photographed by the press team';
    const ctx = ctxFor(`<article><p>${prose(2)}</p>${fig('f1', cap)}<p>${prose(1, 'Later that week')}</p>${fig('f2', cap)}${fig('f3', cap)}</article>`, { root: 'article' });
    expect(proposed(dupInArticle, ctx)).toEqual(['figcaption#f2-c', 'figcaption#f3-c']);
  });
  it('leaves distinct blocks, short repeats and text outside the article alone', () => {
    const ctx = ctxFor(`<aside><p>Same words printed in the sidebar and nowhere else at all</p></aside><article><p>${prose(2)}</p><p>Yes.</p><p>Yes.</p><p>${prose(1, 'Another point')}</p></article><footer><p>Same words printed in the sidebar and nowhere else at all</p></footer>`, { root: 'article' });
    expect(proposed(dupInArticle, ctx)).toEqual([]);
  });
});

describe('dup-in-article rule, running text', () => {
  it('leaves repeated paragraphs of running text and repeated table cells alone; takes a repeated caption marked as such, not a paragraph repeated after each photo', () => {
    const para = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.';
    const cap = 'Dancers on the main stage during the opening parade of the festival';
    const ctx = ctxFor(`<article><p>${para}</p><p>${para}</p><table><tr><td>Same cell text in every row here</td></tr><tr><td>Same cell text in every row here</td></tr></table>
      <p><img src="/1.jpg"></p><p class="wp-caption-text" id="c1">${cap}</p><p><img src="/1.jpg"></p><p>${para}</p><p>${prose(1)}</p><p><img src="/2.jpg"></p><p class="wp-caption-text" id="c2">${cap}</p><p><img src="/3.jpg"></p><p>${para}</p></article>`, { root: 'article' });
    expect(proposed(dupInArticle, ctx)).toEqual(['p#c2.wp-caption-text']);
  });
});
