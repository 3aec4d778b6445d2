/**
 * Multilingual cue words for the clutter rules. The words live in data files,
 * one per language (`lib/clutter/cues/<lang>.json`); this module merges and
 * normalises them (see {@link normCue}) so rules compare normalised labels.
 */
import ar from './cues/ar.json';
import de from './cues/de.json';
import en from './cues/en.json';
import es from './cues/es.json';
import fr from './cues/fr.json';
import { normCue } from './text';

/** Cue groups present in every language file. */
export type CueGroup = 'adLabel' | 'related' | 'breaking' | 'comments' | 'share' | 'cookie' | 'newsletter' | 'commentStatus' | 'imageCredit';

type CueFile = { lang: string } & Record<CueGroup, string[]>;

const FILES: CueFile[] = [ar, de, en, es, fr];

const cache = new Map<CueGroup, Set<string>>();

/**
 * The normalised cue words of one group, merged over all languages.
 * Output: a Set of normalised strings (see {@link normCue}).
 */
export function cueSet(group: CueGroup): ReadonlySet<string> {
  let s = cache.get(group);
  if (!s) {
    s = new Set();
    for (const f of FILES) for (const w of f[group] ?? []) { const n = normCue(w); if (n) s.add(n); }
    cache.set(group, s);
  }
  return s;
}

/** True when `text`, normalised, equals one of the group's cue words. */
export function isCue(group: CueGroup, text: string): boolean {
  return cueSet(group).has(normCue(text));
}

/**
 * How many leading words of `text` (normalised) form the longest cue word of the group,
 * when at most `maxExtraWords` words follow it: a count ≥ 1, or 0 when no cue starts the
 * text. A cue equal to the whole normalised text counts whatever its length.
 */
export function cuePrefixWords(group: CueGroup, text: string, maxExtraWords = 3): number {
  const n = normCue(text);
  if (!n) return 0;
  const words = n.split(' ');
  if (cueSet(group).has(n)) return words.length;
  for (let k = Math.min(words.length - 1, 8); k >= 1; k--) {
    if (words.length - k > maxExtraWords) break;
    if (cueSet(group).has(words.slice(0, k).join(' '))) return k;
  }
  return 0;
}

/**
 * True when `text`, normalised, starts with one of the group's cue words
 * followed by a word boundary (so «اقرأ أيضا: …» and "Related: …" match).
 * `maxExtraWords` limits how many words may follow the cue.
 */
export function startsWithCue(group: CueGroup, text: string, maxExtraWords = 3): boolean {
  return cuePrefixWords(group, text, maxExtraWords) > 0;
}
