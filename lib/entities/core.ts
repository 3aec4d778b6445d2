/**
 * Language-independent half of the entity extractor: tokens in, ranked entities out.
 *
 * A language module turns the article into {@link Tok}s (each with one or more
 * matching readings, e.g. an Arabic token with and without its proclitics) and proposes
 * {@link Candidate} spans (rule, type, strength). `resolve()` then
 * 1. groups candidates by matching key and drops weak single-token people nobody supports,
 * 2. merges aliases into the longest form (shorter form = contiguous part of a longer
 *    PERSON/PLACE, or an ordered subset starting with the same head for an ORG),
 * 3. adds derived aliases (a person's family name, a unique given name, language extras),
 * 4. counts mentions by one longest-match pass over the tokens, so a nested name is counted
 *    once (as part of the longer one), and
 * 5. ranks by salience (mentions, headline, lead, first position: the inverted pyramid).
 */
import type { Entity, EntityType } from '../types';

/** One reading of a token: `key` for matching, `display` for output. */
export interface Reading {
  key: string;
  display: string;
}

export interface Tok {
  /** Readings, the token as written first. */
  r: Reading[];
  /** Punctuation or a hard boundary (never part of a name). */
  punct: boolean;
  /** Index of the paragraph; -1 for the headline. */
  para: number;
  /** Opens / closes a quotation («…», "…"). */
  qOpen?: boolean;
  qClose?: boolean;
  /** Written with an indefinite case ending (Arabic tanween). */
  tanween?: boolean;
  /** Any reading may match inside a longer name, not only the first (an all-caps dateline word). */
  anyReading?: boolean;
}

export interface Candidate {
  /** Token index of the first token. */
  at: number;
  keys: string[];
  display: string[];
  type: EntityType;
  /** Rule id (debugging and tests). */
  rule: string;
  /** Strong candidates stand alone; weak single-token people need support. */
  strong: boolean;
  /** For a «quoted» name after a head: index (in keys) where the quoted name starts. */
  quoteAt?: number;
}

/** Internal entity: an {@link Entity} plus where it was found. */
export interface Resolved extends Entity {
  /** Mentions in the headline / in the body. */
  headlineCount: number;
  bodyCount: number;
  /** Alias keys (space-joined matching keys). */
  keys: string[];
  /** Rules that proposed it. */
  rules: string[];
  firstPara: number;
}

export interface ResolveOptions {
  /** Extra aliases for an entity (e.g. the distinctive word of an Arabic org name). */
  extraAliases?: (e: Group, all: Group[]) => string[][];
  /** Drops a group after merging (e.g. "forces of X" when X is another entity). */
  drop?: (e: Group, aliasOwner: (keys: string[]) => Group | null) => boolean;
  /** Language-specific equivalence for merging `a` into the longer `b` (e.g. an acronym). */
  equivalent?: (a: Group, b: Group) => boolean;
  /**
   * A known place (rule `gazetteer`) is its own entity, never an alias of a longer place that
   * contains it («Sudan» / «Port Sudan», «Melbourne» / «Melbourne Cricket Ground»). A function
   * decides per pair (`a` the known place, `b` the longer place).
   */
  gazetteerPlacesApart?: boolean | ((a: Group, b: Group) => boolean);
  /** May the last token of a person's name stand alone as an alias? */
  familyNameAlias?: (key: string) => boolean;
  /**
   * Index for `equivalent` (speed only): `target(b)` gives the key under which a longer group `b`
   * can be reached, `probe(a)` the key a shorter group `a` looks up; `equivalent(a, b)` is then
   * asked only for groups with equal keys. Without it, every longer group is asked.
   */
  equivalentIndex?: { target: (b: Group) => string | null; probe: (a: Group) => string | null };
}

export interface Group {
  type: EntityType;
  /** Key sequences of all forms, longest first. */
  forms: string[][];
  displays: Map<string, string>;
  cands: Candidate[];
  strong: boolean;
  merged?: Group;
}

const join = (k: string[]) => k.join(' ');

function isContiguousSub(a: string[], b: string[]): boolean {
  if (a.length >= b.length) return false;
  outer: for (let i = 0; i + a.length <= b.length; i++) {
    for (let j = 0; j < a.length; j++) if (b[i + j] !== a[j]) continue outer;
    return true;
  }
  return false;
}

function isOrderedSubsetSameHead(a: string[], b: string[], head: (k: string) => string): boolean {
  if (a.length >= b.length || head(a[0]) !== head(b[0])) return false;
  let j = 1;
  for (let i = 1; i < a.length; i++) {
    while (j < b.length && b[j] !== a[i]) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

function root(g: Group): Group {
  while (g.merged) g = g.merged;
  return g;
}

/**
 * Merges candidates into ranked entities (see module doc).
 * Input: tokens and candidates of one article; `headKey` maps a key to its comparison form for
 * org heads (Arabic: without the article). Output: entities, highest salience first.
 */
export function resolve(
  toks: Tok[],
  cands: Candidate[],
  headKey: (k: string) => string,
  opts: ResolveOptions = {},
): Resolved[] {
  // 1. group by key
  const byKey = new Map<string, Group>();
  for (const c of cands) {
    const k = join(c.keys) + '|' + c.type;
    let g = byKey.get(k);
    if (!g) {
      g = { type: c.type, forms: [c.keys], displays: new Map(), cands: [], strong: false };
      byKey.set(k, g);
    }
    g.cands.push(c);
    g.strong ||= c.strong;
    if (!g.displays.has(join(c.keys))) g.displays.set(join(c.keys), c.display.join(' '));
  }
  let groups = [...byKey.values()];
  // A key proposed with several types: keep the type most rules agree on (strong first).
  const typeOf = new Map<string, Group>();
  for (const g of groups.sort((a, b) => Number(b.strong) - Number(a.strong) || b.cands.length - a.cands.length)) {
    const k = join(g.forms[0]);
    const prev = typeOf.get(k);
    if (!prev) typeOf.set(k, g);
    else {
      prev.cands.push(...g.cands);
      g.merged = prev;
    }
  }
  groups = groups.filter((g) => !g.merged);

  // 2. weak single-token people need support
  const multiTokPeople = groups.filter((g) => g.type === 'PERSON' && g.forms[0].length > 1);
  groups = groups.filter((g) => {
    if (g.type !== 'PERSON' || g.forms[0].length > 1 || g.strong) return true;
    if (g.cands.length >= 2) return true;
    return multiTokPeople.some((p) => p.forms[0].includes(g.forms[0][0]));
  });

  // 3. alias merging, shortest into the unique longer form. A longer form can only take `a` when
  // it contains a's first word, shares its head, or is `equivalent`: candidates come from indexes
  // (in group order, so the result is the same as asking every group).
  groups.sort((a, b) => b.forms[0].length - a.forms[0].length);
  const order = new Map<Group, number>();
  const byWord = new Map<string, Group[]>();
  const byHead = new Map<string, Group[]>();
  const byEquiv = new Map<string, Group[]>();
  const push = (m: Map<string, Group[]>, k: string, g: Group) => {
    const l = m.get(k);
    if (!l) m.set(k, [g]);
    else if (l[l.length - 1] !== g) l.push(g);
  };
  groups.forEach((g, i) => {
    order.set(g, i);
    const f = g.forms[0];
    for (const w of f) push(byWord, w, g);
    push(byHead, headKey(f[0]), g);
    const ek = opts.equivalentIndex?.target(g);
    if (ek != null) push(byEquiv, ek, g);
  });
  for (let i = groups.length - 1; i >= 0; i--) {
    const a = groups[i];
    const ak = a.forms[0];
    const targets = new Set<Group>();
    let pool: Group[];
    if (opts.equivalent && !opts.equivalentIndex) pool = groups;
    else {
      const ek = opts.equivalentIndex?.probe(a);
      const set = new Set<Group>([...(byWord.get(ak[0]) ?? []), ...(byHead.get(headKey(ak[0])) ?? []), ...(ek != null ? byEquiv.get(ek) ?? [] : [])]);
      pool = [...set].sort((x, y) => order.get(x)! - order.get(y)!);
    }
    const fromGaz = a.cands.every((c) => c.rule === 'gazetteer');
    const apart = (x: Group, y: Group) => typeof opts.gazetteerPlacesApart === 'function' ? opts.gazetteerPlacesApart(x, y) : !!opts.gazetteerPlacesApart;
    for (const b of pool) {
      if (b === a || b.forms[0].length <= ak.length) continue;
      const bk = b.forms[0];
      const sameType = a.type === b.type;
      let ok = false;
      if (sameType && b.type === 'ORG') ok = isOrderedSubsetSameHead(ak, bk, headKey) || (!fromGaz && isContiguousSub(ak, bk));
      if (!ok && sameType && b.type !== 'ORG') ok = isContiguousSub(ak, bk) && !(a.type === 'PLACE' && fromGaz && apart(a, b));
      if (!ok && a.type === 'PERSON' && b.type === 'PERSON') ok = isContiguousSub(ak, bk);
      if (!ok && opts.equivalent) ok = opts.equivalent(a, b);
      if (ok) targets.add(root(b));
    }
    if (targets.size > 1 && a.type === 'PERSON' && ak.length === 1) {
      // a bare family name shared by two people: the one named most recently before it
      const at = Math.min(...a.cands.map((c) => c.at));
      let best: Group | null = null;
      let bestAt = -1;
      for (const t of targets) {
        const before = t.cands.map((c) => c.at).filter((x) => x < at);
        const last = before.length ? Math.max(...before) : -1;
        if (last > bestAt) { bestAt = last; best = t; }
      }
      targets.clear();
      if (best) targets.add(best);
    }
    if (targets.size === 1) {
      const t = [...targets][0];
      if (t === a) continue;
      a.merged = t;
      t.forms.push(...a.forms);
      t.cands.push(...a.cands);
      for (const [k, v] of a.displays) if (!t.displays.has(k)) t.displays.set(k, v);
      t.strong ||= a.strong;
    }
  }
  groups = groups.filter((g) => !g.merged);

  // 4. aliases
  const aliasOwners = new Map<string, Set<Group>>();
  const addAlias = (g: Group, keys: string[]) => {
    const k = join(keys);
    let s = aliasOwners.get(k);
    if (!s) aliasOwners.set(k, (s = new Set()));
    s.add(g);
  };
  for (const g of groups) for (const f of g.forms) addAlias(g, f);
  const derived: [Group, string[]][] = [];
  for (const g of groups) {
    const full = g.forms[0];
    if (g.type === 'PERSON' && full.length > 1) {
      const last = full[full.length - 1];
      if (!opts.familyNameAlias || opts.familyNameAlias(last)) derived.push([g, [last]]);
      derived.push([g, [full[0]]]);
    }
    for (const extra of opts.extraAliases?.(g, groups) ?? []) derived.push([g, extra]);
  }
  const derivedCount = new Map<string, number>();
  for (const [, k] of derived) derivedCount.set(join(k), (derivedCount.get(join(k)) ?? 0) + 1);
  for (const [g, k] of derived) {
    const own = aliasOwners.get(join(k));
    // an alias shared by two entities is ambiguous: used by neither
    if (derivedCount.get(join(k))! > 1 || (own && !own.has(g))) continue;
    addAlias(g, k);
  }
  const aliasOwner = (keys: string[]): Group | null => {
    const s = aliasOwners.get(join(keys));
    return s && s.size === 1 ? [...s][0] : null;
  };
  if (opts.drop) {
    const dropped = new Set(groups.filter((g) => opts.drop!(g, aliasOwner)));
    groups = groups.filter((g) => !dropped.has(g));
    for (const [k, s] of aliasOwners) {
      for (const g of s) if (dropped.has(g)) s.delete(g);
      if (!s.size) aliasOwners.delete(k);
    }
  }

  // 5. mentions by longest match
  const trie = new Map<string, { keys: string[]; g: Group }[]>();
  for (const [k, s] of aliasOwners) {
    if (s.size !== 1) continue;
    const keys = k.split(' ');
    const list = trie.get(keys[0]) ?? [];
    list.push({ keys, g: [...s][0] });
    trie.set(keys[0], list);
  }
  for (const l of trie.values()) l.sort((a, b) => b.keys.length - a.keys.length);
  interface Mention { g: Group; para: number; at: number; display: string; len: number }
  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    let best: { g: Group; len: number; display: string } | null = null;
    if (!t.punct) {
      for (const rd of t.r) {
        for (const { keys, g } of trie.get(rd.key) ?? []) {
          if (best && keys.length <= best.len) break;
          const disp = [rd.display];
          let ok = true;
          for (let j = 1; j < keys.length; j++) {
            const u = toks[i + j];
            const ur = !u || u.punct || u.para !== t.para ? null : u.r[0].key === keys[j] ? u.r[0] : u.anyReading ? u.r.find((x) => x.key === keys[j]) ?? null : null;
            if (!ur) { ok = false; break; }
            disp.push(ur.display);
          }
          if (ok) best = { g, len: keys.length, display: disp.join(' ') };
        }
      }
    }
    if (best) {
      mentions.push({ g: best.g, para: t.para, at: i, display: best.display, len: best.len });
      i += best.len;
    } else i++;
  }

  // 6. entities
  const byGroup = new Map<Group, Mention[]>();
  for (const m of mentions) {
    const l = byGroup.get(m.g) ?? [];
    l.push(m);
    byGroup.set(m.g, l);
  }
  const n = Math.max(1, toks.length);
  const out: Resolved[] = [];
  for (const [g, ms] of byGroup) {
    const headlineCount = ms.filter((m) => m.para < 0).length;
    const bodyCount = ms.length - headlineCount;
    const full = join(g.forms[0]);
    const name = g.displays.get(full) ?? ms.reduce((a, b) => (b.len > a.len ? b : a)).display;
    const variants = [name, ...new Set(ms.map((m) => m.display))].filter((v, i, a) => a.indexOf(v) === i);
    const bodyMs = ms.filter((m) => m.para >= 0);
    const firstPara = bodyMs.length ? Math.min(...bodyMs.map((m) => m.para)) : Infinity;
    const firstAt = Math.min(...ms.map((m) => m.at));
    const salience =
      ms.length +
      (headlineCount ? 3 : 0) +
      (firstPara === 0 ? 2 : firstPara === 1 ? 0.5 : 0) +
      0.5 * (1 - firstAt / n) +
      (g.forms[0].length > 1 || g.type !== 'PERSON' ? 0.1 : 0);
    out.push({
      name,
      type: g.type,
      count: ms.length,
      variants,
      salience: Math.round(salience * 1000) / 1000,
      headlineCount,
      bodyCount,
      keys: [...new Set(g.forms.map(join))],
      rules: [...new Set(g.cands.map((c) => c.rule))],
      firstPara: Number.isFinite(firstPara) ? firstPara : -1,
    });
  }
  return out.sort((a, b) => b.salience - a.salience || b.count - a.count || a.name.localeCompare(b.name));
}
