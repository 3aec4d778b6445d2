/**
 * Rule "json-ld": datePublished / dateModified (dateCreated as a weaker
 * published) of schema.org article-like objects in
 * <script type="application/ld+json">, including @graph and arrays.
 */
import type { DateCandidate } from '../types';
import { parseStructured } from '../parse-structured';
import { clip } from '../normalize';
import { byTag } from '../region';

const ARTICLE_TYPES = /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|blogposting|socialmediaposting|liveblogposting|scholarlyarticle|techarticle|report|posting|discussionforumposting|videoobject|creativework)$/i;
const PAGE_TYPES = /^(webpage|itempage|collectionpage|medicalwebpage)$/i;

type Json = unknown;

function typesOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

function collect(node: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 6 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out, depth + 1);
    return;
  }
  const o = node as Record<string, Json>;
  out.push(o);
  if (o['@graph']) collect(o['@graph'], out, depth + 1);
  for (const k of ['mainEntity', 'mainEntityOfPage', 'hasPart']) if (o[k] && typeof o[k] === 'object') collect(o[k], out, depth + 1);
}

function parseJson(text: string): Json {
  const cleaned = text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Common breakage: raw newlines/tabs inside strings, trailing commas.
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/**
 * Candidates from JSON-LD. Input: the page, its language (for free-text values), and
 * optionally its <script> elements when already listed (Region.docTags).
 * Output: published/modified candidates, article types first (confidence 0.95),
 * web-page types after (0.7). Broken JSON is skipped.
 */
export function jsonLdDates(doc: Document, lang = '', scripts: Element[] = byTag(doc, 'script')): DateCandidate[] {
  const objs: Record<string, Json>[] = [];
  for (const s of scripts) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') collect(parseJson(s.textContent ?? ''), objs);
  }
  const out: DateCandidate[] = [];
  const ranked = [
    ...objs.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))).map((o) => [o, 0.95] as const),
    ...objs.filter((o) => typesOf(o).some((t) => PAGE_TYPES.test(t))).map((o) => [o, 0.7] as const),
  ];
  for (const [o, conf] of ranked) {
    for (const [key, kind, c] of [['datePublished', 'published', conf], ['dateCreated', 'published', conf - 0.1], ['uploadDate', 'published', conf - 0.1], ['dateModified', 'modified', conf]] as const) {
      const v = o[key];
      const val = Array.isArray(v) ? v[0] : v;
      if (typeof val !== 'string' && typeof val !== 'number') continue;
      const when = parseStructured(String(val), lang);
      if (when) out.push({ kind, when, rule: 'json-ld', text: clip(`${key}: ${val}`), confidence: c, dateOnly: when.hh === null });
    }
  }
  return out;
}
