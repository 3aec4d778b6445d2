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
import { regionNames, timeZoneCities, worldRegionNames } from '../gazetteer';
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
  /** Country and territory names (Intl). */
  countries: Set<string>;
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
  for (const r of worldRegionNames(lang)) places.add(r);
  for (const p of data.placesExtra) places.add(p);
  for (const o of data.orgsExtra) orgs.add(o);
  let maxLen = 1;
  for (const s of [...places, ...orgs]) maxLen = Math.max(maxLen, s.split(' ').length);
  const countries = new Set([...regionNames(lang), ...regionNames('en')].filter((e) => e.type === 'PLACE').map((e) => e.name));
  const g = { places, orgs, countries, ambiguous: new Set(data.ambiguous), maxLen };
  gazCache.set(lang, g);
  return g;
}

const TITLES = new Set(data.titles.map((t) => t.replace(/\.$/, '')));
const ORG_WORDS = new Set(data.orgWords);
/** Heads of public bodies («Commission», «Authority» …) that may end a name with «and» inside it. */
const PUBLIC_BODY_HEADS = new Set(data.publicBodyHeads);
const PLACE_WORDS = new Set(data.placeWords);
/** Plural field nouns among the organisation words («Securities», «Investments», «Communications») that may come before «and» in one public-body name. */
const PLURAL_FIELD = /^\p{Lu}\p{Ll}+(?:ies|ments|tions|ties)$/u;
const DEMONYMS = new Set(data.demonymsExtra);
const APPOS_ORG = new Set(data.appositiveOrg);
const APPOS_PLACE = new Set(data.appositivePlace);
const PLACE_PREP = new Set(data.placePrepositions);
const HYPHEN_SUFFIX = new RegExp(`-(?:${data.hyphenSuffixes.join('|')})$`, 'i');
const EVENT_WORDS = new Set(data.eventWords);
const EVENT_PHRASES = new Set(data.eventPhrases);
const EVENT_NOUNS = new Set(data.eventNouns);
const LEADING_ADVERBS = new Set(data.leadingAdverbs);
const ORG_BEFORE = data.orgContextBefore.map((x) => x.toLowerCase().split(' '));
const ORG_AFTER = data.orgContextAfter.map((x) => x.toLowerCase().replace(/,/g, ' ,').trim().split(/\s+/));
const PLACE_AFTER = data.placeNounsAfter.map((x) => x.split(' '));
const PLACE_ARTICLES = new Set(data.placeArticles);
const COMPASS = new Set(data.compassWords);
/** «al-Burhan», «el-Sisi»: an Arabic article written in lower case, joined to a capitalised name. */
const ARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|ud|ibn|bin)-\p{Lu}/u;
/** «JPMorgan», «DuckDuckGo», «OpenAI»: a capital after two lower-case letters, or two capitals then lower case (not Mc/Mac/De/Le names). */
const CAMEL = /^(?!Mac|Mc)\p{Lu}+\p{Ll}{2,}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}/u;

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
      // «King's Fund», «Manufacturers' Association»: a possessive followed by an organisation or
      // place word is inside the name; otherwise it ends the name («Modi's government»)
      const end = (m.index ?? 0) + s.length;
      const plural = /s$/.test(w) && /^['’]/.test(p.slice(end, end + 1));
      const nextWord = /^['’]?\s+(\p{Lu}[\p{L}]*)/u.exec(p.slice(end, end + 40))?.[1] ?? '';
      const inName = ORG_WORDS.has(nextWord) || PLACE_WORDS.has(nextWord);
      if (/['’]s$/.test(w)) { if (!inName) { w = w.slice(0, -2); possessive = true; } }
      else if (/s['’]$/.test(w)) { if (!inName) { w = w.slice(0, -1); possessive = true; } }
      else if (plural) { if (inName) w += "'"; else possessive = true; }
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

function runs(toks: LatinTok[], connectors: Set<string>, countries: Set<string>): Run[] {
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
      if (ARTICLE_NAME.test(u.r[0].key)) { j++; continue; }
      if (connectors.has(u.r[0].key) && toks[j + 1] && !toks[j + 1].punct && toks[j + 1].cap) { j += 2; continue; }
      // «von der Leyen», «de la Cruz»: two connectors in a row
      if (connectors.has(u.r[0].key) && toks[j + 1] && !toks[j + 1].punct && connectors.has(toks[j + 1].r[0].key) && toks[j + 2] && !toks[j + 2].punct && toks[j + 2].cap) { j += 3; continue; }
      // «Center of Reform on Economics», «Commission on Population Growth»: «on» + a capitalised word inside an organisation name
      if (u.r[0].key === 'on' && toks[j + 1] && !toks[j + 1].punct && toks[j + 1].cap && toks[j + 1].para === t.para && toks[j + 1].hint !== 'DATE' && !/day$/.test(toks[j + 1].r[0].key) && toks.slice(i, j).some((x) => ORG_WORDS.has(x.r[0].key))) { j += 2; continue; }
      // «Council for Scientific and Industrial Research», «Department of Trade and Industry»: «and» + one or two
      // capitalised words ending the run, inside an organisation name that has an organisation word then «for»/«of»
      if (u.r[0].key === 'and' && toks[j + 1] && !toks[j + 1].punct && toks[j + 1].cap && toks[j + 1].para === t.para && !countries.has(toks[j + 1].r[0].key)) {
        const sofar = toks.slice(i, j).map((x) => x.r[0].key);
        const w = sofar.findIndex((k) => ORG_WORDS.has(k));
        const c = sofar.findIndex((k, q) => q > w && (k === 'for' || k === 'of'));
        let e = j + 1;
        while (e < toks.length && e - j <= 3 && !toks[e].punct && toks[e].cap && toks[e].para === t.para) e++;
        if (w >= 0 && c > w && e - (j + 1) <= 2) { j = e; continue; }
      }
      // «Australian Securities and Investments Commission»: «and» + one to three capitalised words that end the
      // run with a public-body head (data: publicBodyHeads; not company words like Group, Services, Bank, which
      // end the second of two companies), after a run with no organisation word (the whole is one name)
      if (u.r[0].key === 'and' && toks[j + 1] && !toks[j + 1].punct && toks[j + 1].cap && toks[j + 1].para === t.para && !countries.has(toks[j + 1].r[0].key) &&
        !toks.slice(i, j).some((x) => ORG_WORDS.has(x.r[0].key) && !PLURAL_FIELD.test(x.r[0].key))) {
        let e = j + 1;
        while (e < toks.length && e - j <= 3 && !toks[e].punct && toks[e].cap && toks[e].para === t.para) e++;
        const endsRun = !(toks[e] && !toks[e].punct && toks[e].para === t.para && (toks[e].cap || connectors.has(toks[e].r[0].key)));
        if (endsRun && PUBLIC_BODY_HEADS.has(toks[e - 1].r[0].key)) { j = e; continue; }
      }
      // «Central Bank of the Republic of …», «Export-Import Bank of the United States»: «of the» + a capitalised
      // word inside a name that already has an organisation word
      if (u.r[0].key === 'of' && toks[j + 1]?.r[0].key.toLowerCase() === 'the' && toks[j + 2] && !toks[j + 2].punct && toks[j + 2].cap &&
        toks[j + 2].para === t.para && toks.slice(i, j).some((x) => ORG_WORDS.has(x.r[0].key))) { j += 3; continue; }
      // «Board of Control for Cricket in India»: «in» + a country inside an organisation name that already has «for»
      if (u.r[0].key === 'in' && toks[j + 1] && !toks[j + 1].punct && toks[j + 1].cap && toks[j + 1].para === t.para) {
        const sofar = toks.slice(i, j).map((x) => x.r[0].key);
        // («Association of Universities for Research in Astronomy»: a field noun, not only a country, may follow «in»)
        if (sofar.includes('for') && sofar.some((k) => ORG_WORDS.has(k)) && (countries.has(toks[j + 1].r[0].key) || /(?:y|ics|ism|ture|ment|ence|ance)$/.test(toks[j + 1].r[0].key)) && !(toks[j + 2] && !toks[j + 2].punct && toks[j + 2].cap)) { j += 2; continue; }
      }
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
  /** Lower-case office nouns («ministre», «ministro») whose portfolio may open the next run. */
  roleNouns: Set<string>;
}

/** Lower-case compass adjectives before a place («northern Luzon»). */
const COMPASS_ADJ = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);
/** Prepositions of location that take places rather than people («in», «across»; not «from», «to», «at»). */
const IN_PREP = new Set(['in', 'across', 'near', 'outside', 'throughout', 'around']);

/** Run [a, b) is an item of a comma list whose previous item is a place and which goes on («, X,» / «, X and»). */
function inPlaceList(toks: LatinTok[], a: number, b: number, out: Candidate[]): boolean {
  const before = out.find((c) => c.at + c.keys.length === a - 1);
  const nx = toks[b];
  return !!before && before.type === 'PLACE' && !!nx && (nx.r[0].key === ',' || nx.r[0].key === 'and');
}

/**
 * «Air Canada», «Air India», «Air New Zealand Rouge»: «Air» + a known place (one to three words)
 * starting the run is an airline, not the title «Air» (Air Marshal) before a place.
 */
function airline(toks: LatinTok[], a: number, b: number, gaz: Gaz): boolean {
  if (toks[a].r[0].key !== 'Air' || b - a < 2) return false;
  for (let n = Math.min(3, b - a - 1); n >= 1; n--) {
    if (gaz.places.has(toks.slice(a + 1, a + 1 + n).map((t) => t.r[0].key).join(' '))) return true;
  }
  return false;
}

/** Token `a` follows an office noun (data: roleNounsBefore) and one or two connectors («du», «de la»). */
function afterRoleNoun(toks: LatinTok[], a: number, opt: LatinOptions): boolean {
  if (!opt.roleNouns.size) return false;
  let i = a - 1;
  let c = 0;
  while (i >= 0 && c < 2 && !toks[i].punct && opt.connectors.has(toks[i].r[0].key.toLowerCase())) { i--; c++; }
  return c > 0 && i >= 0 && !toks[i].punct && opt.roleNouns.has(toks[i].r[0].key.toLowerCase());
}

/** Classifies and cleans one run; pushes candidates. */
function takeRun(toks: LatinTok[], run: Run, opt: LatinOptions, gaz: Gaz, capElsewhere: Set<string>, out: Candidate[], lowerElsewhere: Set<string>): void {
  let { a, b } = run;
  const key = (i: number) => toks[i].r[0].key;
  // «la ministre du Travail Élisabeth Borne», «el ministro de Economía Luis Caputo», «le président
  // de la République Emmanuel Macron»: after an office noun and a connector, the first word of a
  // run of three or more capitalised words is the portfolio; the name follows it
  if (b - a >= 3 && toks[a + 1].cap && !opt.connectors.has(key(a + 1)) && afterRoleNoun(toks, a, opt)) a++;
  // titles / demonyms / stop words at the front; the part before the last title is its own run
  let lastTitle = -1;
  for (let i = a; i < b; i++) {
    // «Department of Trade and Industry», «Institute for Energy …»: a title word that is the complement
    // of a connector after an organisation word names a field, not a person's office
    if (i - 1 > a && opt.connectors.has(key(i - 1)) && toks.slice(a, i - 1).some((t) => ORG_WORDS.has(t.r[0].key))) continue;
    if ((TITLES.has(key(i)) || toks[i].hint === 'TITLE') && i + 1 < b && !gazFull(toks, i, b, gaz) && !airline(toks, i, b, gaz)) lastTitle = i;
  }
  if (lastTitle >= 0 && !ORG_WORDS.has(key(b - 1))) {
    let pre = a;
    // «European Commission President …»: a demonym stays when the part before the title is an organisation
    const preOrg = toks.slice(a, lastTitle).some((t) => ORG_WORDS.has(t.r[0].key));
    while (pre < lastTitle && (TITLES.has(key(pre)) || (!preOrg && (DEMONYMS.has(key(pre)) || toks[pre].hint === 'DEMONYM')) || opt.stop.has(key(pre)))) pre++;
    let preEnd = pre;
    while (preEnd < lastTitle && !TITLES.has(key(preEnd))) preEnd++;
    if (preEnd > pre) takeRun(toks, { a: pre, b: preEnd }, opt, gaz, capElsewhere, out, lowerElsewhere);
    a = lastTitle + 1;
  }
  while (a < b && (opt.stop.has(key(a)) || toks[a].hint === 'DATE' || opt.connectors.has(key(a)) ||
    // «Shares of Nvidia»: a sentence-initial word that the article also writes in lower case
    (toks[a].sentenceStart && b - a > 1 && (lowerElsewhere.has(key(a).toLowerCase()) || LEADING_ADVERBS.has(key(a)))))) a++;
  // a stop word at the end goes, except the complement of a connector («Department of Justice»)
  // («Philippine National Police»: an organisation word that is also a stop word stays after two capitalised words)
  while (b > a && (((opt.stop.has(key(b - 1)) || toks[b - 1].hint === 'DATE') && !(b - 2 > a && opt.connectors.has(key(b - 2))) &&
    !(b - a >= 3 && ORG_WORDS.has(key(b - 1)) && isCap(key(b - 2)))) || opt.connectors.has(key(b - 1)))) b--;
  // demonyms and titles in front, unless the whole run is a known name or an organisation ("French Tennis Federation")
  const whole = toks.slice(a, b).map((t) => t.r[0].key);
  if (!gaz.orgs.has(whole.join(' ')) && !gaz.places.has(whole.join(' ')) && !whole.some((k) => ORG_WORDS.has(k))) {
    while (a < b && (DEMONYMS.has(key(a)) || toks[a].hint === 'DEMONYM' || (TITLES.has(key(a)) && b - a > 1 && !airline(toks, a, b, gaz)))) a++;
  }
  if (a >= b) return;
  // «Egypt's Ministry of Tourism», «Spain's Ministry of …»: a country's possessive kept before an organisation
  // word (the tokenizer keeps «King's Fund» whole) is the country, and the body after it is its own name
  if (b - a >= 2 && /['’]s$/.test(key(a)) && gaz.countries.has(key(a).slice(0, -2))) {
    const k = key(a).slice(0, -2);
    if (!toks[a].r.some((x) => x.key === k)) toks[a].r.push({ key: k, display: k });
    toks[a].anyReading = true;
    out.push({ at: a, keys: [k], display: [k], type: 'PLACE', rule: 'gazetteer', strong: true });
    takeRun(toks, { a: a + 1, b }, opt, gaz, capElsewhere, out, lowerElsewhere);
    return;
  }
  // «Atacama Desert of Chile», «Rift Valley of Kenya»: a place-word name, «of», a country: two places
  {
    const ofAt = toks.slice(a, b).findIndex((t) => t.r[0].key === 'of') + a;
    if (ofAt - a >= 2 && PLACE_WORDS.has(key(ofAt - 1)) && !toks.slice(a, ofAt).some((t) => ORG_WORDS.has(t.r[0].key)) &&
      gaz.countries.has(toks.slice(ofAt + 1, b).map((t) => t.r[0].key).join(' '))) {
      takeRun(toks, { a, b: ofAt }, opt, gaz, capElsewhere, out, lowerElsewhere);
      takeRun(toks, { a: ofAt + 1, b }, opt, gaz, capElsewhere, out, lowerElsewhere);
      return;
    }
  }
  // «Neha Sharma of Zentra», «Ana Ruiz of Banco Sur»: two or three name words with no organisation, place or
  // title word, then «of» + one or two capitalised words, are a person and the body they speak for
  {
    const ofAt = toks.slice(a, b).findIndex((t) => t.r[0].key === 'of') + a;
    if (ofAt - a >= 2 && ofAt - a <= 3 && b - ofAt - 1 >= 1 && b - ofAt - 1 <= 2) {
      const pre = toks.slice(a, ofAt).map((t) => t.r[0].key);
      const plain = pre.every((k) => isCap(k) && !ORG_WORDS.has(k) && !PLACE_WORDS.has(k) && !TITLES.has(k) && !COMPASS.has(k) && !DEMONYMS.has(k));
      if (plain && toks.slice(a, ofAt).every((t) => t.hint !== 'PLACE' && t.hint !== 'ORG' && t.hint !== 'DEMONYM') && !gazFull(toks, a, b, gaz) && !gazFull(toks, a, ofAt, gaz)) {
        takeRun(toks, { a, b: ofAt }, opt, gaz, capElsewhere, out, lowerElsewhere);
        takeRun(toks, { a: ofAt + 1, b }, opt, gaz, capElsewhere, out, lowerElsewhere);
        return;
      }
    }
  }
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
  if (gaz.orgs.has(joined) || airline(toks, a, b, gaz)) type = 'ORG';
  else if (!single && PLACE_WORDS.has(keys[0]) && !ORG_WORDS.has(last) && !gaz.places.has(joined)) type = 'PLACE';
  else if (gaz.places.has(joined) || (tc && gaz.places.has(tc))) type = 'PLACE';
  // «Laoag International Airport», «Pearl Steel Highway»: the last word is the head of an English compound,
  // so a place word last beats an organisation word before it (not across a connector: «Bank of … Bay»)
  else if (!single && PLACE_WORDS.has(last) && !ORG_WORDS.has(last) && !keys.some((k) => opt.connectors.has(k))) type = 'PLACE';
  else if (keys.some((k) => ORG_WORDS.has(k)) && !(single && t0.sentenceStart)) type = 'ORG';
  else if ((PLACE_WORDS.has(keys[0]) || PLACE_WORDS.has(last)) && !single) type = 'PLACE';
  else if (single && tc && isParaStart(toks, a) && toks[b] && /^[,—–]$/.test(toks[b].r[0].key)) type = 'PLACE';
  else if (single && t0.allCaps && t0.r[0].key.replace(/\./g, '').length <= 6) type = 'ORG';
  else {
    const hints = toks.slice(a, b).map((t) => t.hint);
    const count = (h: Hint) => hints.filter((x) => x === h).length;
    const best = (['PERSON', 'ORG', 'PLACE'] as const).map((h) => [h, count(h)] as const).sort((x, y) => y[1] - x[1])[0];
    if (best[1] > 0) type = best[0];
    else if (!single && keys.every((k) => isCap(k) || opt.connectors.has(k) || ARTICLE_NAME.test(k))) type = 'PERSON';
    else if (single) { type = 'PERSON'; strong = false; }
  }
  if (single && !gaz.places.has(joined) && !gaz.orgs.has(joined) && !t0.allCaps) {
    // context of an unknown single word: "the agency Ibama", "the town of X", "in Blackheath", "at the Kantei"
    const prev = toks[a - 1];
    const prev2 = toks[a - 2];
    const pk = prev && !prev.punct ? prev.r[0].key.toLowerCase() : '';
    const p2 = prev2 && !prev2.punct ? prev2.r[0].key.toLowerCase() : '';
    if (APPOS_ORG.has(pk)) { type = 'ORG'; strong = true; }
    // «analysts at Bernstein», «capacity from OpenAI»: a company cue (firm context, inner capitals) beats a place preposition
    else if (t0.hint !== 'PERSON' && t0.hint !== 'PLACE' && (orgCueBefore(toks, a) || CAMEL.test(keys[0]))) { type = 'ORG'; strong = true; }
    else if (APPOS_PLACE.has(pk) || (pk === 'of' && APPOS_PLACE.has(p2))) { type = 'PLACE'; strong = true; }
    else if (t0.hint !== 'PERSON' && (PLACE_PREP.has(pk) || (pk === 'the' && PLACE_PREP.has(p2)))) { type = 'PLACE'; strong = !t0.sentenceStart; }
    else if ((pk === 'and' || pk === 'or') && prev2 && !prev2.punct) {
      const before = out.find((c) => c.at + c.keys.length === a - 1);
      if (before && before.type === 'PLACE') { type = 'PLACE'; strong = true; }
    }
    // «northern Luzon», «central Java»: a lower-case compass adjective before a name makes it a place
    else if (COMPASS_ADJ.has(pk) && t0.hint !== 'PERSON' && t0.hint !== 'ORG') { type = 'PLACE'; strong = true; }
    // «Oaxaca, Chiapas and Veracruz»: a comma list item after a place, with the list going on
    else if (prev && prev.r[0].key === ',' && t0.hint !== 'PERSON' && inPlaceList(toks, a, b, out)) { type = 'PLACE'; strong = true; }
  }
  const personHint = toks.slice(a, b).some((t) => t.hint === 'PERSON');
  // «in Sefwi Wiawso», «in Punjab and Khyber Pakhtunkhwa»: a run of two or three words that no word
  // marks as a person's (no known given name) is a place right after an «in»-like preposition (not
  // «from», «to», «at», which take people and companies) or a compass adjective. Coordination is no
  // cue here: «for Chennai and Shivam Dube», «In Uttar Pradesh, Akhilesh Yadav's party»
  if (!single && b - a <= 3 && type === 'PERSON' && !personHint && !t0.sentenceStart) {
    const pk = toks[a - 1] && !toks[a - 1].punct ? toks[a - 1].r[0].key : '';
    const coordinatedIn = pk === 'and' && IN_PREP.has(wordsAt(toks, a - 3, -1, 1)[0] ?? '') && out.some((c) => c.at === a - 2 && c.type === 'PLACE');
    if (IN_PREP.has(pk) || COMPASS_ADJ.has(pk) || coordinatedIn) { type = 'PLACE'; strong = true; }
  }
  // «PORT SUDAN —», «EL FASHER, Sudan»: an all-caps run opening a paragraph is a dateline place
  if (!single && toks.slice(a, b).every((t) => t.allCaps || !/\p{L}/u.test(t.r[0].key)) && isParaStart(toks, a)) {
    const tcKeys = toks.slice(a, b).map((t) => {
      const k = t.r[0].key;
      const tck = k.charAt(0) + k.slice(1).toLowerCase();
      if (!t.r.some((x) => x.key === tck)) t.r.push({ key: tck, display: tck });
      t.anyReading = true;
      return tck;
    });
    out.push({ at: a, keys: tcKeys, display: tcKeys, type: 'PLACE', rule: 'dateline', strong: true });
    return;
  }
  // «the journal Ocean Letters», «the carmaker Bay Motors»: an organisation noun right before the name
  if (type !== 'ORG' && !personHint && !gaz.places.has(joined) && !(tc && gaz.places.has(tc))) {
    const pw = wordsAt(toks, a - 1, -1, 1)[0];
    if (pw && APPOS_ORG.has(pw)) { type = 'ORG'; strong = true; }
  }
  // «East Kalimantan», «West Africa», «Central Sulawesi»: a compass word first makes a region
  // (people are not named North/West …); known names and organisation words keep their type
  if (!single && !personHint && (type === 'PERSON' || type === 'ORG' && !gaz.orgs.has(joined) && !keys.some((k) => ORG_WORDS.has(k))) && COMPASS.has(keys[0]) && keys.slice(1).every((k) => isCap(k))) type = 'PLACE';
  if (type === 'PERSON' && !personHint) {
    const ks = toks.slice(a, b);
    // «the Springboks», «the All Blacks»: a plural name after «the» is a team or group, not a person
    const pw = toks[a - 1] && !toks[a - 1].punct ? toks[a - 1].r[0].key : '';
    if (pw === 'the' && /\p{Ll}s$/u.test(last) && !gaz.places.has(joined)) { type = 'ORG'; strong = true; }
    // companies: «JPMorgan», «SAIC Motor» (an acronym first), «Cricket Australia» (a country last)
    else if (ks.some((t) => CAMEL.test(t.r[0].key)) || (!single && ks[0].allCaps && !ks[0].r[0].key.includes('.')) ||
      (!single && gaz.places.has(keys[len - 1]) && !gaz.places.has(joined))) type = 'ORG';
    else if (orgContext(toks, a, b, gaz)) { type = 'ORG'; strong = true; }
    // «El Fasher», «Port Sudan», «San Cristóbal»: a place article first
    else if (!single && PLACE_ARTICLES.has(keys[0])) type = 'PLACE';
    else if (placeNounAfter(toks, b)) { type = 'PLACE'; strong = true; }
    // «Orlando East», «Kariobangi North»: a compass word last makes a district (people are not named … East)
    else if (!single && COMPASS.has(last) && !/^(?:Central|Upper|Lower)$/.test(last)) type = 'PLACE';
    // «Sydney Sixers», «Chennai Super Kings»: a known place then one or two words ending in a plural noun is a team
    else if (len >= 2 && len <= 3 && gaz.places.has(keys[0]) && /\p{Ll}s$/u.test(last) && !/ss$/.test(last)) { type = 'ORG'; strong = true; }
  }
  if (type === 'PERSON' && !single && !personHint) {
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
    const vouched = gaz.places.has(k) || gaz.orgs.has(k) || (tc && gaz.places.has(tc)) || capElsewhere.has(k) || t0.hint || (tc && type === 'PLACE');
    if (t0.sentenceStart && !vouched) return;
    if (gaz.ambiguous.has(k) && !capElsewhere.has(k) && t0.sentenceStart) return;
    if (type === 'PERSON' && !t0.hint) strong = false;
  }
  const useKeys = tc && type === 'PLACE' && (gaz.places.has(tc) || isParaStart(toks, a)) ? [tc] : keys;
  const fromGaz = type === 'PLACE' && (gaz.places.has(joined) || (!!tc && gaz.places.has(tc)));
  out.push({ at: a, keys: useKeys, display: tc && useKeys[0] === tc ? [tc] : display, type, rule: fromGaz ? 'gazetteer' : 'cap-run', strong });
}

/** Token `a` opens its paragraph (a dateline). */
function isParaStart(toks: LatinTok[], a: number): boolean {
  const prev = toks[a - 1];
  return !prev || prev.para !== toks[a].para;
}

/** Lower-case words around a run (punctuation as its own word). */
function wordsAt(toks: LatinTok[], from: number, step: 1 | -1, n: number): string[] {
  const out: string[] = [];
  for (let i = from; out.length < n && i >= 0 && i < toks.length; i += step) {
    const t = toks[i];
    if (t.r[0].key === '¶') break;
    out.push(t.r[0].key.toLowerCase());
  }
  return step < 0 ? out.reverse() : out;
}

/** A company cue phrase right before token `a` («shares of», «analysts at»; data: orgContextBefore). */
function orgCueBefore(toks: LatinTok[], a: number): boolean {
  const before = wordsAt(toks, a - 1, -1, 4);
  return ORG_BEFORE.some((c) => c.length <= before.length && c.every((w, i) => before[before.length - c.length + i] === w));
}

/**
 * Company/organisation context of a run at [a, b): «shares of X», «chief executive of X», «the journal X»
 * before it; «X shares», «X said its …», «X, which» after it; «X's Google» (a possessive followed by
 * a known organisation: the parent company). Cue phrases: data/latin.json (orgContextBefore/After).
 */
function orgContext(toks: LatinTok[], a: number, b: number, gaz: Gaz): boolean {
  if (orgCueBefore(toks, a)) return true;
  const before = wordsAt(toks, a - 1, -1, 4);
  const prev = before[before.length - 1];
  if (prev && APPOS_ORG.has(prev)) return true;
  const after = wordsAt(toks, b, 1, 3);
  if (ORG_AFTER.some((c) => c.every((w, i) => after[i] === w))) return true;
  const nx = toks[b];
  const nx2 = toks[b + 1];
  if (nx && nx.r[0].key === "'s" && nx2 && !nx2.punct && gaz.orgs.has(nx2.r[0].key)) return true;
  return false;
}

/** «the Adre crossing», «the Jafurah gas field», «Ceyhan port»: a lower-case place noun after the run. */
function placeNounAfter(toks: LatinTok[], b: number): boolean {
  const after = wordsAt(toks, b, 1, 2);
  return PLACE_AFTER.some((c) => c.every((w, i) => after[i] === w)) && !!toks[b] && !toks[b].cap;
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
  for (const run of runs(toks, opt.connectors, gaz.countries)) takeRun(toks, run, opt, gaz, capElsewhere, cands, lowerElsewhere);
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
    gazetteerPlacesApart: true,
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
    roleNouns: new Set((data.roleNounsBefore as Record<string, string[]>)[lang] ?? []),
  };
}
