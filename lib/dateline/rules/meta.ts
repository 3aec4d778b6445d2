/**
 * Rule "meta": publication/modification dates in <meta> tags (Open Graph
 * article:*, Dublin Core, Parse.ly, Sailthru, generic "date"/"pubdate") and
 * schema.org microdata (itemprop=datePublished/dateModified) inside the article
 * region.
 */
import type { DateCandidate } from '../types';
import { byTag, type Region } from '../region';
import { parseStructured } from '../parse-structured';
import { clip } from '../normalize';

/** Meta names/properties (lower case) in order of trust, with what they mark. */
const META: [string, 'published' | 'modified', number][] = [
  ['article:published_time', 'published', 0.92],
  ['article:published', 'published', 0.9],
  ['og:article:published_time', 'published', 0.9],
  ['datepublished', 'published', 0.9],
  ['parsely-pub-date', 'published', 0.9],
  ['sailthru.date', 'published', 0.85],
  ['dc.date.issued', 'published', 0.85],
  ['dcterms.issued', 'published', 0.85],
  ['dcterms.created', 'published', 0.8],
  ['dc.date.created', 'published', 0.8],
  ['publish-date', 'published', 0.85],
  ['publish_date', 'published', 0.85],
  ['publication_date', 'published', 0.85],
  ['pubdate', 'published', 0.85],
  ['date', 'published', 0.75],
  ['dc.date', 'published', 0.75],
  ['dcterms.date', 'published', 0.75],
  ['citation_publication_date', 'published', 0.8],
  ['citation_date', 'published', 0.75],
  ['article.published', 'published', 0.85],
  ['cxenseparse:recs:publishtime', 'published', 0.8],
  ['article:modified_time', 'modified', 0.92],
  ['article:modified', 'modified', 0.9],
  ['og:updated_time', 'modified', 0.85],
  ['datemodified', 'modified', 0.9],
  ['dcterms.modified', 'modified', 0.85],
  ['dc.date.modified', 'modified', 0.85],
  ['last-modified', 'modified', 0.8],
  ['lastmod', 'modified', 0.75],
  ['article.updated', 'modified', 0.85],
];

/**
 * Schema.org types that carry their own dates (a video's upload, a comment's posting): a date
 * inside one is not the story's. Person or Organization items are not listed: sites put the
 * story's date in the author box (corpus readability cnet: datePublished inside a Person item).
 */
const OTHER_DATED_ITEM = /(VideoObject|ImageObject|AudioObject|MediaObject|Clip|Movie|Episode|Comment|Review|Event|Product|Offer|Recipe|Question|Answer|SocialMediaPosting)\/?$/i;

/**
 * True when a microdata property (`itemprop`) belongs to another dated item than the story:
 * its nearest `itemscope` element (itself or an ancestor) has an `itemtype` such as schema.org
 * VideoObject, Comment or Event ({@link OTHER_DATED_ITEM}). No item, an item without a type or
 * any other type counts as the story's.
 */
export function otherItem(el: Element): boolean {
  if (!el.hasAttribute('itemprop')) return false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (!a.hasAttribute('itemscope')) continue;
    const types = (a.getAttribute('itemtype') ?? '').trim().split(/\s+/).filter(Boolean);
    return types.some((t) => OTHER_DATED_ITEM.test(t));
  }
  return false;
}

/**
 * Candidates from <meta> (anywhere in the document: head metadata describes the page)
 * and from microdata elements allowed by the region; microdata of another item than the story
 * (a VideoObject, a Comment …: {@link otherItem}) is skipped.
 * Output: DateCandidate[] (confidence 0.75–0.92 by tag; microdata 0.85).
 */
export function metaDates(doc: Document, region: Region | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  const lang = region?.lang ?? '';
  const byName = new Map<string, Element[]>();
  for (const m of region ? region.docTags('meta') : byTag(doc, 'meta')) {
    if (!m.hasAttribute('content')) continue;
    const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase();
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name)!.push(m);
  }
  for (const [key, kind, conf] of META) {
    for (const m of byName.get(key) ?? []) {
      if (region && doc.body?.contains(m) && !region.allowed(m)) continue;
      if (otherItem(m)) continue;
      const v = m.getAttribute('content') ?? '';
      const when = parseStructured(v, lang);
      if (when) out.push({ kind, when, rule: 'meta', text: clip(`${key}: ${v}`), confidence: conf, dateOnly: when.hh === null });
    }
  }
  if (region) {
    for (const el of region.dated()) {
      if (!/(^|\s)date(published|modified|created)(\s|$)/i.test(el.getAttribute('itemprop') ?? '')) continue;
      if (!region.allowed(el) || otherItem(el)) continue;
      const prop = (el.getAttribute('itemprop') ?? '').toLowerCase();
      const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
      const when = parseStructured(v, lang);
      if (!when) continue;
      out.push({ kind: prop.includes('modified') ? 'modified' : 'published', when, rule: 'meta', text: clip(`itemprop=${prop}: ${v}`), confidence: 0.85, dateOnly: when.hh === null });
    }
  }
  return out;
}
