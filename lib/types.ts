/**
 * Shared data shapes of Sahifa's pipeline. Names follow Readability
 * (title, byline, excerpt, siteName, publishedTime) and the NER field
 * (PERSON / ORG / PLACE). Times are ISO 8601 strings in UTC ("…Z").
 */

/** The clean article, as extracted from a clone of the page. */
export interface Article {
  /** Headline (the page's h1 when it matches the document title, quotes kept). */
  title: string;
  /** Personal byline or credit, or null when the page has none. */
  byline: string | null;
  /** Publication name (og:site_name, JSON-LD publisher, or the host). */
  siteName: string | null;
  /** BCP 47 language of the article text ("ar", "en", …). */
  lang: string;
  /** Text direction of the article. */
  dir: 'rtl' | 'ltr';
  /** First meaningful sentence(s) or the page's description. */
  excerpt: string | null;
  /** Plain text, paragraphs separated by "\n\n". */
  text: string;
  /** Article HTML. Not yet sanitised for rendering: pass it through lib/sanitize before display. */
  html: string;
  /** Word count (Unicode-aware; used for reading time). */
  length: number;
}

/** Which rule found a dateline field, and from which text or element. */
export interface Evidence {
  /** Rule id, e.g. "json-ld", "meta", "time-element", "url", "text-date", "dateline-line". */
  rule: string;
  /** The text or attribute value the field was read from (≤ 200 chars). */
  text: string;
  /** The page's own UTC offset in minutes where known (e.g. 180 for +03:00), else null. */
  offsetMinutes?: number | null;
  /** 0..1: how sure the rule is. */
  confidence?: number;
}

/** Where and when the story was filed. */
export interface Dateline {
  /** Place the story was filed from («أنقرة», "LONDON"), or null. */
  place: string | null;
  /** Source or agency («ليبيا اليوم», "Reuters"), or null. */
  source: string | null;
  /** Publication time, ISO 8601 UTC ("2020-12-27T06:12:00Z"), or null when no date was found. */
  published: string | null;
  /** Last modification time, ISO 8601 UTC, or null. */
  modified: string | null;
  evidence: {
    place: Evidence | null;
    source: Evidence | null;
    published: Evidence | null;
    modified: Evidence | null;
  };
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';

/** One named entity, all its aliases merged. */
export interface Entity {
  /** Canonical (longest full) form, e.g. «خلوصي أكار», "William Ruto". */
  name: string;
  type: EntityType;
  /** Mentions in the article (headline + body), nested names counted once. */
  count: number;
  /** Surface forms seen, canonical first. */
  variants: string[];
  /** Ranking score (higher first); unitless. */
  salience: number;
}

export type ClutterKind = 'ad' | 'recirculation' | 'comments' | 'social' | 'repeated' | 'overlay';

/** One block hidden by the in-page clean-up. */
export interface ClutterHit {
  kind: ClutterKind;
  /** Id of the rule (file name under lib/clutter/rules/). */
  rule: string;
  /** Why the rule fired (debug trace; omitted in the CLI output). */
  reason?: string;
  /** First 80 characters of the block's visible text, whitespace collapsed. */
  text: string;
}

/**
 * Why a page gave no article, as a stable code (the UI shows a localised
 * sentence for it, `_locales` key `noArticle_<code with - as _>`):
 * `no-text` no block of running text; `mostly-links` a list of links;
 * `form-page` a form (sign-in, search) with links; `menu-only` a navigation
 * menu with links; `too-deep` nesting too deep to read; `failed` extraction threw.
 */
export type NoArticleReason = 'no-text' | 'mostly-links' | 'form-page' | 'menu-only' | 'too-deep' | 'failed';

/** What the pipeline returns for a page (the CLI's JSON shape). */
export interface PipelineResult {
  url: string;
  article: Article | null;
  /** Present when article is null: why, in plain words. */
  message?: string;
  dateline: Dateline;
  entities: Entity[];
  clutter: ClutterHit[];
  /** Text that stays visible after clean-up, text nodes joined with single spaces. */
  visibleText: string;
}
