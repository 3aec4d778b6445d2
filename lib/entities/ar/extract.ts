/**
 * Arabic named entities without a model: cue words (data/ar.json), gazetteers
 * (Intl country names + our list of places and organisations) and a few grammatical facts
 * of news Arabic:
 * - a title or role (وزير الدفاع التركي، المشير، رئيس المجلس الأعلى …) is followed by the
 *   person's name; the role's complement is definite (ال…) or a portfolio noun, so the name
 *   starts at the first indefinite word; compound given names (عبد الفتاح، صلاح الدين) are kept;
 * - a speech verb (قال، أكد …) is often followed by the speaker's name; «X، وزير …» names X;
 * - an organisation head (حكومة، وزارة، مجلس …) takes its definite complements; an adjective
 *   agrees in definiteness, so an indefinite head + a definite word is a construct (a name:
 *   «قاعدة الوطية») while «قاعدة جوية» is a noun + adjective (not a name);
 * - «quoted» names after media heads (وكالة «الأناضول»);
 * - X و Y where one of them is a known place makes the other a place (سرت والجفرة).
 * Nationality adjectives (التركي، الليبية) are never entities on their own.
 */
import type { Candidate, Group, Resolved, Tok } from '../core';
import { resolve } from '../core';
import { regionNames } from '../gazetteer';
import data from '../data/ar.json';
import { clean, displayOf, isDefinite, normAr, stems, undefinite } from './normalize';
import type { EntityType } from '../../types';

const n = (s: string) => normAr(s);
const set = (a: string[]) => new Set(a.map(n));

interface Lex {
  honor: Set<string>;
  roles: Set<string>;
  roleComp: Set<string>;
  verbs: Set<string>;
  orgHeads: Set<string>;
  inst: Set<string>;
  weakOrg: Set<string>;
  media: Set<string>;
  facility: Set<string>;
  generic: Set<string>;
  nameAdj: Set<string>;
  cPre: Set<string>;
  cSuf: Set<string>;
  stop: Set<string>;
  common: Set<string>;
  nat: Set<string>;
  gaz: Map<string, { keys: string[]; type: EntityType; ambiguous: boolean }[]>;
  placePrep: Set<string>;
  notNames: Set<string>;
}

let LEX: Lex | null = null;

function nationalityForms(countries: string[]): Set<string> {
  const stemsOut = new Set<string>(data.nationalityStemsExtra.map(n));
  for (const c of countries) {
    const k = n(c);
    if (k.includes(' ')) continue;
    for (const base of new Set([k, undefinite(k)])) {
      if (base.endsWith('يا')) stemsOut.add(base.slice(0, -1));
      else if (base.endsWith('ا')) stemsOut.add(base.slice(0, -1) + 'ي');
      else stemsOut.add(base + 'ي');
    }
  }
  const out = new Set<string>();
  for (const s of stemsOut) {
    const b = undefinite(s);
    for (const f of [b, b + 'ه', b + 'ون', b + 'ين', b + 'ان', b + 'تان', b + 'تين', b + 'ا']) {
      out.add(f);
      out.add('ال' + f);
    }
  }
  return out;
}

function lex(): Lex {
  if (LEX) return LEX;
  const countries = regionNames('ar');
  const gaz = new Map<string, { keys: string[]; type: EntityType; ambiguous: boolean }[]>();
  const amb = set(data.ambiguousPlaces);
  const addGaz = (name: string, type: EntityType) => {
    const keys = n(clean(name)).split(/\s+/).filter(Boolean);
    if (!keys.length) return;
    const l = gaz.get(keys[0]) ?? [];
    if (l.some((e) => e.keys.join(' ') === keys.join(' '))) return;
    l.push({ keys, type, ambiguous: amb.has(keys.join(' ')) });
    l.sort((a, b) => b.keys.length - a.keys.length);
    gaz.set(keys[0], l);
  };
  for (const c of countries) addGaz(c.name, c.type);
  for (const p of data.places) addGaz(p, 'PLACE');
  for (const o of data.orgs) addGaz(o, 'ORG');
  LEX = {
    honor: set(data.honorifics),
    roles: set(data.roles),
    roleComp: set(data.roleComplements),
    verbs: set(data.speechVerbs),
    orgHeads: set(data.orgHeads),
    inst: set(data.institutionHeads),
    weakOrg: set(data.weakOrgHeads),
    media: set(data.mediaHeads),
    facility: set(data.facilityHeads),
    generic: set(data.genericAdjectives),
    nameAdj: set(data.nameAdjectives),
    cPre: set(data.compoundPrefixes),
    cSuf: set(data.compoundSuffixes),
    stop: set(data.stop),
    common: set(data.commonNouns),
    nat: nationalityForms(countries.filter((c) => c.type === 'PLACE').map((c) => c.name).concat(data.places)),
    gaz,
    placePrep: set(data.placePrepositions),
    notNames: set(data.verbsNotNames),
  };
  return LEX;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const QUOTE_OPEN = new Set(['«', '“', '„', '‹']);
const QUOTE_CLOSE = new Set(['»', '”', '›']);
const QUOTE_BOTH = new Set(['"', "'"]);
const DETACHED_CLITIC = new Set(['ل', 'ب', 'و', 'ف', 'ك']);

/**
 * Tokenises headline + paragraphs. Quotes become flags on neighbouring tokens (transparent
 * for matching), other punctuation becomes boundary tokens, detached clitics («لـ») are dropped.
 * Input: title, text (paragraphs split on blank lines). Output: tokens with Arabic readings.
 */
export function tokenizeAr(title: string, text: string): Tok[] {
  const toks: Tok[] = [];
  const paras = [title, ...text.split(/\n\s*\n/)];
  paras.forEach((p, pi) => {
    const para = pi - 1;
    let pendingOpen = false;
    let openStraight = false;
    for (const m of p.matchAll(TOKEN)) {
      const s = m[0];
      if (QUOTE_OPEN.has(s) || (QUOTE_BOTH.has(s) && !openStraight)) {
        if (QUOTE_BOTH.has(s)) openStraight = true;
        pendingOpen = true;
        continue;
      }
      if (QUOTE_CLOSE.has(s) || QUOTE_BOTH.has(s)) {
        if (QUOTE_BOTH.has(s)) openStraight = false;
        const last = toks[toks.length - 1];
        if (last && last.para === para) last.qClose = true;
        continue;
      }
      const c = clean(s);
      if (!c) continue;
      if (!/[\p{L}\p{N}]/u.test(c)) {
        if (c === '.' && toks.length && toks[toks.length - 1].punct) continue;
        toks.push({ r: [{ key: c, display: c }], punct: true, para });
        continue;
      }
      if (c.length === 1 && DETACHED_CLITIC.has(c)) continue;
      const k = normAr(c);
      const r = stems(k).map((st) => ({ key: st.stem, display: displayOf(c, st) }));
      toks.push({ r, punct: false, para, qOpen: pendingOpen || undefined, tanween: /[\u064B-\u064D]/.test(s) || undefined });
      pendingOpen = false;
    }
    toks.push({ r: [{ key: '¶', display: '¶' }], punct: true, para });
  });
  return toks;
}

// ---- token predicates -------------------------------------------------------------------

/** The first reading (the token itself, then without clitics) whose key is in `s`. */
function inSet(t: Tok | undefined, s: Set<string>): { key: string; display: string } | null {
  if (!t || t.punct) return null;
  for (const rd of t.r) if (s.has(rd.key)) return rd;
  return null;
}
/** Token begins with a coordinating و/ف (its reading without it is a known or definite word). */
function hasConj(t: Tok): boolean {
  const k = t.r[0].key;
  if (!/^[وف]/.test(k) || t.r.length < 2) return false;
  const rest = t.r[1].key;
  return isDefinite(rest) || rest.startsWith('ال');
}
function startsWithWaw(t: Tok): boolean {
  return /^[وف]/.test(t.r[0].key) && t.r.length > 1;
}
const L = () => lex();
function isStopish(t: Tok): boolean {
  const x = L();
  const k = t.r[0].key;
  return x.stop.has(k) || x.stop.has(undefinite(k)) || /^\d/.test(k);
}
function isNat(t: Tok): boolean {
  return !!inSet(t, L().nat);
}
function isHeadLike(t: Tok): boolean {
  const x = L();
  const k = t.r[0].key;
  return x.orgHeads.has(undefinite(k)) || x.roles.has(k) || x.honor.has(k) || x.roleComp.has(undefinite(k));
}
/** Could be part of a person's name (not a cue word, stop word, adjective or common noun). */
function nameLike(t: Tok | undefined): boolean {
  if (!t || t.punct) return false;
  const x = L();
  const k = t.r[0].key;
  // an indefinite case ending written out («مرشحاً») marks a common word, not a name
  if (t.tanween) return false;
  if (x.notNames.has(k)) return false;
  if (k.length < 2 || /\d/.test(k) || !/^[\u0621-\u064A]+$/.test(k)) return false;
  if (isStopish(t) || isNat(t) || isHeadLike(t)) return false;
  if (x.verbs.has(k) || x.common.has(k) || x.common.has(undefinite(k)) || x.generic.has(k) || x.nameAdj.has(k)) return false;
  if (x.facility.has(k) || x.media.has(k)) return false;
  if (hasPronounSuffix(t)) return false;
  return true;
}
/**
 * Ends with an attached pronoun (…ه، …ها، …هم، …هما as written, not ة): «قواته»، «بلادها».
 * Names ending in ه (طه، وجيه) are short or end in يه, so they pass.
 */
function hasPronounSuffix(t: Tok): boolean {
  const c = t.r[0].display;
  return c.length >= 5 && /(?<!ي)ه$|ها$|هما?$/.test(c);
}
function definiteTok(t: Tok): boolean {
  return t.r.some((rd, i) => (i === 0 || rd.key.startsWith('ال')) && isDefinite(rd.key) && (i === 0 || !hasConj(t)));
}
/** Matching key of a token inside a phrase: the token as written (clitics only come first). */
function innerKey(t: Tok): { key: string; display: string } {
  return t.r[0];
}

// ---- rules -----------------------------------------------------------------------------

/**
 * Reads a person's name from token `i`: first word indefinite (or a compound prefix such as
 * عبد/أبو), then up to 3 more name words; a definite word (family name «السراج») ends it,
 * as do punctuation, stop words, coordination (و…) and cue words.
 * Output: end index (exclusive) or -1 when no name starts at `i`.
 */
export function readName(toks: Tok[], i: number): number {
  const x = L();
  const t = toks[i];
  if (!nameLike(t) || t.qOpen) return -1;
  const k0 = t.r[0].key;
  if (isDefinite(k0)) return -1;
  let j = i + 1;
  if (x.cPre.has(k0)) {
    const u = toks[j];
    if (!u || u.punct || u.para !== t.para) return -1;
    j++;
  }
  while (j < toks.length && j - i < 4) {
    const u = toks[j];
    if (u.punct || u.para !== t.para || u.qOpen) break;
    const k = u.r[0].key;
    if (x.cSuf.has(k)) { j++; continue; }
    if (x.cPre.has(k) && toks[j + 1] && !toks[j + 1].punct) { j += 2; continue; }
    if (startsWithWaw(u) || !nameLike(u)) break;
    // «بولاية»: a preposition attached to a common word ends the name
    if (u.r.slice(1).some((rd) => x.common.has(undefinite(rd.key)) || x.stop.has(rd.key) || x.notNames.has(rd.key))) break;
    j++;
    if (isDefinite(k)) break;
  }
  return j;
}

function cand(toks: Tok[], a: number, b: number, type: EntityType, rule: string, strong: boolean, keysOverride?: string[], dispOverride?: string[]): Candidate {
  const slice = toks.slice(a, b);
  // first token: drop attached clitics (the reading that is not the raw token when one exists)
  const first = slice[0];
  const rd0 = pickFirstReading(first, type);
  const keys = keysOverride ?? [rd0.key, ...slice.slice(1).map((t) => innerKey(t).key)];
  const display = dispOverride ?? [rd0.display, ...slice.slice(1).map((t) => innerKey(t).display)];
  return { at: a, keys, display, type, rule, strong };
}

function pickFirstReading(t: Tok, type: EntityType): { key: string; display: string } {
  // A conj-prefixed token («والجيش») reads without the conjunction; a name after a role is
  // taken as written («فتحي» is not «ف+تحي»).
  const x = L();
  if (type === 'PERSON') return t.r[0];
  for (const rd of t.r) {
    if (x.orgHeads.has(undefinite(rd.key)) || x.media.has(rd.key) || x.facility.has(rd.key) || x.gaz.has(rd.key)) return rd;
  }
  if (t.r.length > 1 && /^[وفبلك]/.test(t.r[0].key)) {
    const last = t.r[t.r.length - 1];
    // «لل…» → «ال…» reading is preferred when present
    const lil = t.r.find((rd) => rd.key.startsWith('ال') && !t.r[0].key.startsWith('ال'));
    return lil ?? last;
  }
  return t.r[0];
}

function gazetteer(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) continue;
    let best: { len: number; type: EntityType; rd: { key: string; display: string }; keys: string[] } | null = null;
    for (const rd of t.r) {
      for (const e of x.gaz.get(rd.key) ?? []) {
        if (best && e.keys.length <= best.len) continue;
        let ok = true;
        for (let j = 1; j < e.keys.length; j++) {
          const u = toks[i + j];
          if (!u || u.punct || u.para !== t.para || innerKey(u).key !== e.keys[j]) { ok = false; break; }
        }
        if (!ok) continue;
        if (e.ambiguous) {
          const prev = toks[i - 1];
          const cue = (prev && !prev.punct && !!inSet(prev, x.placePrep)) || t.qOpen;
          if (!cue) continue;
        }
        best = { len: e.keys.length, type: e.type, rd, keys: e.keys };
      }
    }
    if (best) {
      // a place followed by an org-ish definite complement is part of a longer name: leave to the org rule
      const disp = [best.rd.display, ...toks.slice(i + 1, i + best.len).map((u) => innerKey(u).display)];
      out.push({ at: i, keys: best.keys, display: disp, type: best.type, rule: 'gazetteer', strong: true });
      for (let j = i; j < i + best.len; j++) covered.add(j);
      i += best.len - 1;
    }
  }
}

/** Skips a role phrase that starts after a trigger at `i`; returns the index where the name may start. */
function skipRole(toks: Tok[], i: number): { at: number; complements: number } {
  const x = L();
  let j = i;
  let complements = 0;
  const para = toks[i - 1]?.para;
  while (j < toks.length && toks[j].para === para) {
    const u = toks[j];
    if (u.punct) {
      if (u.r[0].key === '،' || u.r[0].key === ',') {
        const v = toks[j + 1];
        if (v && !v.punct && (inSet(v, x.honor) || inSet(v, x.roles))) { j += 2; complements++; continue; }
        if (complements > 0 && v && nameLike(v) && !isDefinite(v.r[0].key)) { j += 1; break; }
      }
      break;
    }
    if (hasConj(u) || startsWithWaw(u) && !definiteTok(u)) break;
    const k = u.r[0].key;
    if (isStopish(u)) {
      if ((k === 'في' || k === 'لدي' || k === 'باسم') && toks[j + 1] && !toks[j + 1].punct) {
        const v = toks[j + 1];
        if (definiteTok(v) || x.gaz.has(v.r[0].key) || x.orgHeads.has(undefinite(v.r[0].key))) { j += 2; complements++; continue; }
      }
      break;
    }
    if (definiteTok(u) || x.roleComp.has(k) || x.roles.has(k) || x.orgHeads.has(k) || isNat(u)) {
      j++;
      complements++;
      continue;
    }
    break;
  }
  return { at: j, complements };
}

function roles(toks: Tok[], out: Candidate[]): void {
  const x = L();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) continue;
    const honor = inSet(t, x.honor);
    const role = honor ?? inSet(t, x.roles);
    if (!role) continue;
    const { at, complements } = skipRole(toks, i + 1);
    const end = readName(toks, at);
    if (end < 0) continue;
    const single = end - at === 1;
    // directly after an honorific («المشير حفتر») a single word is a name; after a longer role it needs support
    const strong = !single || (!!honor && complements === 0);
    out.push(cand(toks, at, end, 'PERSON', honor ? 'honorific' : 'role', strong));
    i = end - 1;
  }
}

function speechVerbs(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    if (!inSet(toks[i], x.verbs)) continue;
    const at = i + 1;
    if (covered.has(at)) continue;
    const end = readName(toks, at);
    if (end < 0) continue;
    out.push(cand(toks, at, end, 'PERSON', 'speech-verb', end - at > 1));
  }
}

function nameThenRole(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 1; i < toks.length - 1; i++) {
    const c = toks[i];
    if (!c.punct || (c.r[0].key !== '،' && c.r[0].key !== ',')) continue;
    const nx = toks[i + 1];
    if (!inSet(nx, x.roles) && !inSet(nx, x.honor)) continue;
    const a = toks[i - 1];
    if (!nameLike(a) || covered.has(i - 1)) continue;
    let start = i - 1;
    const b = toks[i - 2];
    if (b && nameLike(b) && !isDefinite(b.r[0].key) && !startsWithWaw(b) && !inSet(b, x.verbs) && !covered.has(i - 2)) start = i - 2;
    if (readName(toks, start) !== i) continue;
    const f = toks[start];
    const rd = startsWithWaw(f) ? f.r[1] : f.r[0];
    const rest = toks.slice(start + 1, i).map((u) => u.r[0]);
    out.push(cand(toks, start, i, 'PERSON', 'name-then-role', false, [rd.key, ...rest.map((r) => r.key)], [rd.display, ...rest.map((r) => r.display)]));
  }
}

function orgs(toks: Tok[], out: Candidate[]): void {
  const x = L();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) continue;
    let headRd: { key: string; display: string } | null = null;
    for (const rd of t.r) if (x.orgHeads.has(undefinite(rd.key))) { headRd = rd; break; }
    if (!headRd) continue;
    const headDef = isDefinite(headRd.key);
    const head = undefinite(headRd.key);
    let j = i + 1;
    const comp: Tok[] = [];
    let quotedStop = false;
    while (j < toks.length && comp.length < 5) {
      const u = toks[j];
      if (u.punct || u.para !== t.para || hasConj(u)) break;
      if (u.qOpen && comp.length === 0 && !t.qOpen && x.media.has(head)) { quotedStop = true; break; }
      const k = innerKey(u).key;
      if (isStopish(u) || x.generic.has(k)) break;
      if (!headDef && comp.length === 0 && x.roleComp.has(k) && toks[j + 1] && definiteTok(toks[j + 1])) { comp.push(u); j++; continue; }
      if (!definiteTok(u)) break;
      if (headDef && comp.length === 0 && x.orgHeads.has(undefinite(k)) && !isNat(u)) break;
      if (x.common.has(undefinite(k)) && comp.length === 0 && headDef) break;
      comp.push(u);
      j++;
      if (isNat(u)) {
        if (toks[j] && isNat(toks[j]) && !toks[j].punct && toks[j].para === t.para) { comp.push(toks[j]); j++; }
        break;
      }
      if (u.qClose && !t.qOpen) break;
    }
    if (quotedStop || !comp.length) continue;
    const nats = comp.filter(isNat).length;
    const onlyNat = nats === comp.length;
    if (onlyNat && !x.inst.has(head)) continue;
    if (headDef && !onlyNat) {
      const ok = comp.length - nats >= 2 || comp.some((u) => x.nameAdj.has(innerKey(u).key));
      if (!ok) continue;
    }
    if (x.weakOrg.has(head) && comp.length - nats < 2) continue;
    out.push(cand(toks, i, j, 'ORG', 'org-head', true));
    i = j - 1;
  }
}

function media(toks: Tok[], out: Candidate[]): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    const head = inSet(t, x.media) ?? t.r.find((rd) => x.orgHeads.has(undefinite(rd.key))) ?? null;
    if (!head) continue;
    let q = i + 1;
    if (!toks[q].qOpen && !x.media.has(head.key) && toks[q + 1] && definiteTok(toks[q]) && !toks[q].punct) q++;
    if (!toks[q] || !toks[q].qOpen) continue;
    let j = q;
    while (j < toks.length && j - i <= 4 && !toks[j].punct) {
      if (toks[j].qClose) { j++; break; }
      j++;
    }
    if (!toks[j - 1].qClose) continue;
    out.push({ ...cand(toks, i, j, 'ORG', 'media-quoted', true), quoteAt: q - i });
  }
}

function facilities(toks: Tok[], out: Candidate[]): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    const head = inSet(t, x.facility);
    if (!head || isDefinite(head.key)) continue;
    const u = toks[i + 1];
    if (u.punct || u.para !== t.para) continue;
    const k = innerKey(u).key;
    if (isStopish(u) || isNat(u) || x.generic.has(k) || x.nameAdj.has(k) || x.common.has(undefinite(k))) continue;
    if (!isDefinite(k) && (/يه?$/.test(k) || !nameLike(u))) continue;
    let end = i + 2;
    // «شارع الحبيب بورقيبة»: a definite first word may start a person's name that continues
    while (isDefinite(k) && end < toks.length && end - i < 4) {
      const v = toks[end];
      if (v.punct || v.para !== t.para || startsWithWaw(v) || !nameLike(v) || /^(بال|لل|كال)/.test(v.r[0].key) || /يه?$/.test(v.r[0].key) && isDefinite(v.r[0].key)) break;
      end++;
    }
    out.push(cand(toks, i, end, 'PLACE', 'facility', true));
  }
}

function coordination(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  const places = new Set(out.filter((c) => c.type === 'PLACE').map((c) => c.at));
  for (const at of places) {
    const c = out.find((o) => o.at === at && o.type === 'PLACE');
    if (!c || c.keys.length !== 1) continue;
    const u = toks[at + 1];
    if (!u || u.punct || !startsWithWaw(u) || covered.has(at + 1) || u.para !== toks[at].para) continue;
    const rd = u.r[1];
    const k = rd.key;
    const after = toks[at + 2];
    if (after && !after.punct && !isStopish(after) && !after.qOpen && !u.qClose) continue;
    if (x.stop.has(k) || x.common.has(undefinite(k)) || x.generic.has(k) || x.nat.has(k) || x.orgHeads.has(undefinite(k)) || x.nameAdj.has(k)) continue;
    if (!isDefinite(k) && /يه?$/.test(k)) continue;
    if (k.length < 3 || hasPronounSuffix(u)) continue;
    out.push({ at: at + 1, keys: [k], display: [rd.display], type: 'PLACE', rule: 'coordination', strong: true });
  }
}

/**
 * All Arabic candidates of an article (before merging). Exposed for the rule tests.
 * Input: tokens from {@link tokenizeAr}. Output: candidate spans with rule ids.
 */
export function candidatesAr(toks: Tok[]): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Set<number>();
  gazetteer(toks, out, covered);
  orgs(toks, out);
  media(toks, out);
  facilities(toks, out);
  for (const c of out) for (let j = c.at; j < c.at + c.keys.length; j++) covered.add(j);
  roles(toks, out);
  speechVerbs(toks, out, covered);
  nameThenRole(toks, out, covered);
  coordination(toks, out, covered);
  return out;
}

/** The distinctive word of an org name used alone («الوفاق» for «حكومة الوفاق …»), and a quoted media name. */
function orgAliases(g: Group, all: Group[]): string[][] {
  const x = L();
  if (g.type !== 'ORG') return [];
  const out: string[][] = [];
  const full = g.forms[0];
  for (const c of g.cands) {
    if (c.rule === 'media-quoted' && c.keys.length > 1) out.push(c.keys.slice(c.quoteAt ?? 1));
  }
  const head = full[0];
  // only for an established name: head + word used at least twice, not "forces of X", not a weak head
  const hc = full.slice(0, 2).join(' ');
  const uses = g.cands.filter((c) => c.keys.slice(0, 2).join(' ') === hc).length;
  if (!isDefinite(head) && full.length >= 2 && uses >= 2 && head !== n('قوات') && !x.weakOrg.has(head)) {
    const c1 = full[1];
    const usedElsewhere = all.some((o) => o !== g && o.forms.some((f) => f[0] === c1));
    if (isDefinite(c1) && !x.roleComp.has(undefinite(c1)) && !x.nat.has(c1) && !x.nameAdj.has(c1) && !x.generic.has(c1) && !x.orgHeads.has(undefinite(c1)) && !usedElsewhere && !/يه?$/.test(c1)) {
      out.push([c1]);
    }
  }
  return out;
}

/**
 * Arabic entities of one article, ranked. Input: headline and plain text (paragraphs
 * separated by blank lines). Output: resolved entities (see core.ts).
 */
export function extractAr(title: string, text: string): Resolved[] {
  const toks = tokenizeAr(title, text);
  const cands = candidatesAr(toks);
  const x = L();
  return resolve(toks, cands, (k) => undefinite(k), {
    extraAliases: orgAliases,
    familyNameAlias: (k) => !x.cSuf.has(k) && !x.common.has(undefinite(k)),
    // «قوات X» where X is another organisation's alias: a mention of X, not a new organisation
    drop: (g, owner) => {
      if (g.type !== 'ORG') return false;
      const f = g.forms[0];
      if (undefinite(f[0]) !== n('قوات') || f.length < 2) return false;
      const o = owner(f.slice(1));
      return !!o && o !== g;
    },
  });
}
