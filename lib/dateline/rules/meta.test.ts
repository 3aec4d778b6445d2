// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { metaDates } from './meta';
import { buildRegion } from '../region';
import { article } from '../../../test/unit/dateline/dom';

describe('meta rule', () => {
  it('reads Open Graph, Parse.ly and Dublin Core tags with their kinds', () => {
    const doc = article('', '', { head: '<meta property="article:published_time" content="2020-12-27T06:12:00Z"><meta property="og:updated_time" content="2020-12-28T06:12:00Z"><meta name="DC.date.issued" content="2020-12-26">' });
    const c = metaDates(doc, buildRegion(doc, null));
    expect(c.map((x) => `${x.kind}:${x.when.d}`).sort()).toEqual(['modified:28', 'published:26', 'published:27']);
  });
  it('reads microdata inside the article but not inside a related card', () => {
    const doc = article('<time itemprop="datePublished" datetime="2020-12-27">x</time>', '', { after: '<aside><span itemprop="datePublished" content="2019-01-01"></span></aside>' });
    const c = metaDates(doc, buildRegion(doc, null));
    expect(c.map((x) => x.when.y)).toEqual([2020]);
  });
  it('gives nothing when there is no date meta', () => {
    const doc = article('', '', { head: '<meta name="description" content="2020-12-27 was a Sunday">' });
    expect(metaDates(doc, buildRegion(doc, null))).toEqual([]);
  });
});
