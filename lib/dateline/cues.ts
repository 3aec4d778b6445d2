/**
 * Cue words (data/cues.json) that say what a date is: "Updated"/«آخر تحديث»
 * (modified), "Published"/«نشر في» (published), "©"/«جميع الحقوق» (copyright).
 */
import cues from './data/cues.json';
import { norm } from './normalize';

const list = (xs: string[]) => [...new Set(xs.map(norm))].sort((a, b) => b.length - a.length);
const MODIFIED = list(cues.modified);
const PUBLISHED = list(cues.published);
const COPYRIGHT = list(cues.copyright);

function hasWord(s: string, w: string): boolean {
  let i = s.indexOf(w);
  while (i >= 0) {
    const before = i === 0 ? '' : s[i - 1];
    const after = s[i + w.length] ?? '';
    const isL = (c: string) => /[\p{L}\d]/u.test(c);
    if ((!before || !isL(before) || !isL(w[0])) && (!after || !isL(after) || !isL(w[w.length - 1]))) return true;
    i = s.indexOf(w, i + 1);
  }
  return false;
}

/** Position of the last cue of each kind in normalised text `s` (-1 when absent). */
function lastIndex(s: string, words: string[]): number {
  let best = -1;
  for (const w of words) {
    if (!hasWord(s, w)) continue;
    best = Math.max(best, s.lastIndexOf(w));
  }
  return best;
}

/**
 * What the words just before a date say it is.
 * Input: normalised text preceding the date (same segment, ≤ 60 chars is enough),
 * plus optional class/id/itemprop words of its element. Output: "modified",
 * "published", "copyright" or null. The cue nearest to the date wins.
 */
export function cueOf(before: string, attrs = ''): 'modified' | 'published' | 'copyright' | null {
  const s = before.slice(-60);
  if (lastIndex(s, COPYRIGHT) >= 0) return 'copyright';
  const m = lastIndex(s, MODIFIED);
  const p = lastIndex(s, PUBLISHED);
  if (m >= 0 || p >= 0) return m > p ? 'modified' : 'published';
  const a = attrs.toLowerCase();
  if (/updated|modified|lastmod|update/.test(a)) return 'modified';
  if (/published|pubdate|publish|posted|created/.test(a)) return 'published';
  return null;
}

const ANY_DATE_CUE = [...MODIFIED, ...PUBLISHED];

/**
 * True when normalised text `s` holds a publication or update cue word anywhere
 * (a cheap test before parsing a body line for dates, which need one).
 */
export function mentionsDateCue(s: string): boolean {
  for (const w of ANY_DATE_CUE) if (s.includes(w) && hasWord(s, w)) return true;
  return false;
}
