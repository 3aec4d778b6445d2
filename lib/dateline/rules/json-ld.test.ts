// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jsonLdDates } from './json-ld';
import { page } from '../../../test/unit/dateline/dom';

const withLd = (...objs: unknown[]) => page('<p>x</p>', { head: objs.map((o) => `<script type="application/ld+json">${typeof o === 'string' ? o : JSON.stringify(o)}</script>`).join('') });

describe('json-ld rule', () => {
  it('reads NewsArticle inside @graph', () => {
    const c = jsonLdDates(withLd({ '@graph': [{ '@type': 'Organization' }, { '@type': 'NewsArticle', datePublished: '2020-12-27T06:12:00Z', dateModified: '2020-12-28T06:12:00Z' }] }));
    expect(c.map((x) => [x.kind, x.when.d])).toEqual([['published', 27], ['modified', 28]]);
  });
  it('ranks article types above WebPage', () => {
    const c = jsonLdDates(withLd({ '@type': 'WebPage', datePublished: '2019-01-01' }, { '@type': 'BlogPosting', datePublished: '2020-12-27' }));
    const best = [...c].sort((a, b) => b.confidence - a.confidence)[0];
    expect(best.when.y).toBe(2020);
  });
  it('ignores objects that are not articles or pages, and broken JSON', () => {
    expect(jsonLdDates(withLd({ '@type': 'Event', startDate: '2020-12-27' }, '{"@type": "Article", "datePublished": '))).toEqual([]);
  });
  it('accepts arrays and @type lists', () => {
    const c = jsonLdDates(withLd([{ '@type': ['Article', 'Thing'], datePublished: '2020-12-27T09:12:00+03:00' }]));
    expect(c[0].when.offset).toBe(180);
  });
});
