import { describe, expect, it } from 'vitest';
import { linkList } from './link-list';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

const dated = (n: number) => Array.from({ length: n }, (_, i) => `<li><span class="d">GMT 1${i}:00 2019</span><a href="/n/${i}">A headline about something unrelated number ${i}</a></li>`).join('');

describe('link-list rule', () => {
  it('finds a rail of dated headline links outside the article', () => {
    const ctx = ctxFor(`<article id="art"><p>${prose(5)}</p></article><aside><ul id="rail">${dated(5)}</ul></aside>`, { kept: 'article p', root: 'article' });
    expect(proposed(linkList, ctx)).toEqual(['ul#rail']);
  });
  it('leaves menus, lists inside the article, and lists without an article alone', () => {
    const menu = `<ul id="menu">${['Home', 'World', 'Sport', 'Economy'].map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul>`;
    const ctx = ctxFor(`${menu}<article id="art"><p>${prose(5)}</p><ul id="inner">${dated(4)}</ul></article>`, { kept: 'article p', root: 'article' });
    expect(proposed(linkList, ctx)).toEqual([]);
    expect(proposed(linkList, ctxFor(`<ul id="rail">${dated(5)}</ul>`))).toEqual([]);
  });
  it('leaves lists of prose items alone', () => {
    const items = Array.from({ length: 4 }, (_, i) => `<li>${prose(2)} <a href="/${i}">a source link here today</a></li>`).join('');
    const ctx = ctxFor(`<article><p>${prose(5)}</p></article><ul id="l">${items}</ul>`, { kept: 'article p', root: 'article' });
    expect(proposed(linkList, ctx)).toEqual([]);
  });
});
