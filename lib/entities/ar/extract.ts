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
import { regionNames, worldRegionNames } from '../gazetteer';
import data from '../data/ar.json';
import names from '../data/ar-names.json';
import { clean, displayOf, isDefinite, normAr, stems, undefinite } from './normalize';
import type { EntityType } from '../../types';

const n = (s: string) => normAr(s);
const set = (a: string[]) => new Set(a.map(n));
const QUWAT = n('قوات');
const WEAK_LETTERS = new Set(['في', 'او', 'إن', 'أي', 'آي', 'إي'].map(n));

interface Lex {
  honor: Set<string>;
  roles: Set<string>;
  companyHeads: Set<string>;
  facilityAdj: Set<string>;
  inPlaceOrgHeads: Set<string>;
  notPersonNamed: Set<string>;
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
  /** Known given names (Arabic male/female, Maghreb definite forms, foreign transliterations). */
  given: Set<string>;
  /** Given names that are also everyday words (أمين، سعيد، أمل …): need a second name word. */
  givenAmb: Set<string>;
  /** Heads of administrative or geographic names (مدينة، ولاية، إقليم …). */
  placeHeads: Set<string>;
  /** Indefinite words that follow a place head but describe it (مدينة كبيرة). */
  placeHeadNot: Set<string>;
  /** Quantifiers before a noun (آخر، أول، كل): the noun after them is common. */
  quant: Set<string>;
  /** Arabic names of Latin letters (بي، سي، إس …), for spelled-out acronyms. */
  letters: Set<string>;
  /** Heads after which a foreign-looking word is a company/club name (شركة، نادي، بنك …). */
  brandHeads: Set<string>;
  /** Nouns that start a «ل» complement inside a name (لشؤون، لكرة، لإعادة، لمكافحة …). */
  lamComp: Set<string>;
  /** Stop words as written (only diacritics removed), to tell «على» from «علي». */
  stopRaw: Set<string>;
  /** First words of sports club names (ريال، أتلتيكو، مولودية، شباب …). */
  clubPrefixes: Set<string>;
  /** Words that make a paragraph a sports report (هدف، مباراة، الدوري …). */
  sportsWords: Set<string>;
  /** Words right before a team name in a sports report (فريقه، ضيفه، فاز، على …). */
  teamCues: Set<string>;
  /** Clubs named by a bare definite word (الهلال، الوداد، الزمالك), read as clubs in sports reports only. */
  clubNames: Set<string>;
  /** Heads that name an organisation after a place (طيران الإمارات، موانئ دبي). */
  placeOrgHeads: Set<string>;
  /** Channel/press heads whose definite complement is the outlet's name (قناة المسيرة، صحيفة الوطن). */
  pressHeads: Set<string>;
  /** Words that continue a place name (كارولاينا الجنوبية، الجزائر العاصمة). */
  placeSuffixes: Set<string>;
  /** Organisation heads that make a name only with a name adjective (الخطوط الجوية، not خطوط التماس). */
  adjOrgHeads: Set<string>;
  /** Words of a state's formal name before a country (سلطنة، مملكة، جمهورية). */
  polity: Set<string>;
  /** Heads named by a list of portfolios, where common nouns coordinate too (وزارة الصحة والسكان). */
  portfolioHeads: Set<string>;
  /** Heads of courts and authorities named after their seat with «ب» (محكمة الاستئناف بتونس). */
  bPlaceOrgHeads: Set<string>;
  /** Sector and profession nouns after «لل» that name a body even after a nationality adjective (للتنمية، للطاقة، للصحفيين). */
  lamSector: Set<string>;
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

/**
 * Adds the feminine form (+ ة, matched as ه) of every role word that ends in a consonant
 * («ممثل» → «ممثلة», «منتج» → «منتجة», «استشاري» is listed with its own feminine): Arabic derives
 * the feminine of a role noun regularly, so the data lists only the masculine. Input: normalised keys.
 */
function withFeminine(roles: Set<string>): Set<string> {
  const out = new Set(roles);
  for (const r of roles) if (!/[اويه]$/.test(r) && !r.includes(' ')) out.add(r + 'ه');
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
  // «شرق آسيا», «شمال أفريقيا»: UN M49 world regions as the runtime names them
  for (const p of worldRegionNames('ar')) addGaz(p, 'PLACE');
  for (const o of data.orgs) addGaz(o, 'ORG');
  LEX = {
    honor: set(data.honorifics),
    roles: withFeminine(set(data.roles)),
    companyHeads: set(data.companyHeads),
    facilityAdj: set(data.facilityAdjectives),
    inPlaceOrgHeads: set(data.inPlaceOrgHeads),
    notPersonNamed: set(data.headsNotNamedAfterPeople),
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
    given: set([...names.male, ...names.female, ...names.foreign, ...names.ambiguous]),
    givenAmb: set(names.ambiguous),
    placeHeads: set(data.placeHeads),
    placeHeadNot: set(data.placeHeadNotNames),
    stopRaw: new Set(data.stop.map(clean)),
    quant: set(data.quantifiers),
    lamComp: set(data.lamComplementNouns),
    letters: set(data.letterNames),
    brandHeads: set(data.brandHeads),
    clubPrefixes: set(data.clubPrefixes),
    sportsWords: set(data.sportsWords),
    teamCues: set(data.teamCues),
    clubNames: set(data.clubNames),
    placeOrgHeads: set(data.placeOrgHeads),
    pressHeads: set(data.pressHeads),
    placeSuffixes: set(data.placeSuffixes),
    adjOrgHeads: set(data.adjOrgHeads),
    polity: set(data.polityHeads),
    portfolioHeads: set(data.portfolioHeads),
    bPlaceOrgHeads: set(data.bPlaceOrgHeads),
    lamSector: set(data.lamSectorNouns),
  };
  return LEX;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const QUOTE_OPEN = new Set(['«', '“', '„', '‹']);
const QUOTE_CLOSE = new Set(['»', '”', '›']);
const QUOTE_BOTH = new Set(['"', "'"]);
const DETACHED_CLITIC = new Set(['ل', 'ب', 'و', 'ف', 'ك']);
const SKIP = { r: [], punct: true, tanween: false };

/**
 * Tokenises headline + paragraphs. Quotes become flags on neighbouring tokens (transparent
 * for matching), other punctuation becomes boundary tokens, detached clitics («لـ») are dropped.
 * Input: title, text (paragraphs split on blank lines). Output: tokens with Arabic readings.
 */
export function tokenizeAr(title: string, text: string): Tok[] {
  const toks: Tok[] = [];
  const seen = new Map<string, { r: Tok['r']; punct: boolean; tanween: boolean }>();
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
      // one analysis per distinct written form (news text repeats its words); readings are shared, never mutated
      let w = seen.get(s);
      if (!w) {
        const c = clean(s);
        if (!c) w = SKIP;
        else if (!/[\p{L}\p{N}]/u.test(c)) w = { r: [{ key: c, display: c }], punct: true, tanween: false };
        else if (c.length === 1 && DETACHED_CLITIC.has(c)) w = SKIP;
        else w = { r: stems(normAr(c)).map((st) => ({ key: st.stem, display: displayOf(c, st) })), punct: false, tanween: /[\u064B-\u064D]/.test(s) };
        seen.set(s, w);
      }
      if (w === SKIP) continue;
      if (w.punct) {
        if (s === '.' && toks.length && toks[toks.length - 1].punct) continue;
        toks.push({ r: w.r, punct: true, para });
        continue;
      }
      toks.push({ r: w.r, punct: false, para, qOpen: pendingOpen || undefined, tanween: w.tanween || undefined });
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
/**
 * A known given name, or a compound «عبد» + a divine name written as one word (عبدالله، عبدالرحمن،
 * عبدالعزيز): the two-word form is a compound given name (data: compoundSuffixes), the joined form too.
 */
function isGiven(k: string): boolean {
  const x = L();
  return x.given.has(k) || (k.length > 5 && k.startsWith('عبد') && x.cSuf.has(k.slice(3)));
}
/** Per-token cache of the predicates every rule asks (a token never changes once made). */
type MemoTok = Tok & { _st?: boolean; _nat?: boolean; _nl?: boolean };
function isStopish(t: Tok): boolean {
  const m = t as MemoTok;
  return m._st ??= isStopishRaw(t);
}
function isStopishRaw(t: Tok): boolean {
  const x = L();
  const k = t.r[0].key;
  return x.stop.has(k) || x.stop.has(undefinite(k)) || /^\d/.test(k);
}
function isNat(t: Tok): boolean {
  const m = t as MemoTok;
  return m._nat ??= !!inSet(t, L().nat);
}
function isHeadLike(t: Tok): boolean {
  const x = L();
  const k = t.r[0].key;
  return x.orgHeads.has(undefinite(k)) || x.roles.has(k) || x.honor.has(k) || x.roleComp.has(undefinite(k));
}
/** Could be part of a person's name (not a cue word, stop word, adjective or common noun). */
function nameLike(t: Tok | undefined): boolean {
  if (!t || t.punct) return false;
  const m = t as MemoTok;
  return m._nl ??= nameLikeRaw(t);
}
function nameLikeRaw(t: Tok): boolean {
  const x = L();
  const k = t.r[0].key;
  // an indefinite case ending written out («مرشحاً») marks a common word, not a name
  if (t.tanween) return false;
  if (x.notNames.has(k)) return false;
  if (k.length < 2 || /\d/.test(k) || !/^[\u0621-\u064A]+$/.test(k)) return false;
  if (isStopish(t) || isNat(t) || isHeadLike(t)) return false;
  if (x.verbs.has(k) || x.common.has(k) || x.common.has(undefinite(k)) || x.generic.has(k) || x.nameAdj.has(k)) return false;
  // «وقال»، «فأكد»: a conjunction + a speech verb or stop word is no name
  if (startsWithWaw(t) && !isGiven(k) && (x.verbs.has(t.r[1].key) || x.notNames.has(t.r[1].key) || x.stop.has(t.r[1].key))) return false;
  // «ستضيف»، «سيبقى»: the future prefix + a present-tense verb
  if (/^س[يتن]/.test(k) && k.length >= 5 && !isGiven(k) && !x.gaz.has(k)) return false;
  if (x.facility.has(k) || x.media.has(k)) return false;
  if (hasPronounSuffix(t)) return false;
  // «اشتكوا»، «طالبوا»: a past-tense plural verb (…وا; not a transliteration in …اوا such as «أوتاوا»)
  if (k.length >= 6 && /[^ا]وا$/.test(k) && !isGiven(k) && !x.gaz.has(k)) return false;
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
/**
 * A word with the article «ال». The article is written with a bare alef: «ألستوم»، «إلياس» start
 * with a hamza and are not definite, though their matching keys (alef forms folded) look so.
 */
function definiteTok(t: Tok): boolean {
  return t.r.some((rd, i) => (i === 0 || rd.key.startsWith('ال')) && isDefinite(rd.key) && !/^[أإآ]ل/.test(rd.display) && (i === 0 || !hasConj(t)));
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
  // «لمجموعة أسياد», «لشركة سبيس إكس»: a preposition + an organisation head starts an organisation
  if (t.r.slice(1).some((rd) => x.orgHeads.has(rd.key) || x.brandHeads.has(rd.key))) return -1;
  // «طالبت بتعويض عادل», «دعا بالضغط …»: ب/ل + a definite word or a تفعيل/تفاعل verbal noun is the
  // verb's prepositional object, not a name
  if (t.r.length > 1 && !isGiven(k0) && (/^(?:بال|لل|كال)/.test(k0) || (/^[بل]ت/.test(k0) && k0.length >= 5))) return -1;
  let j = i + 1;
  if (x.cPre.has(k0)) {
    const u = toks[j];
    if (!u || u.punct || u.para !== t.para) return -1;
    j++;
  }
  return extendName(toks, i, j, isGiven(k0));
}

/**
 * Continues a person's name that starts at `i` and has been read up to `j` (exclusive): up to
 * 4 words in all; compound parts (بن، أبو، الدين) are taken with their partner; a definite word
 * ends the name. A definite masculine nisba (السوداني، المصري) is a family name, not an adjective,
 * when it follows two name words or a known given name («محمد شياع السوداني»): news Arabic puts
 * the nationality adjective before the name (الرئيس العراقي محمد …), not after it.
 * Output: end index (exclusive).
 */
function extendName(toks: Tok[], i: number, j: number, knownGiven: boolean): number {
  const x = L();
  const t = toks[i];
  while (j < toks.length && j - i < 4) {
    const u = toks[j];
    if (u.punct || u.para !== t.para || u.qOpen) break;
    const k = u.r[0].key;
    if (x.cSuf.has(k)) { j++; continue; }
    if (x.cPre.has(k) && toks[j + 1] && !toks[j + 1].punct) { j += 2; continue; }
    // «ستيف ويتكوف»: «وي» + a transliteration ending is a W-name, not «و» + a second name
    if (startsWithWaw(u) && !isGiven(k) && !(/^وي/.test(k) && foreignCue(u) && !isGiven(u.r[1].key))) break;
    // «للدراسات»: a complement with «لل» follows a name, it is never part of one
    if (/^لل/.test(k)) break;
    if (!nameLike(u)) {
      if (isNisbaFamily(u) && (j - i >= 2 || knownGiven)) j++;
      break;
    }
    // «بولاية»: a preposition attached to a common word ends the name
    if (u.r.slice(1).some((rd) => x.common.has(undefinite(rd.key)) || x.stop.has(rd.key) || x.notNames.has(rd.key))) break;
    if (j - i >= 2 && afterNameWords(toks, j)) break;
    // «أيمن حسين برأسية», «غراهام أرنولد بصلابة»: after two name words, ب/ل/ك + a noun written with
    // ة is a prepositional phrase (names do not end in a ta marbuta noun with a preposition)
    if (j - i >= 2 && u.r.length > 1 && /^[بلك]/.test(k) && !isGiven(k) && u.r.slice(1).some((rd) => /ة$/.test(rd.display))) break;
    j++;
    if (isDefinite(k)) break;
  }
  return j;
}

/**
 * After two name words, token `j` starts what follows the name, not a third name word, when it is
 * a preposition + noun + a definite word («هانس غروندبرغ بضبط النفس»: ب + masdar + genitive), or
 * a definite word that is no nisba after an indefinite one («ألكسندر ميتروفيتش التسجيل»; family
 * names with ال after an indefinite name word are nisbas: «محمد شياع السوداني»), except after a
 * compound part and its partner («أبو بكر الزبير»).
 */
function afterNameWords(toks: Tok[], j: number): boolean {
  const u = toks[j];
  const k = u.r[0].key;
  const v = toks[j + 1];
  if (u.r.length > 1 && /^[بلك]/.test(k) && !isGiven(k) && v && !v.punct && v.para === u.para && isDefinite(v.r[0].key)) return true;
  const prev = toks[j - 1];
  // «أبو بكر الزبير»: the partner of a compound part is a given name, a family name may follow
  const compound = j >= 2 && L().cPre.has(toks[j - 2].r[0].key);
  return isDefinite(k) && !isDefinite(prev.r[0].key) && !nisbaWritten(u) && !isGiven(k) && !L().cPre.has(prev.r[0].key) && !compound;
}

/** A definite masculine nisba written as a whole word (السوداني، الليبي), not a feminine/plural form. */
function isNisbaFamily(u: Tok): boolean {
  const k = u.r[0].key;
  return !u.tanween && isDefinite(k) && /ي$/.test(k) && isNat(u) && !hasPronounSuffix(u);
}

/** A transliterated foreign name: letters Arabic lacks (پ گ ڤ چ ژ) or a Slavic/Armenian/Georgian ending. */
export function foreignCue(t: Tok | undefined): boolean {
  if (!t || t.punct) return false;
  const d = t.r[0].display;
  const k = t.r[0].key;
  if (/[پگڤچژ]/.test(d)) return true;
  return !isDefinite(k) && k.length >= 5 && /(?:وف|وفا|يف|يفا|سكي|سكا|فيتش|فيتش|يتش|ينكو|شفيلي|يان)$/.test(k);
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
    if (t.punct || covered.has(i)) continue;
    let best: { len: number; type: EntityType; rd: { key: string; display: string }; keys: string[] } | null = null;
    // a given name as written is not read without a first letter taken as a clitic
    for (const rd of isGiven(t.r[0].key) && !x.gaz.has(t.r[0].key) ? t.r.slice(0, 1) : t.r) {
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
          const cue = (prev && !prev.punct && (!!inSet(prev, x.placePrep) || (!!inSet(prev, x.polity) && e.type === 'PLACE'))) || t.qOpen;
          if (!cue) continue;
        }
        best = { len: e.keys.length, type: e.type, rd, keys: e.keys };
      }
    }
    if (best) {
      // «كارولاينا الجنوبية», «الجزائر العاصمة»: a compass word or «العاصمة» continues a place name
      const nx = toks[i + best.len];
      if (best.type === 'PLACE' && nx && !nx.punct && nx.para === t.para && !covered.has(i + best.len) && x.placeSuffixes.has(nx.r[0].key)) {
        best = { ...best, len: best.len + 1, keys: [...best.keys, nx.r[0].key] };
      }
      // «الهلال الأحمر الليبي»: a known organisation of two Arabic words or more (definite, not a
      // company's foreign name: «سبيس إكس الأمريكية») + a definite nationality adjective is its national branch
      const na = toks[i + best.len];
      if (best.type === 'ORG' && best.len >= 2 && isDefinite(best.keys[0]) && na && !na.punct && na.para === t.para && isNat(na) && definiteTok(na)) {
        best = { ...best, len: best.len + 1, keys: [...best.keys, na.r[0].key] };
      }
      // «سلطنة عُمان», «مملكة البحرين»: the state's formal word before a country is part of its name
      const pv = toks[i - 1];
      const pol = best.type === 'PLACE' && best.len === 1 && !isDefinite(best.rd.key) && pv && !pv.punct && pv.para === t.para && !covered.has(i - 1) ? inSet(pv, x.polity) : null;
      if (pol) {
        out.push({ at: i - 1, keys: [pol.key, ...best.keys], display: [pol.display, best.rd.display], type: 'PLACE', rule: 'gazetteer', strong: true });
        for (let j = i - 1; j < i + best.len; j++) covered.add(j);
        i += best.len - 1;
        continue;
      }
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
    // «وزير المياه والري», «وزير السياحة والآثار»: a definite word with «و» continues the portfolio
    if (complements > 0 && startsWithWaw(u) && u.r.length > 1 && isDefinite(u.r[1].key) && !isGiven(u.r[1].key)) { j++; complements++; continue; }
    // «وزير النقل والاتصالات وتقنية المعلومات»: «و» + a noun in construct with a definite word too
    if (complements > 0 && startsWithWaw(u) && u.r.length > 1 && !isGiven(u.r[1].key) && !isGiven(u.r[0].key) && toks[j + 1] && !toks[j + 1].punct && isDefinite(toks[j + 1].r[0].key) && !isNat(toks[j + 1]) && !isGiven(toks[j + 1].r[0].key)) { j += 2; complements += 2; continue; }
    if (hasConj(u) || startsWithWaw(u) && !definiteTok(u)) break;
    const k = u.r[0].key;
    if (isStopish(u)) {
      if ((k === 'في' || k === 'لدي' || k === 'باسم') && toks[j + 1] && !toks[j + 1].punct) {
        const v = toks[j + 1];
        if (definiteTok(v) || x.gaz.has(v.r[0].key) || x.orgHeads.has(undefinite(v.r[0].key))) { j += 2; complements++; continue; }
      }
      break;
    }
    if (definiteTok(u) || x.roleComp.has(k) || x.roles.has(k) || x.orgHeads.has(k) || isNat(u) || knownComplement(toks, j)) {
      j++;
      complements++;
      continue;
    }
    break;
  }
  return { at: j, complements };
}

/**
 * «رئيس جوبالاند أحمد مدوبي», «ممثلة يونيسف ميريتشل ريلانيو»: a one-word known place or
 * organisation (gazetteer, not an ambiguous word, not a given name) right after a role is the
 * role's complement, not the first word of the name; a name must follow it.
 */
function knownComplement(toks: Tok[], j: number): boolean {
  const x = L();
  const u = toks[j];
  const v = toks[j + 1];
  const k = u.r[0].key;
  if (isGiven(k) || !v || v.punct || v.para !== u.para || !nameLike(v)) return false;
  return (x.gaz.get(k) ?? []).some((e) => e.keys.length === 1 && !e.ambiguous);
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
      // «جامعة الملك عبدالله …»: a title + a person's name is read by the person-inside rule below
      if (!headDef && comp.length === 0 && x.honor.has(k) && (x.notPersonNamed.has(head) || personInside(toks, j) > j + 1)) break;
      // «كاليون»: a word read as ك + ال is never a construct complement (a name starting with كال)
      // «منظمة اليونسكو بالمشروع»: nor is one read as ب + ال (a prepositional phrase after the name)
      if (!definiteTok(u) || (/^[كب]ال/.test(k) && !isDefinite(k))) break;
      // «للمواطنين»: a plural of people after «لل» is whom the body serves, not part of its name
      if (/^لل/.test(k) && /(?:ين|ون)$/.test(k) && !x.lamSector.has(k.slice(2))) break;
      if (headDef && comp.length === 0 && x.orgHeads.has(undefinite(k)) && !isNat(u)) break;
      if (x.common.has(undefinite(k)) && comp.length === 0 && headDef) break;
      comp.push(u);
      j++;
      if (isNat(u)) {
        // a second adjective agrees in definiteness («الأمريكية الجنوبية»; not «القطرية على»)
        if (toks[j] && isNat(toks[j]) && !toks[j].punct && toks[j].para === t.para && isDefinite(toks[j].r[0].key) === isDefinite(u.r[0].key) && !isStopish(toks[j])) { comp.push(toks[j]); j++; }
        break;
      }
      if (u.qClose && !t.qOpen) break;
    }
    if (!quotedStop && !comp.length && !headDef) {
      // «مركز محمد بن راشد للفضاء», «جامعة الملك فيصل»: a person's name, then complements
      // (a name with a title, or one followed by a complement: not «رئاسة حسين لبيب»)
      // («برئاسة الوزير محمد تركو», «حكومة الرئيس …»: the person who leads it, not its name)
      const pe = x.notPersonNamed.has(head) ? -1 : personInside(toks, j);
      const peEnd = pe > 0 ? complements(toks, pe) : -1;
      if (pe > 0 && (peEnd > pe || x.honor.has(toks[j].r[0].key))) {
        const end = peEnd;
        out.push(cand(toks, i, end, 'ORG', 'org-head', true));
        i = end - 1;
        continue;
      }
      // «بورصة لندن», «مصرف لبنان»: a known place as the complement
      const u = toks[j];
      if (u && !u.punct && u.para === t.para && !isDefinite(u.r[0].key) && (x.gaz.get(u.r[0].key) ?? []).some((e) => e.type === 'PLACE' && e.keys.length === 1)) {
        comp.push(u);
        j++;
      } else if (u && !u.punct && u.para === t.para && inSet(u, x.placeHeads) && !isDefinite(u.r[0].key)) {
        // «حكومة إقليم كردستان», «هيئة قناة السويس»: an indefinite place word in construct
        const v = toks[j + 1];
        if (v && !v.punct && v.para === t.para && (definiteTok(v) || x.gaz.has(v.r[0].key)) && !isNat(v)) {
          comp.push(u, v);
          j += 2;
        }
      }
    }
    if (quotedStop || !comp.length) continue;
    // «… للأمم المتحدة لشؤون اللاجئين», «… لإعادة الإعمار والتنمية»
    // (after a nationality adjective only a name-forming «ل» noun: not «القوات التركية للقاعدة»)
    const lastNat = isNat(comp[comp.length - 1]);
    const nx = toks[j];
    const withComp = !lastNat || (nx && !nx.punct && ((/^ل[^ل]/.test(nx.r[0].key) && x.lamComp.has(nx.r[0].key.slice(1))) || (/^لل/.test(nx.r[0].key) && x.lamSector.has(nx.r[0].key.slice(2))))) ? complements(toks, j, /^لل/.test(comp[comp.length - 1].r[0].key)) : j;
    if (withComp > j) {
      for (let a = j; a < withComp; a++) comp.push(toks[a]);
      j = withComp;
    }
    const nats = comp.filter(isNat).length;
    const onlyNat = nats === comp.length;
    // «محكمة الاستئناف بتونس», «هيئة الصحة بدبي»: a court or authority is named after its seat (ب + a known place)
    const bp = toks[j];
    const bAt = !onlyNat && x.bPlaceOrgHeads.has(head) && bp && !bp.punct && bp.para === t.para && bp.r.length > 1 && /^ب/.test(bp.r[0].key) &&
      bp.r.slice(1).some((rd) => !isDefinite(rd.key) && (x.gaz.get(rd.key) ?? []).some((e) => e.type === 'PLACE' && e.keys.length === 1 && !e.ambiguous) && !(toks[j + 1] && !toks[j + 1].punct && toks[j + 1].para === t.para && x.gaz.has(toks[j + 1].r[0].key)));
    if (onlyNat && !x.inst.has(head)) continue;
    if (headDef && !onlyNat && !bAt) {
      // («الوكالة الفرنسية للتنمية»: a sector noun after «لل» names the body too)
      const ok = comp.length - nats >= 2 || comp.some((u) => x.nameAdj.has(innerKey(u).key) || ((nats > 0 || !x.portfolioHeads.has(head)) && /^لل/.test(u.r[0].key) && x.lamSector.has(u.r[0].key.slice(2))));
      if (!ok) continue;
    }
    if (x.weakOrg.has(head) && comp.length - nats < 2) continue;
    if (x.adjOrgHeads.has(head) && !comp.some((u) => x.nameAdj.has(innerKey(u).key))) continue;
    // «مجلس التخطيط والتنمية», «… لحماية المستهلك والبيئة», «… للفلاحة والصيد البحري»: «و» + a definite
    // word that is no organisation head, known name, person or nationality continues the name (with one
    // definite adjective after it); after a nationality adjective the name has ended
    // «وزارة الثقافة والسياحة والآثار», «… والبنى التحتية البحرية والمينائية», «… وترويج الاستثمار»: up to
    // three such coordinated words (each with up to two relational adjectives, or an indefinite name-forming
    // noun + its definite complement), then one definite nationality adjective («… والسكان المصرية»)
    // («جامعة القاهرة والمكتبة …»: a name ending in a known place is complete; «و» starts a second body)
    const lastK = comp[comp.length - 1].r[0].key;
    const endsInPlace = comp.length === 1 && (x.gaz.get(lastK) ?? []).some((e) => e.type === 'PLACE' && e.keys.length === 1);
    if (!isNat(comp[comp.length - 1]) && !endsInPlace) {
      let coords = 0;
      while (coords < 3) {
        const w = toks[j];
        const wk = w && !w.punct && w.para === t.para && startsWithWaw(w) ? w.r[1].key : '';
        const gz1 = (k: string) => (x.gaz.get(k) ?? []).some((e) => e.keys.length === 1);
        if (wk && isDefinite(wk) && !/^ال[بك]ال/.test(wk) && !x.orgHeads.has(undefinite(wk)) && !gz1(wk) && !gz1(undefinite(wk)) &&
          !isGiven(wk) && !x.nat.has(wk) && (!x.common.has(undefinite(wk)) || x.portfolioHeads.has(head)) && !x.clubNames.has(wk)) {
          j++;
          for (let a = 0; a < 2; a++) {
            const v = toks[j];
            if (v && !v.punct && v.para === t.para && isDefinite(v.r[0].key) && (/(?:ي|يه)$/.test(v.r[0].key) || x.nameAdj.has(v.r[0].key)) && !isNat(v) && !x.generic.has(v.r[0].key) && !x.orgHeads.has(undefinite(v.r[0].key))) j++;
            else break;
          }
        } else if (wk && !isDefinite(wk) && x.lamComp.has(wk) && coords > 0) {
          const v = toks[j + 1];
          if (!(v && !v.punct && v.para === t.para && definiteTok(v) && !isNat(v) && !isStopish(v))) break;
          j += 2;
        } else break;
        coords++;
      }
      const na = toks[j];
      if (coords > 0 && na && !na.punct && na.para === t.para && isNat(na) && isDefinite(na.r[0].key) && !startsWithWaw(na)) j++;
    }
    // «بعثة الأمم المتحدة في ليبيا», «الغرفة التجارية … في عدن»: a mission, chamber or embassy is
    // named after the place it serves («في» + a known place); other bodies end before «في»
    if (bAt && toks[j] === bp) j++;
    else if (x.inPlaceOrgHeads.has(head)) {
      const w = toks[j];
      const v = toks[j + 1];
      if (w && v && !w.punct && !v.punct && w.para === t.para && v.para === t.para && w.r[0].key === 'في' &&
        (x.gaz.get(v.r[0].key) ?? []).some((e) => e.type === 'PLACE' && e.keys.length === 1 && !e.ambiguous)) j += 2;
    }
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
    // «شركة «ألستوم»», «لشركة «X»», «مجموعة «X»»: a company's name is the quoted name without the head word
    // (the head is a common noun here, as in «شركة ميرسك»); a quoted name right after it
    // («شركة «أوراسكوم» و«كولاس ريل» الفرنسية»: the detached «و» is dropped by the tokenizer) is a
    // second company
    if ((head.key === t.r[0].key || /^[لبو]/.test(t.r[0].key)) && x.companyHeads.has(head.key) && q === i + 1) {
      const asWritten = (a: number, b: number) => cand(toks, a, b, 'ORG', 'company-quoted', true, toks.slice(a, b).map((u) => u.r[0].key), toks.slice(a, b).map((u) => u.r[0].display));
      out.push(asWritten(q, j));
      let a = j;
      while (toks[a] && toks[a].qOpen && !toks[a].punct && toks[a].para === t.para) {
        let b = a;
        while (b < toks.length && b - a < 4 && !toks[b].punct && !toks[b].qClose) b++;
        if (!toks[b] || !toks[b].qClose || toks[b].punct) break;
        out.push(asWritten(a, b + 1));
        a = b + 1;
      }
      i = a - 1;
      continue;
    }
    out.push({ ...cand(toks, i, j, 'ORG', 'media-quoted', true), quoteAt: q - i });
  }
}

function facilities(toks: Tok[], out: Candidate[]): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    const head = inSet(t, x.facility);
    if (!head || isDefinite(head.key)) continue;
    // «فراس البريكان»: a given name as written is not ف + a facility head («رأس»)
    if (head !== t.r[0] && isGiven(t.r[0].key)) continue;
    // «آخر مستشفى يعمل»: a head after a quantifier is a common noun
    const prev = toks[i - 1];
    if (prev && !prev.punct && prev.para === t.para && x.quant.has(prev.r[0].key)) continue;
    const u = toks[i + 1];
    if (u.punct || u.para !== t.para) continue;
    const k = innerKey(u).key;
    if (isStopish(u) || isNat(u) || x.generic.has(k) || x.nameAdj.has(k) || x.common.has(undefinite(k))) continue;
    // «مركب محمد السادس لكرة القدم»: a person's name, then its complements
    const person = personInside(toks, i + 1);
    if (person > 0) {
      out.push(cand(toks, i, facilityAdjective(toks, complements(toks, person)), 'PLACE', 'facility', true));
      continue;
    }
    // «مطار آل مكتوم»: a compound part takes its partner
    if (x.cPre.has(k) && !isDefinite(k)) {
      const v = toks[i + 2];
      if (v && !v.punct && v.para === t.para && nameLike(v)) out.push(cand(toks, i, facilityAdjective(toks, i + 3), 'PLACE', 'facility', true));
      continue;
    }
    // «مطار دبي الدولي», «ميناء جدة»: a known place names the facility (even one spelled like a nisba)
    const knownPlace = !isDefinite(k) && (x.gaz.get(k) ?? []).some((e) => e.type === 'PLACE' && e.keys.length === 1 && !e.ambiguous);
    if (!isDefinite(k) && !knownPlace && (/يه?$/.test(k) || !nameLike(u) || imperfectVerb(u))) continue;
    let end = i + 2;
    // «شارع الحبيب بورقيبة»: a definite first word may start a person's name that continues
    while (isDefinite(k) && end < toks.length && end - i < 4) {
      const v = toks[end];
      if (v.punct || v.para !== t.para || startsWithWaw(v) || !nameLike(v) || /^(بال|لل|كال)/.test(v.r[0].key) || /يه?$/.test(v.r[0].key) && isDefinite(v.r[0].key)) break;
      // «ميناء الدقم بشراكة», «حديقة الأمراء بباريس»: a word with an attached preposition follows
      // the name; only a person's name («شارع الحبيب بورقيبة») continues with one
      if (v.r.length > 1 && /^[بلك]/.test(v.r[0].key) && !isGiven(k) && !isGiven(v.r[0].key)) break;
      end++;
    }
    // «معبر كرم أبو سالم», «مستشفى شهداء الأقصى»: an indefinite word in construct with a name
    if (!isDefinite(k)) {
      const v = toks[end];
      if (v && !v.punct && v.para === t.para && x.cPre.has(v.r[0].key) && toks[end + 1] && !toks[end + 1].punct) end += 2;
      else if (v && !v.punct && v.para === t.para && isDefinite(v.r[0].key) && nameLike(v) && !nisbaWritten(v)) end++;
    }
    out.push(cand(toks, i, facilityAdjective(toks, end), 'PLACE', 'facility', true));
  }
}

/**
 * «مطار محمد الخامس الدولي», «ملعب … الأولمبي»: one adjective that names the kind of facility
 * (data: facilityAdjectives) right after a facility's name belongs to it. Output: the new end.
 */
function facilityAdjective(toks: Tok[], end: number): number {
  const v = toks[end];
  const prev = toks[end - 1];
  if (!v || v.punct || !prev || prev.punct || prev.qClose || v.para !== prev.para) return end;
  return L().facilityAdj.has(v.r[0].key) ? end + 1 : end;
}

/** Written like a nisba adjective (…ي، …ية; not …ى): «الأقصى» is a name, «الجوية» is not. */
function nisbaWritten(u: Tok): boolean {
  return /(?:ي|ية|يه)$/.test(u.r[0].display);
}

/** A present-tense verb form (يعمل، تقع): four letters starting with ي/ت, not a known name. */
function imperfectVerb(u: Tok): boolean {
  const k = u.r[0].key;
  // and a derived stem with the present prefix: «تتعامل»، «يستثمر»
  return (k.length === 4 && /^[يت]/.test(k) || k.length >= 5 && /^(?:[يت]ت|[يت]ست)/.test(k)) && !isGiven(k) && !L().gaz.has(k);
}

/**
 * A person's name that starts at `i` inside a longer name: an honorific (الملك، الشيخ) or a known
 * given name, then the name. Output: end index (exclusive), or -1.
 */
function personInside(toks: Tok[], i: number): number {
  const x = L();
  const u = toks[i];
  if (!u || u.punct) return -1;
  const k = u.r[0].key;
  let j = i;
  if (x.honor.has(k) && isDefinite(k)) j++;
  const v = toks[j];
  if (!v || v.punct || v.para !== u.para) return -1;
  // «الملك عبد الله»: «عبد» + a divine name written apart is a compound given name
  const w = toks[j + 1];
  if (x.cPre.has(v.r[0].key) && w && !w.punct && w.para === v.para && x.cSuf.has(w.r[0].key)) return extendName(toks, j, j + 2, true);
  if (!isGiven(v.r[0].key) || x.givenAmb.has(v.r[0].key)) return -1;
  const end = extendName(toks, j, x.cPre.has(v.r[0].key) ? j + 2 : j + 1, true);
  return end;
}

/**
 * Complements of a name after token `j`: «لكرة القدم», «للفضاء», «للعلوم والتقنية»,
 * «لإعادة الإعمار والتنمية». A complement begins with ل; a masdar with ل takes the definite word
 * after it; a definite word with و continues a complement list (`inList`: the word before `j`
 * already was a «ل» complement). Output: end index (exclusive).
 */
function complements(toks: Tok[], j: number, inList = false): number {
  const x = L();
  const para = toks[j - 1].para;
  let inComp = inList;
  let n = 0;
  while (j < toks.length && n < 6) {
    const u = toks[j];
    if (u.punct || u.para !== para || isNat(u)) break;
    const k = u.r[0].key;
    const v = toks[j + 1];
    const vDef = !!v && !v.punct && v.para === para && definiteTok(v) && !isNat(v) && !isStopish(v);
    // «للفضاء», «للأمم» but not «للمواطنين» (a plural of people is whom it serves, not its name)
    // («للصحفيين», «للمحامين»: a profession is the name of the body that represents it)
    if (/^لل/.test(k) && k.length > 4 && (!/(?:ين|ون)$/.test(k) || x.lamSector.has(k.slice(2))) && !isStopish(u)) {
      j++; n++; inComp = true;
      // «للطيران المدني», «للتنمية الاقتصادية العربية», «للتعاون الدولي»: up to two definite adjectives
      // after it (relational ـي/ـية, or a name adjective)
      j = lamAdjectives(toks, j, para);
      continue;
    }
    // «لشؤون اللاجئين», «لكرة القدم»: only name-forming nouns, not purpose clauses («لمناقشة الأزمة»)
    // «لبحوث الطب الحيوي», «لتنسيق الشؤون الإنسانية»: one definite relational adjective (ـي/ـية, not a
    // nationality or a generic «الجديدة») after the noun still belongs to the name
    if (/^ل[^ل]/.test(k) && x.lamComp.has(k.slice(1)) && vDef) {
      j += 2; n += 2; inComp = true;
      const w = toks[j];
      if (w && !w.punct && w.para === para && isDefinite(w.r[0].key) && /(?:ي|يه|ية)$/.test(w.r[0].key) && !isNat(w) && !isStopish(w) && !x.generic.has(w.r[0].key) && !x.orgHeads.has(undefinite(w.r[0].key))) { j++; n++; }
      continue;
    }
    // («… للتنمية والبنك الأفريقي»: «و» + another organisation head starts a second body)
    if (inComp && /^و/.test(k) && u.r.length > 1 && (isDefinite(u.r[1].key) || u.r.some((rd) => rd.key.startsWith('ال'))) && !x.nat.has(u.r[1].key) && !x.orgHeads.has(undefinite(u.r[1].key))) {
      j++; n++;
      // «والصيد البحري»
      const w = toks[j];
      if (w && !w.punct && w.para === para && isDefinite(w.r[0].key) && /(?:ي|يه)$/.test(w.r[0].key) && !isNat(w) && !isStopish(w) && !x.generic.has(w.r[0].key) && !x.orgHeads.has(undefinite(w.r[0].key))) { j++; n++; }
      continue;
    }
    // «والتقنية» above; «وتنمية المجتمع» here, but not «وقطاع السيارات» (a new noun phrase)
    if (inComp && /^و/.test(k) && u.r.length > 1 && !isDefinite(u.r[1].key) && x.lamComp.has(u.r[1].key) && vDef) { j += 2; n += 2; continue; }
    if (inComp && isDefinite(k) && x.nameAdj.has(k)) { j++; n++; continue; }
    break;
  }
  return j;
}

/** Up to two definite adjectives after a «لل» complement (relational ـي/ـية or a name adjective); returns the end. */
function lamAdjectives(toks: Tok[], j: number, para: number): number {
  const x = L();
  for (let a = 0; a < 2; a++) {
    const w = toks[j];
    if (!w || w.punct || w.para !== para || isStopish(w)) break;
    const k = w.r[0].key;
    if (!isDefinite(k) || x.orgHeads.has(undefinite(k))) break;
    if (x.nameAdj.has(k) || (k.endsWith('ه') && x.nameAdj.has(k.slice(0, -1))) || (/(?:ي|يه)$/.test(k) && !isNat(w) && !x.generic.has(k))) j++;
    else break;
  }
  return j;
}

/**
 * Letters spelled out («سي إن إن», «دي إن أو», «بي إس في آيندهوفن»): two or more Arabic letter
 * names in a row are an acronym, i.e. an organisation; one following word spelled like a
 * transliteration (see {@link foreignCue}) belongs to it. «في» and «أو» (also "in", "or") count only inside a run.
 * A coordinating «و»/«ف» attached to the first letter name is not part of it («وسي بي إس» → «سي بي إس»).
 */
function spelledAcronyms(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  const isLetter = (t: Tok | undefined) => !!t && !t.punct && x.letters.has(t.r[0].key);
  const weak = WEAK_LETTERS;
  // «وسي بي إس»: a coordinating و/ف attached to the first letter name, before another letter name
  const conjLetter = (t: Tok | undefined, next: Tok | undefined) =>
    !!t && !t.punct && !isLetter(t) && /^[وف]/.test(t.r[0].key) && t.r.length > 1 && x.letters.has(t.r[1].key) && !weak.has(t.r[1].key) && isLetter(next);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const conj = conjLetter(t, toks[i + 1]) && toks[i + 1].para === t.para;
    if (covered.has(i) || (!conj && (!isLetter(t) || weak.has(t.r[0].key)))) continue;
    let j = i + 1;
    while (isLetter(toks[j]) && toks[j].para === t.para && !covered.has(j)) {
      if (weak.has(toks[j].r[0].key) && !(isLetter(toks[j + 1]) || !nameLike(toks[j + 1]) || isDefinite(toks[j + 1]?.r[0].key ?? ''))) break;
      j++;
    }
    if (j - i < 2) continue;
    const v = toks[j];
    if (v && !v.punct && v.para === t.para && !covered.has(j) && nameLike(v) && foreignCue(v) && !x.gaz.has(v.r[0].key)) j++;
    const span = toks.slice(i, j);
    const rd = (u: Tok, k: number) => (k === 0 && conj ? u.r[1] : u.r[0]);
    out.push(cand(toks, i, j, 'ORG', 'spelled-acronym', true, span.map((u, k) => rd(u, k).key), span.map((u, k) => rd(u, k).display)));
    for (let a = i; a < j; a++) covered.add(a);
    i = j - 1;
  }
}

/**
 * «شركة ساتريك الكورية», «نادي X», «بنك غولدمان ساكس»: a company/club head followed by one or
 * two foreign-looking words (no ال, no common word, no known given name or place) that end at a
 * nationality adjective, punctuation or a stop word. The name is the words without the head.
 */
function brandNames(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    if (!inSet(toks[i], x.brandHeads)) continue;
    const a = i + 1;
    let b = a;
    while (b < toks.length && b - a < 2) {
      const u = toks[b];
      // only «و» ends the name here: «ف» starts many foreign names (فولكس، فيزا)
      if (u.punct || u.para !== toks[i].para || covered.has(b) || u.tanween || !nameLike(u) || isDefinite(u.r[0].key) || (b > a && /^و/.test(u.r[0].key))) break;
      if (isGiven(u.r[0].key) || imperfectVerb(u) || /يه?$/.test(u.r[0].key)) break;
      b++;
    }
    if (b === a) continue;
    const end = toks[b];
    if (end && !end.punct && end.para === toks[i].para && !isNat(end) && !isStopish(end) && !x.placePrep.has(end.r[0].key)) continue;
    const span = toks.slice(a, b);
    out.push(cand(toks, a, b, 'ORG', 'brand-head', true, span.map((u) => u.r[0].key), span.map((u) => u.r[0].display)));
    for (let j = a; j < b; j++) covered.add(j);
  }
}

/**
 * A known given name followed by more name words is a person («وليد الركراكي», «سارة الأميري»,
 * «طاهر محمد طاهر», «العياشي زمال»), with no title or verb needed. A given name that is also an
 * everyday word (أمين، سعيد، أمل) needs a second word that is itself a given name, a compound
 * part (بن، أبو), a family name with ال, or a foreign-looking word. Skips tokens already inside
 * another candidate and names that continue one started by a compound part (بن علي).
 */
function givenNames(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.punct || t.qOpen || t.tanween || covered.has(i)) continue;
    const prev = toks[i - 1];
    if (prev && !prev.punct && prev.para === t.para && x.cPre.has(prev.r[0].key)) continue;
    const rd = t.r.find((r, ri) => isGiven(r.key) && (ri === 0 || /^[وف]/.test(t.r[0].key)));
    // «على» (on) and «علي» (Ali) share a matching key: a stop word as written is never a name
    if (!rd || x.stopRaw.has(rd.display)) continue;
    const nx = toks[i + 1];
    if (!nx || nx.punct || nx.para !== t.para || nx.qOpen || covered.has(i + 1)) continue;
    const nk = nx.r[0].key;
    // «العياشي زمال», «الحبيب بورقيبة»: a given name with ال is followed by an indefinite word
    if (isDefinite(rd.key) && (isDefinite(nk) || !nameLike(nx))) continue;
    if (x.givenAmb.has(rd.key)) {
      const ok = (isGiven(nk) && !x.givenAmb.has(nk)) || x.cPre.has(nk) || foreignCue(nx) || (isDefinite(nk) && nameLike(nx));
      if (!ok) continue;
    }
    let j = i + 1;
    if (x.cPre.has(rd.key)) j++;
    const end = extendName(toks, i, j, true);
    if (end - i < 2 || (x.cPre.has(rd.key) && end - i < 3)) continue;
    if ([...Array(end - i).keys()].some((d) => covered.has(i + d))) continue;
    const keys = [rd.key, ...toks.slice(i + 1, end).map((u) => u.r[0].key)];
    const display = [rd.display, ...toks.slice(i + 1, end).map((u) => u.r[0].display)];
    out.push(cand(toks, i, end, 'PERSON', 'given-name', true, keys, display));
    i = end - 1;
  }
}

/**
 * Two or three name-like words in a row, one of them spelled like a transliterated foreign name
 * (پ گ ڤ; -وف، -سكي، -يتش، -يان …): a person («ديميتري بيسكوف»). A single such word is only a
 * weak candidate (kept when it recurs or another rule supports it).
 */
function foreignNames(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered.has(i) || !nameLike(t) || isDefinite(t.r[0].key) || t.qOpen) continue;
    let j = i + 1;
    while (j < toks.length && j - i < 3) {
      const u = toks[j];
      // «ف» starts many foreign names (فلاهوفيتش): a word spelled like a transliteration keeps it
      if (covered.has(j) || u.para !== t.para || u.qOpen || !nameLike(u) || isDefinite(u.r[0].key) || (startsWithWaw(u) && !(/^ف/.test(u.r[0].key) && foreignCue(u)))) break;
      if (j - i >= 2 && afterNameWords(toks, j)) break;
      j++;
    }
    const span = toks.slice(i, j);
    if (!span.some(foreignCue)) continue;
    if (span.length === 1 && (x.verbs.has(t.r[0].key) || startsWithWaw(t))) continue;
    // «وفولوديمير زيلينسكي»: a leading conjunction is not part of the name (unless «و» starts a known name)
    const f0 = startsWithWaw(t) && !isGiven(t.r[0].key) && !/^وي/.test(t.r[0].key) ? t.r[1] : t.r[0];
    out.push(cand(toks, i, j, 'PERSON', 'foreign-name', span.length > 1, [f0.key, ...span.slice(1).map((u) => u.r[0].key)], [f0.display, ...span.slice(1).map((u) => u.r[0].display)]));
    i = j - 1;
  }
}

/**
 * «مدينة X», «ولاية X», «إقليم X», «جزيرة X»: an indefinite administrative/geographic head in
 * construct with a name makes the name a place (the head itself is not part of it). A definite
 * word is taken only when it stands alone (not «مدينة الإنتاج الإعلامي»); an indefinite one must
 * not be a describing word (مدينة كبيرة) or a nisba adjective.
 */
function placeHeads(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (!inSet(t, x.placeHeads)) continue;
    const a = i + 1;
    const u = toks[a];
    if (!u || u.punct || u.para !== t.para || covered.has(a) || u.tanween) continue;
    const k = u.r[0].key;
    if (!nameLike(u) || x.placeHeadNot.has(k) || x.placeHeadNot.has(undefinite(k))) continue;
    let b = a + 1;
    if (isDefinite(k)) {
      const v = toks[b];
      if (/يه?$/.test(k)) continue;
      if (v && !v.punct && v.para === t.para && !isStopish(v) && !startsWithWaw(v) && !inSet(v, x.placePrep)) continue;
    } else {
      if (/يه?$/.test(k) && k.length <= 5) continue;
      const v = toks[b];
      if (v && !v.punct && v.para === t.para && !covered.has(b) && nameLike(v) && !isDefinite(v.r[0].key) && !startsWithWaw(v) && !x.placeHeadNot.has(v.r[0].key) && !/يه$/.test(v.r[0].key)) b++;
    }
    out.push(cand(toks, a, b, 'PLACE', 'place-head', true, toks.slice(a, b).map((w) => w.r[0].key), toks.slice(a, b).map((w) => w.r[0].display)));
    for (let j = a; j < b; j++) covered.add(j);
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

/** Paragraph indexes whose text reads like a sports report (≥ 2 sports words). */
function sportsParas(toks: Tok[]): Set<number> {
  const x = L();
  const n = new Map<number, number>();
  for (const t of toks) if (!t.punct && inSet(t, x.sportsWords)) n.set(t.para, (n.get(t.para) ?? 0) + 1);
  return new Set([...n].filter(([, c]) => c >= 2).map(([p]) => p));
}

/**
 * Sports clubs in a sports report: a club word + a place or name («أتلتيكو مدريد», «مولودية
 * الجزائر», «شباب بلوزداد», «شبيبة القبائل»), and a bare city right after a team cue («فاز على
 * برشلونة», «مدرب برشلونة», «بفارق نقطة عن برشلونة»), which is then the club, not the city.
 */
function clubs(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  const sports = sportsParas(toks);
  const title = sports.size > 0;
  const isSports = (p: number) => sports.has(p) || (p < 0 && title);
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.punct || !isSports(t.para)) continue;
    const pre = t.r.find((rd, ri) => x.clubPrefixes.has(rd.key) && (ri === 0 || /^[وفبل]/.test(t.r[0].key)));
    const u = toks[i + 1];
    if (pre && u && !u.punct && u.para === t.para && !u.tanween) {
      const k = u.r[0].key;
      const place = x.gaz.get(k)?.find((e) => e.keys.length <= 2 && e.type === 'PLACE');
      const len = place && place.keys.length === 2 && toks[i + 2]?.r[0].key === place.keys[1] ? 2 : 1;
      const ok = !!place || (nameLike(u) && !isGiven(k) && !imperfectVerb(u) && !isNat(u));
      if (ok) {
        const span = toks.slice(i + 1, i + 1 + len);
        out.push(cand(toks, i, i + 1 + len, 'ORG', 'club', true, [pre.key, ...span.map((w) => w.r[0].key)], [pre.display, ...span.map((w) => w.r[0].display)]));
        for (let j = i; j < i + 1 + len; j++) covered.add(j);
        i += len;
        continue;
      }
    }
  }
  // a bare city (one word, ambiguous ones too) after a team cue: the club
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (t.punct || covered.has(i) || !isSports(t.para) || prev.punct || prev.para !== t.para || !inSet(prev, x.teamCues)) continue;
    const rd = t.r.find((r, ri) => (ri === 0 || /^[لب]/.test(t.r[0].key)) && x.gaz.get(r.key)?.some((e) => e.keys.length === 1 && e.type === 'PLACE'));
    if (!rd || x.nat.has(rd.key)) continue;
    out.push({ at: i, keys: [rd.key], display: [rd.display], type: 'ORG', rule: 'club-city', strong: true });
  }
}

/**
 * Organisations named by a head + a name that no general organisation rule reads:
 * - a place-organisation head + a known place: «طيران الإمارات» (not «طيران التحالف»: only a
 *   place makes it a name); a head that needs a name adjective too: «موانئ دبي العالمية», not
 *   «موانئ الهند»;
 * - a channel/press head + a definite name word: «قناة المسيرة», «صحيفة الوطن», «إذاعة الجزائر
 *   الدولية»; «قناة» + a known place is a canal (a place: «قناة بنما»).
 * Name adjectives and nationality adjectives right after belong to the name. Skips covered spans.
 */
function headedNames(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.punct || covered.has(i) || t.qOpen) continue;
    const rd = t.r.find((r, ri) => (x.placeOrgHeads.has(r.key) || x.pressHeads.has(r.key) || x.adjOrgHeads.has(r.key)) && (ri === 0 || !isDefinite(t.r[0].key)));
    if (!rd) continue;
    const u = toks[i + 1];
    if (!u || u.punct || u.para !== t.para || u.qOpen) continue;
    const k = u.r[0].key;
    const place = (x.gaz.get(k) ?? []).find((e) => e.type === 'PLACE' && !e.ambiguous && e.keys.every((kk, d) => toks[i + 1 + d] && !toks[i + 1 + d].punct && toks[i + 1 + d].r[0].key === kk));
    let end: number;
    if (place) end = i + 1 + place.keys.length;
    else if (x.pressHeads.has(rd.key) && isDefinite(k) && nameLike(u) && !x.orgHeads.has(undefinite(k)) && !/^لل/.test(k)) end = i + 2;
    else continue;
    if (place && rd.key === normAr('قناة')) {
      out.push(cand(toks, i, end, 'PLACE', 'canal', true));
      for (let j = i; j < end; j++) covered.add(j);
      i = end - 1;
      continue;
    }
    while (end < toks.length && end - i < 5) {
      const v = toks[end];
      if (v.punct || v.para !== t.para || !(x.nameAdj.has(v.r[0].key) || isNat(v) && isDefinite(v.r[0].key))) break;
      end++;
    }
    // «موانئ دبي العالمية» is a name, «موانئ الهند» (India's ports) is not
    if (x.adjOrgHeads.has(rd.key) && !toks.slice(i + 1, end).some((v) => x.nameAdj.has(v.r[0].key))) continue;
    out.push(cand(toks, i, end, 'ORG', 'headed-name', true));
    for (let j = i; j < end; j++) covered.add(j);
    i = end - 1;
  }
}

/**
 * «حقق الهلال فوزاً», «التعادل للوداد»: in a sports report (and in the headline of one), a club
 * named by a bare definite word (data: clubNames) is the club, not the word's other sense (crescent,
 * victory, union) or a place (المريخ). A club word that is also an organisation head followed by a
 * definite word is left to the organisation rule («الاتحاد الأفريقي لكرة القدم»). Runs before the
 * gazetteer so the club reading wins there.
 */
function bareClubs(toks: Tok[], out: Candidate[], covered: Set<number>): void {
  const x = L();
  const sports = sportsParas(toks);
  if (!sports.size) return;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct || covered.has(i) || !(sports.has(t.para) || t.para < 0)) continue;
    const rd = t.r.find((r, ri) => x.clubNames.has(r.key) && (ri === 0 || /^(?:[وف]?ل|[وف])/.test(t.r[0].key)));
    if (!rd) continue;
    const nx = toks[i + 1];
    if (x.orgHeads.has(undefinite(rd.key)) && nx && !nx.punct && nx.para === t.para && definiteTok(nx)) continue;
    out.push({ at: i, keys: [rd.key], display: [rd.display], type: 'ORG', rule: 'club-name', strong: true });
    covered.add(i);
  }
}

/**
 * All Arabic candidates of an article (before merging). Exposed for the rule tests.
 * Input: tokens from {@link tokenizeAr}. Output: candidate spans with rule ids.
 */
export function candidatesAr(toks: Tok[]): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Set<number>();
  spelledAcronyms(toks, out, covered);
  bareClubs(toks, out, covered);
  gazetteer(toks, out, covered);
  clubs(toks, out, covered);
  headedNames(toks, out, covered);
  orgs(toks, out);
  media(toks, out);
  facilities(toks, out);
  for (const c of out) for (let j = c.at; j < c.at + c.keys.length; j++) covered.add(j);
  brandNames(toks, out, covered);
  placeHeads(toks, out, covered);
  roles(toks, out);
  speechVerbs(toks, out, covered);
  nameThenRole(toks, out, covered);
  givenNames(toks, out, covered);
  foreignNames(toks, out, covered);
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
  if (!isDefinite(head) && full.length >= 2 && uses >= 2 && head !== QUWAT && !x.weakOrg.has(head)) {
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
    // «دبي» is not a short form of «مطار دبي الدولي» (a facility of three words or more: a city
    // and a facility named after it); «الدقم» / «ميناء الدقم», «مكة» / «مكة المكرمة» do merge
    gazetteerPlacesApart: (_a, b) => b.forms[0].length >= 3 && b.cands.some((c) => c.rule === 'facility'),
    // «حكومة الإقليم» → «حكومة إقليم كردستان»: same head, the short form's words (without ال)
    // in order inside the long form
    equivalent: (a, b) => {
      if (a.type !== 'ORG' || b.type !== 'ORG') return false;
      const ak = a.forms[0].map(undefinite);
      const bk = b.forms[0].map(undefinite);
      if (ak.length < 2 || ak.length >= bk.length || ak[0] !== bk[0]) return false;
      let j = 1;
      for (let i = 1; i < ak.length; i++) {
        while (j < bk.length && bk[j] !== ak[i]) j++;
        if (j === bk.length) return false;
        j++;
      }
      return true;
    },
    equivalentIndex: { target: (b) => undefinite(b.forms[0][0]), probe: (a) => undefinite(a.forms[0][0]) },
    familyNameAlias: (k) => !x.cSuf.has(k) && !x.common.has(undefinite(k)),
    // «قوات X» where X is another organisation's alias: a mention of X, not a new organisation
    drop: (g, owner) => {
      if (g.type !== 'ORG') return false;
      const f = g.forms[0];
      if (undefinite(f[0]) !== QUWAT || f.length < 2) return false;
      const o = owner(f.slice(1));
      return !!o && o !== g;
    },
  });
}
