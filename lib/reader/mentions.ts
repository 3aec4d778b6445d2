/**
 * Highlighting an entity's mentions in the rendered article.
 *
 * Matching is by normalised tokens, so every way the article writes a name
 * is found: all the entity's variants; Arabic normalised (أ/إ/آ → ا, ى → ي,
 * ة → ه, diacritics and tatweel ignored: lib/entities/ar/normalize); attached
 * Arabic proclitics (و ف ب ل ك, «لل» for «ال») allowed before the name and
 * left outside the highlight; Latin case and accents folded.
 */
import type { Entity } from '../types';
import { clean, normAr, stems } from '../entities/ar/normalize';

export const MENTION_CLASS = 'sahifa-mention';
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06FF]/;

/** Matching key of one token: Arabic → normAr; other scripts → lower case without accents. */
export function tokenKey(tok: string): string {
  if (ARABIC.test(tok)) return normAr(tok);
  return tok.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Keys of a name's tokens ("حكومة الوفاق" → ["حكومه", "الوفاق"]). */
function nameKeys(name: string): string[] {
  return Array.from(name.matchAll(TOKEN), (m) => tokenKey(m[0])).filter(Boolean);
}

/** Raw-string offset after `n` characters of the cleaned (marks removed) token. */
function rawOffset(raw: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (seen === n) return i;
    if (clean(raw[i])) seen++;
  }
  return raw.length;
}

interface Tok { start: number; end: number; raw: string; key: string }

/**
 * Finds the mentions of any of `names` in a string. Output: `[start, end)`
 * ranges (UTF-16 offsets), in order, not overlapping; an attached Arabic
 * proclitic is outside the range. A name must match whole tokens.
 */
export function findMentionRanges(text: string, names: readonly string[]): Array<[number, number]> {
  const variants = [...new Set(names.map((n) => nameKeys(n).join(' ')))].filter(Boolean).map((k) => k.split(' ')).sort((a, b) => b.length - a.length);
  if (!variants.length) return [];
  const toks: Tok[] = Array.from(text.matchAll(TOKEN), (m) => ({ start: m.index!, end: m.index! + m[0].length, raw: m[0], key: tokenKey(m[0]) }));
  const out: Array<[number, number]> = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const firsts = ARABIC.test(t.raw) ? stems(t.key).map((s) => ({ key: s.stem, cut: s.cut, lil: !!s.lilToAl })) : [{ key: t.key, cut: 0, lil: false }];
    let hit: [number, number] | null = null;
    let used = 0;
    for (const v of variants) {
      for (const f of firsts) {
        const first = v[0];
        // «للوفاق» reads as «ل» + «الوفاق»; a name without «ال» may also follow «ال»-less stems only.
        if (f.key !== first) continue;
        let ok = true;
        for (let k = 1; k < v.length; k++) if (toks[i + k]?.key !== v[k]) { ok = false; break; }
        if (!ok) continue;
        const cutRaw = rawOffset(t.raw, f.lil ? f.cut - 1 : f.cut);
        hit = [t.start + cutRaw, toks[i + v.length - 1].end];
        used = v.length;
        break;
      }
      if (hit) break;
    }
    if (hit) {
      out.push(hit);
      i += used - 1;
    }
  }
  return out;
}

/** Removes every highlight made by {@link highlightMentions} (text nodes merged back). */
export function clearMentions(root: Element): void {
  for (const m of Array.from(root.getElementsByClassName(MENTION_CLASS))) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}

/**
 * Wraps every mention of the entity (its name and variants) inside `root`
 * in `<mark class="sahifa-mention">`, after clearing earlier highlights.
 * Input: the rendered article element, the entity. Output: the marks, in
 * document order (the caller scrolls to the first). DOM APIs only.
 */
export function highlightMentions(root: Element, entity: Pick<Entity, 'name' | 'variants'>): HTMLElement[] {
  clearMentions(root);
  const doc = root.ownerDocument;
  const names = [entity.name, ...(entity.variants ?? [])];
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const t of texts) {
    const s = t.nodeValue ?? '';
    const ranges = findMentionRanges(s, names);
    if (!ranges.length) continue;
    const frag = doc.createDocumentFragment();
    let last = 0;
    for (const [a, b] of ranges) {
      if (a > last) frag.appendChild(doc.createTextNode(s.slice(last, a)));
      const mark = doc.createElement('mark');
      mark.className = MENTION_CLASS;
      mark.textContent = s.slice(a, b);
      frag.appendChild(mark);
      marks.push(mark);
      last = b;
    }
    if (last < s.length) frag.appendChild(doc.createTextNode(s.slice(last)));
    t.parentNode!.replaceChild(frag, t);
  }
  return marks;
}
