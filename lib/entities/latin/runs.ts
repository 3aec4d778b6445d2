/**
 * Latin-script entities from capitalised runs (shared by English and other Latin languages).
 *
 * A run is a sequence of capitalised tokens, possibly joined by lower-case connectors
 * ("Bank of England", "Luiz Inácio Lula da Silva"), cut at punctuation and after a possessive
 * ("Modi's"). Leading demonyms ("Kenyan") and titles ("President", "Environment Minister") are
 * stripped; capitalised words before the last title become their own run ("Texas" in
 * "Texas Solicitor General Aaron Nielson"). Types: gazetteer → PLACE; an organisation word
 * (Bank, Party, Committee …) → ORG; a place word (Mount, River …) → PLACE; an all-caps acronym
 * → ORG; else the tagger's hint (English: compromise), else a multi-word run → PERSON.
 * A single sentence-initial word is only taken when something else vouches for it.
 */
import type { EntityType } from '../../types';
import type { Candidate, Group, Resolved, Tok } from '../core';
import { resolve } from '../core';
import { regionNames, timeZoneCities } from '../gazetteer';
import data from '../data/latin.json';

export type Hint = 'PERSON' | 'PLACE' | 'ORG' | 'DEMONYM' | 'DATE' | 'TITLE' | null;

export interface LatinTok extends Tok {
  /** As written. */
  raw: string;
  cap: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  possessive: boolean;
  hint: Hint;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

interface Gaz {
  places: Set<string>;
  orgs: Set<string>;
  ambiguous: Set<string>;
  maxLen: number;
}
const gazCache = new Map<string, Gaz>();
function gazetteer(lang: string): Gaz {
  const hit = gazCache.get(lang);
  if (hit) return hit;
  const places = new Set<string>();
  const orgs = new Set<string>();
  for (const e of regionNames(lang)) (e.type === 'ORG' ? orgs : places).add(e.name.replace(/&/g, 'and'));
  if (lang !== 'en') for (const e of regionNames('en')) if (e.type === 'PLACE') places.add(e.name);
  for (const c of timeZoneCities()) places.add(c);
  for (const p of data.placesExtra) places.add(p);
  for (const o of data.orgsExtra) orgs.add(o);
  let maxLen = 1;
  for (const s of [...places, ...orgs]) maxLen = Math.max(maxLen, s.split(' ').length);
  const g = { places, orgs, ambiguous: new Set(data.ambiguous), maxLen };
  gazCache.set(lang, g);
  return g;
}

const TITLES = new Set(data.titles.map((t) => t.replace(/\.$/, '')));
const ORG_WORDS = new Set(data.orgWords);
const PLACE_WORDS = new Set(data.placeWords);
const DEMONYMS = new Set(data.demonymsExtra);
const APPOS_ORG = new Set(data.appositiveOrg);
const APPOS_PLACE = new Set(data.appositivePlace);
const PLACE_PREP = new Set(data.placePrepositions);
const HYPHEN_SUFFIX = new RegExp(`-(?:${data.hyphenSuffixes.join('|')})$`, 'i');
const EVENT_WORDS = new Set(data.eventWords);
const EVENT_PHRASES = new Set(data.eventPhrases);
const EVENT_NOUNS = new Set(data.eventNouns);

function isCap(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/**
 * Tokens of headline + paragraphs. `hint(word)` may tag words (a lexicon look-up); an all-caps word also gets its Title-case reading ("NAIROBI" → "Nairobi").
 */
export function tokenizeLatin(title: string, text: string, hint?: (word: string) => Hint): LatinTok[] {
  const toks: LatinTok[] = [];
  const paras = [title, ...text.split(/\n\s*\n/)];
  paras.forEach((p, pi) => {
    const para = pi - 1;
    let start = true;
    let skipDot = false;
    for (const m of p.matchAll(WORD)) {
      const s = m[0];
      if (skipDot && s === '.') { skipDot = false; continue; }
      skipDot = false;
      if (!/[\p{L}\p{N}]/u.test(s)) {
        if (/[.!?:;"“”«»—–()[\]]/.test(s)) start = start || /[.!?:"“«—–(]/.test(s);
        if (s === '-' || s === "'" || s === '’') continue;
        toks.push({ r: [{ key: s, display: s }], punct: true, para, raw: s, cap: false, allCaps: false, sentenceStart: false, possessive: false, hint: null });
        continue;
      }
      let w = s;
      let possessive = false;
      // «Santa Clara-based», «Chinese-made»: the name ends before the suffix (data: hyphenSuffixes)
      const suf = HYPHEN_SUFFIX.exec(w);
      let cutAfter = false;
      if (suf && suf.index > 0) { w = w.slice(0, suf.index); cutAfter = true; }
      // «C.C. Wei», «U.S. Commerce Department»: initials keep their final dot and start no sentence
      const after = p.slice((m.index ?? 0) + s.length, (m.index ?? 0) + s.length + 3);
      const initials = /^\p{Lu}(?:\.\p{Lu})*$/u.test(w) && w.length <= 7 && /^\.\s?\p{Lu}/u.test(after) && (w.includes('.') || /^\.\p{Lu}/u.test(after));
      if (initials) { w += '.'; skipDot = true; }
      if (/['’]s$/.test(w)) { w = w.slice(0, -2); possessive = true; }
      else if (/s['’]$/.test(w)) { w = w.slice(0, -1); possessive = true; }
      const allCaps = /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
      const r = [{ key: w, display: w }];
      if (allCaps && w.length >= 4) {
        const tc = w.charAt(0) + w.slice(1).toLowerCase();
        r.push({ key: tc, display: tc });
      }
      toks.push({ r, punct: false, para, raw: s, cap: isCap(w), allCaps, sentenceStart: start, possessive, hint: hint?.(w) ?? null });
      start = false;
      if (cutAfter) toks.push({ r: [{ key: '-', display: '-' }], punct: true, para, raw: '-', cap: false, allCaps: false, sentenceStart: false, possessive: false, hint: null });
      if (possessive) toks.push({ r: [{ key: "'s", display: "'s" }], punct: true, para, raw: "'s", cap: false, allCaps: false, sentenceStart: false, possessive: false, hint: null });
    }
    toks.push({ r: [{ key: '¶', display: '¶' }], punct: true, para, raw: '¶', cap: false, allCaps: false, sentenceStart: true, possessive: false, hint: null });
  });
  return toks;
}

interface Run { a: number; b: number }

function runs(toks: LatinTok[], connectors: Set<string>): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.punct || !t.cap || /\d/.test(t.r[0].key)) { i++; continue; }
    let j = i + 1;
    while (j < toks.length) {
      const u = toks[j];
      if (u.punct || u.para !== t.para) break;
      if (u.cap && !/^\d+$/.test(u.r[0].key)) { j++; continue; }
      if (connectors.has(u.r[0].key) && toks[j + 1] && !toks[j + 1].punct && toks[j + 1].cap) { j += 2; continue; }
      break;
    }
    out.push({ a: i, b: j });
    i = j;
  }
  return out;
}

export interface LatinOptions {
  lang: string;
  stop: Set<string>;
  connectors: Set<string>;
}

/** Classifies and cleans one run; pushes candidates. */
function takeRun(toks: LatinTok[], run: Run, opt: LatinOptions, gaz: Gaz, capElsewhere: Set<string>, out: Candidate[], lowerElsewhere: Set<string>): void {
  let { a, b } = run;
  const key = (i: number) => toks[i].r[0].key;
  // titles / demonyms / stop words at the front; the part before the last title is its own run
  let lastTitle = -1;
  for (let i = a; i < b; i++) {
    if ((TITLES.has(key(i)) || toks[i].hint === 'TITLE') && i + 1 < b && !gazFull(toks, i, b, gaz)) lastTitle = i;
  }
  if (lastTitle >= 0 && !ORG_WORDS.has(key(b - 1))) {
    let pre = a;
    while (pre < lastTitle && (TITLES.has(key(pre)) || DEMONYMS.has(key(pre)) || toks[pre].hint === 'DEMONYM' || opt.stop.has(key(pre)))) pre++;
    let preEnd = pre;
    while (preEnd < lastTitle && !TITLES.has(key(preEnd))) preEnd++;
    if (preEnd > pre) takeRun(toks, { a: pre, b: preEnd }, opt, gaz, capElsewhere, out, lowerElsewhere);
    a = lastTitle + 1;
  }
  while (a < b && (opt.stop.has(key(a)) || toks[a].hint === 'DATE' || opt.connectors.has(key(a)) ||
    // «Shares of Nvidia»: a sentence-initial word that the article also writes in lower case
    (toks[a].sentenceStart && b - a > 1 && lowerElsewhere.has(key(a).toLowerCase())))) a++;
  while (b > a && (opt.stop.has(key(b - 1)) || toks[b - 1].hint === 'DATE' || opt.connectors.has(key(b - 1)))) b--;
  // demonyms and titles in front, unless the whole run is a known name or an organisation ("French Tennis Federation")
  const whole = toks.slice(a, b).map((t) => t.r[0].key);
  if (!gaz.orgs.has(whole.join(' ')) && !gaz.places.has(whole.join(' ')) && !whole.some((k) => ORG_WORDS.has(k))) {
    while (a < b && (DEMONYMS.has(key(a)) || toks[a].hint === 'DEMONYM' || (TITLES.has(key(a)) && b - a > 1))) a++;
  }
  if (a >= b) return;
  // events are no entities: «World Cup», «Champions League», «Computex trade show»
  {
    const ks = toks.slice(a, b).map((t) => t.r[0].key);
    const nx = toks[b];
    const nk = nx && !nx.punct ? nx.r[0].key : '';
    const nk2 = nx && !nx.punct && toks[b + 1] && !toks[b + 1].punct ? nk + ' ' + toks[b + 1].r[0].key : '';
    if (EVENT_WORDS.has(ks[ks.length - 1]) || EVENT_PHRASES.has(ks.join(' ')) || EVENT_NOUNS.has(nk) || EVENT_NOUNS.has(nk2)) return;
  }
  if (b - a === 1 && (ORG_WORDS.has(key(a)) || PLACE_WORDS.has(key(a)) || TITLES.has(key(a)) || DEMONYMS.has(key(a)))) return;
  // a gazetteer name inside a longer run that is not an organisation: split it off
  const keys = toks.slice(a, b).map((t) => t.r[0].key);
  const display = keys.slice();
  const len = b - a;
  const last = keys[len - 1];
  const single = len === 1;
  const t0 = toks[a];
  const joined = keys.join(' ');
  let type: EntityType | null = null;
  let strong = true;
  const tc = single && t0.allCaps ? t0.r[1]?.key : undefined;
  if (DEMONYMS.has(last) || t0.hint === 'DEMONYM' && single) return;
  if (gaz.orgs.has(joined)) type = 'ORG';
  else if (!single && PLACE_WORDS.has(keys[0]) && !ORG_WORDS.has(last) && !gaz.places.has(joined)) type = 'PLACE';
  else if (gaz.places.has(joined) || (tc && gaz.places.has(tc))) type = 'PLACE';
  else if (keys.some((k) => ORG_WORDS.has(k)) && !(single && t0.sentenceStart)) type = 'ORG';
  else if ((PLACE_WORDS.has(keys[0]) || PLACE_WORDS.has(last)) && !single) type = 'PLACE';
  else if (single && t0.allCaps && t0.r[0].key.replace(/\./g, '').length <= 6) type = 'ORG';
  else {
    const hints = toks.slice(a, b).map((t) => t.hint);
    const count = (h: Hint) => hints.filter((x) => x === h).length;
    const best = (['PERSON', 'ORG', 'PLACE'] as const).map((h) => [h, count(h)] as const).sort((x, y) => y[1] - x[1])[0];
    if (best[1] > 0) type = best[0];
    else if (!single && keys.every((k) => isCap(k) || opt.connectors.has(k))) type = 'PERSON';
    else if (single) { type = 'PERSON'; strong = false; }
  }
  if (single && !gaz.places.has(joined) && !gaz.orgs.has(joined) && !t0.allCaps) {
    // context of an unknown single word: "the agency Ibama", "the town of X", "in Blackheath", "at the Kantei"
    const prev = toks[a - 1];
    const prev2 = toks[a - 2];
    const pk = prev && !prev.punct ? prev.r[0].key.toLowerCase() : '';
    const p2 = prev2 && !prev2.punct ? prev2.r[0].key.toLowerCase() : '';
    if (APPOS_ORG.has(pk)) { type = 'ORG'; strong = true; }
    else if (APPOS_PLACE.has(pk) || (pk === 'of' && APPOS_PLACE.has(p2))) { type = 'PLACE'; strong = true; }
    else if (t0.hint !== 'PERSON' && (PLACE_PREP.has(pk) || (pk === 'the' && PLACE_PREP.has(p2)))) { type = 'PLACE'; strong = !t0.sentenceStart; }
    else if ((pk === 'and' || pk === 'or') && prev2 && !prev2.punct) {
      const before = out.find((c) => c.at + c.keys.length === a - 1);
      if (before && before.type === 'PLACE') { type = 'PLACE'; strong = true; }
    }
  }
  if (type === 'PERSON' && !single && !toks.slice(a, b).some((t) => t.hint === 'PERSON')) {
    // «at the Santiago Bernabéu», «across the Rio Grande»: a run with no person hint after a place preposition
    const prev = toks[a - 1];
    const prev2 = toks[a - 2];
    const pk = prev && !prev.punct ? prev.r[0].key.toLowerCase() : '';
    const p2 = prev2 && !prev2.punct ? prev2.r[0].key.toLowerCase() : '';
    if (pk === 'the' && PLACE_PREP.has(p2)) type = 'PLACE';
  }
  if (!type) return;
  if (single) {
    const k = keys[0];
    if (k.length < 2 || opt.stop.has(k)) return;
    const vouched = gaz.places.has(k) || gaz.orgs.has(k) || (tc && gaz.places.has(tc)) || capElsewhere.has(k) || t0.hint;
    if (t0.sentenceStart && !vouched) return;
    if (gaz.ambiguous.has(k) && !capElsewhere.has(k) && t0.sentenceStart) return;
    if (type === 'PERSON' && !t0.hint) strong = false;
  }
  const useKeys = tc && type === 'PLACE' && gaz.places.has(tc) ? [tc] : keys;
  out.push({ at: a, keys: useKeys, display: tc && useKeys[0] === tc ? [tc] : display, type, rule: 'cap-run', strong });
}

function gazFull(toks: LatinTok[], i: number, b: number, gaz: Gaz): boolean {
  const k = toks.slice(i, b).map((t) => t.r[0].key).join(' ');
  return gaz.orgs.has(k) || gaz.places.has(k);
}

/** Initials of an organisation name's capitalised words ("International Monetary Fund" → "IMF"). */
export function acronym(keys: string[]): string {
  return keys.filter((k) => isCap(k)).map((k) => k.charAt(0)).join('');
}

/**
 * Candidates and resolved entities for a Latin-script article.
 * Input: tokens (see {@link tokenizeLatin}) and language options. Output: ranked entities.
 */
export function extractFromTokens(toks: LatinTok[], opt: LatinOptions): Resolved[] {
  const gaz = gazetteer(opt.lang);
  const capElsewhere = new Set<string>();
  const lowerElsewhere = new Set<string>();
  for (const t of toks) {
    if (!t.punct && t.cap && !t.sentenceStart) capElsewhere.add(t.r[0].key);
    if (!t.punct && !t.cap && /^\p{Ll}/u.test(t.r[0].key)) lowerElsewhere.add(t.r[0].key);
  }
  const cands: Candidate[] = [];
  for (const run of runs(toks, opt.connectors)) takeRun(toks, run, opt, gaz, capElsewhere, cands, lowerElsewhere);
  return resolve(toks, cands, (k) => k, {
    extraAliases: (g: Group) => {
      if (g.type !== 'ORG' || g.forms[0].length < 2) return [];
      const ac = acronym(g.forms[0]);
      return ac.length >= 2 ? [[ac]] : [];
    },
    equivalent: (a: Group, b: Group) =>
      a.forms[0].length === 1 && b.type === 'ORG' && b.forms[0].length >= 2 && a.forms[0][0].replace(/\./g, '') === acronym(b.forms[0]),
    equivalentIndex: {
      target: (b: Group) => (b.type === 'ORG' && b.forms[0].length >= 2 ? acronym(b.forms[0]) : null),
      probe: (a: Group) => (a.forms[0].length === 1 ? a.forms[0][0].replace(/\./g, '') : null),
    },
    familyNameAlias: (k) => !opt.stop.has(k),
  });
}

/** Stop words and connectors for `lang` (falls back to a small shared list). */
export function latinOptions(lang: string): LatinOptions {
  const stops = data.stop as Record<string, string[]>;
  const conns = data.connectors as Record<string, string[]>;
  return {
    lang,
    stop: new Set([...(stops[lang] ?? []), ...(lang === 'en' ? [] : stops.en)]),
    connectors: new Set(conns[lang] ?? conns.default),
  };
}
