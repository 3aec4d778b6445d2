/**
 * What the e2e tests check on a fixture page, read from its expected.json
 * (ground truth written by hand; nothing here names a site).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

export interface FixtureExpectations {
  id: string;
  /** Path relative to test/fixtures (what the static server serves). */
  pagePath: string;
  title: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  paragraphs: string[];
  /** Strings that must not be rendered after clean-up, with their expected.json group. */
  mustHide: { group: string; text: string }[];
  /** Strings that must stay rendered after clean-up: headline, date line, dateline, caption, paragraphs. */
  mustShow: string[];
  dateline: { place: string | null; source: string | null; published: string | null };
}

/** Reads test/fixtures/<id>/expected.json. Throws if the file is missing or malformed. */
export function loadExpectations(id: string): FixtureExpectations {
  const dir = path.join(repoRoot, 'test/fixtures', id);
  const e = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const mustHide = Object.entries(e.must_be_hidden_on_page as Record<string, string[]>)
    .flatMap(([group, texts]) => texts.map((text) => ({ group, text })));
  const dl = e.dateline ?? {};
  const mustShow = [
    e.title,
    ...(dl.published_text ? [dl.published_text] : []),
    ...((e.optional_in_article as string[] | undefined) ?? []),
    ...e.article_paragraphs,
  ];
  return {
    id,
    pagePath: `${id}/page.html`,
    title: e.title,
    lang: e.lang,
    dir: e.dir,
    paragraphs: e.article_paragraphs,
    mustHide,
    mustShow,
    dateline: { place: dl.place ?? null, source: dl.source ?? null, published: dl.published ?? null },
  };
}

/** Collapses whitespace (text comparisons across DOM serialisations). */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Median of a non-empty list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
