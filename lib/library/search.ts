/**
 * In-memory full-text index over the library's cards (pure, no DOM, no IndexedDB).
 *
 * Built once per page load from the compact `cards` table (lib/library/card.ts),
 * then every query runs in memory: a sorted vocabulary (binary search for
 * prefix ranges) and posting lists of card slots. Each query word must match
 * (AND) as a prefix of an indexed term or of one of its Arabic clitic variants
 * (so «اردوغان» finds «وإردوغان», «حكومه» finds «الحكومة»); matches in the title,
 * entity names, site or tags weigh 3, in the text 1.
 * Measured with scripts/bench-search.ts (10,000 articles, Chromium).
 */
import { normalizeText, tokenize, cliticVariants, entityKey, sameEntity } from './normalize';
import type { Card } from './card';

/** How the list is ordered: newest save, newest publication (undated last), or best match (then newest save). */
export type SortKey = 'saved' | 'published' | 'relevance';

/** A list request: free text plus filters, all optional. */
export interface LibraryQuery {
  /** Free text (every word must match). */
  q?: string;
  /** Site name as shown on the card (exact). */
  site?: string;
  /** Primary language ("ar", "en"); matches "ar-EG" too. */
  lang?: string;
  /**
   * Entity name: matches an article when it names one of its entities'
   * canonical names or variants, normalised ({@link entityKey}), or is that
   * name's last word(s) or the name is its last word(s) ({@link sameEntity}).
   */
  entity?: string;
  /** Tag, compared case-insensitively. */
  tag?: string;
  /**
   * Which articles (the list's "Show"): 'all' (default), 'read' and 'unread'
   * leave archived articles out, except while `q` has words (a search finds
   * archived articles too, like a read-later app's archive); 'favorite' is
   * every favourite, archived or not; 'archived' only the archive.
   */
  read?: 'all' | 'read' | 'unread' | 'favorite' | 'archived';
  /** Default: 'relevance' when `q` has words, else 'saved'. */
  sort?: SortKey;
}

/** Query words after normalisation, each with its clitic variants (what a match may start with). */
export type QueryTerms = string[][];

/** Runs of letters, digits and their marks in the raw query: symbols and punctuation never become words. */
const RAW_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200c\u200d\u0640]*/gu;

/**
 * Normalised query words and their Arabic clitic variants. Input: the raw
 * query. Words are taken from the raw text's letter/digit runs before
 * folding, so punctuation and symbols give none (NFKC would otherwise turn
 * «™» into "tm" or «…» into dots and highlight stray letters).
 */
export function queryTerms(q: string | undefined): QueryTerms {
  const seen = new Set<string>();
  const out: QueryTerms = [];
  const raw = (q ?? '').match(RAW_WORD) ?? [];
  for (const tok of raw.flatMap((w) => tokenize(normalizeText(w)))) {
    if (seen.has(tok)) continue;
    seen.add(tok);
    out.push(cliticVariants(tok));
  }
  return out;
}

function lowerBound(arr: string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * Whether a query text has nothing to search for: not blank, but no letter
 * or digit (only punctuation, symbols, marks or spaces). The list then
 * ignores it and the UI says to type letters or numbers.
 */
export function isWordlessQuery(q: string | undefined): boolean {
  return !!q && q.trim() !== '' && queryTerms(q).length === 0;
}

/** Result of {@link SearchIndex.query}: card ids in display order, and the words to highlight. */
export interface QueryResult {
  ids: number[];
  terms: QueryTerms;
  /** True when `q` was given but holds no word to search ({@link isWordlessQuery}): the text was ignored. */
  wordless: boolean;
}


export class SearchIndex {
  private cards: Card[] = [];
  private alive: Uint8Array = new Uint8Array(0);
  private slotOf = new Map<number, number>();
  /** term → posting entries (slot * 2 + 1 for strong fields, slot * 2 for body). */
  private postings = new Map<string, number[]>();
  private vocab: string[] = [];
  private vocabDirty = false;
  private postingsReady = false;

  /**
   * Builds the index. Input: every card. Cheap (metadata only): the term
   * postings are built on the first text query or by {@link warm}, so a page
   * can list and filter before paying for them (about 1–2 s per 10,000
   * articles on a slow machine).
   */
  static build(cards: readonly Card[]): SearchIndex {
    const ix = new SearchIndex();
    ix.alive = new Uint8Array(Math.max(16, cards.length * 2));
    for (const c of cards) ix.add(c);
    return ix;
  }

  /**
   * Fills in the search terms of cards built from `listCardMeta()` (rows for
   * unknown ids are ignored). Call before the first text query; postings
   * already built are not touched (call it before {@link warm}).
   */
  attachTerms(rows: readonly { id: number; strong: string; terms: string }[]): void {
    for (const r of rows) {
      const s = this.slotOf.get(r.id);
      if (s === undefined) continue;
      this.cards[s] = { ...this.cards[s], strong: r.strong, terms: r.terms };
    }
  }

  /** Builds the term postings now (idempotent). Output: milliseconds spent (0 when already built). */
  warm(): number {
    if (this.postingsReady) return 0;
    const t0 = Date.now();
    this.postingsReady = true;
    for (let slot = 0; slot < this.cards.length; slot++) if (this.alive[slot]) this.addPostings(slot);
    return Date.now() - t0;
  }

  /** Whether {@link warm} has run (or a text query did). */
  get warmed(): boolean {
    return this.postingsReady;
  }

  /** Number of live cards. */
  get size(): number {
    return this.slotOf.size;
  }

  /** The live card with this id, or undefined. */
  card(id: number): Card | undefined {
    const s = this.slotOf.get(id);
    return s === undefined ? undefined : this.cards[s];
  }

  /** Every live card (no order promised). */
  all(): Card[] {
    return [...this.slotOf.values()].map((s) => this.cards[s]);
  }

  private add(c: Card): void {
    const slot = this.cards.length;
    this.cards.push(c);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2 + 16);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.slotOf.set(c.id, slot);
    if (this.postingsReady) this.addPostings(slot);
  }

  private addPostings(slot: number): void {
    const c = this.cards[slot];
    const put = (terms: string, strong: number) => {
      if (!terms) return;
      for (const t of terms.split(' ')) {
        let p = this.postings.get(t);
        if (!p) {
          p = [];
          this.postings.set(t, p);
          this.vocabDirty = true;
        }
        p.push(slot * 2 + strong);
      }
    };
    put(c.strong, 1);
    put(c.terms, 0);
  }

  /** Adds or replaces a card (after a save, tag or read change, undo or import). */
  upsert(c: Card): void {
    this.remove(c.id);
    this.add(c);
  }

  /** Removes a card (its postings stay but are ignored). */
  remove(id: number): void {
    const s = this.slotOf.get(id);
    if (s === undefined) return;
    this.alive[s] = 0;
    this.slotOf.delete(id);
  }

  private sortedVocab(): string[] {
    if (this.vocabDirty || this.vocab.length !== this.postings.size) {
      this.vocab = [...this.postings.keys()].sort();
      this.vocabDirty = false;
    }
    return this.vocab;
  }

  /**
   * Match weights per slot for one query word: 0 none, 1 body, 3 strong field.
   * A word of one character must match a term exactly; longer words match as prefixes.
   */
  private matchWord(alts: string[], out: Uint8Array): void {
    const vocab = this.sortedVocab();
    for (const alt of alts) {
      if (alt.length < 2) {
        const p = this.postings.get(alt);
        if (p) for (const e of p) out[e >>> 1] = Math.max(out[e >>> 1], e & 1 ? 3 : 1);
        continue;
      }
      const end = alt + '\uffff';
      for (let i = lowerBound(vocab, alt); i < vocab.length && vocab[i] < end; i++) {
        for (const e of this.postings.get(vocab[i])!) {
          const w = e & 1 ? 3 : 1;
          if (out[e >>> 1] < w) out[e >>> 1] = w;
        }
      }
    }
  }

  /**
   * Runs a query. Input: {@link LibraryQuery}. Output: matching card ids in
   * display order and the query words (for highlighting). Never throws.
   */
  query(q: LibraryQuery): QueryResult {
    const terms = queryTerms(q.q);
    const n = this.cards.length;
    let slots: number[];
    let score: Float64Array | null = null;
    if (terms.length) {
      this.warm();
      score = new Float64Array(n);
      let cand: number[] | null = null;
      for (const alts of terms) {
        const hit = new Uint8Array(n);
        this.matchWord(alts, hit);
        const next: number[] = [];
        if (cand === null) {
          for (let s = 0; s < n; s++) if (hit[s] && this.alive[s]) { next.push(s); score[s] = hit[s]; }
        } else {
          for (const s of cand) if (hit[s]) { next.push(s); score[s] += hit[s]; }
        }
        cand = next;
        if (!cand.length) break;
      }
      slots = cand ?? [];
    } else {
      slots = [];
      for (let s = 0; s < n; s++) if (this.alive[s]) slots.push(s);
    }

    const lang = q.lang ? primary(q.lang) : '';
    const entity = q.entity ? entityKey(q.entity) : '';
    const tag = q.tag ? q.tag.toLowerCase() : '';
    const read = q.read ?? 'all';
    const filtered = slots.filter((s) => {
      const c = this.cards[s];
      if (q.site && c.site !== q.site) return false;
      if (lang && primary(c.lang) !== lang) return false;
      if (read === 'read' && c.read !== 1) return false;
      if (read === 'unread' && c.read !== 0) return false;
      if (read === 'favorite' && c.favorite !== 1) return false;
      if (read === 'archived' ? c.archived !== 1 : read !== 'favorite' && !terms.length && c.archived === 1) return false;
      if (tag && !c.tags.some((t) => t.toLowerCase() === tag)) return false;
      if (entity && !(c.entityKeys ?? c.entities.map((e) => entityKey(e.name))).some((k) => sameEntity(k, entity))) return false;
      return true;
    });

    const sort: SortKey = q.sort ?? (terms.length ? 'relevance' : 'saved');
    const cards = this.cards;
    const bySaved = (a: number, b: number) => (cards[a].savedAt < cards[b].savedAt ? 1 : cards[a].savedAt > cards[b].savedAt ? -1 : cards[b].id - cards[a].id);
    let cmp = bySaved;
    if (sort === 'published') {
      cmp = (a, b) => {
        const pa = cards[a].published ?? '';
        const pb = cards[b].published ?? '';
        return pa === pb ? bySaved(a, b) : pa < pb ? 1 : -1;
      };
    } else if (sort === 'relevance' && score) {
      const sc = score;
      cmp = (a, b) => (sc[b] - sc[a]) || bySaved(a, b);
    }
    filtered.sort(cmp);
    return { ids: filtered.map((s) => cards[s].id), terms, wordless: isWordlessQuery(q.q) };
  }
}
