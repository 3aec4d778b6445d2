/**
 * Author boxes inside the article region: the writer's short biography or
 * profile card ("Dallas Robinson is a freelance writer living in …", «Inga
 * Buller ist Head of Social …»). Readability keeps them with the story when
 * they sit in its container; the ground truths leave them out. Found by
 * markup only (class/id names, data in cues/author-box.json), never by
 * the words of the biography.
 */
import cues from './cues/author-box.json';
import { wordCount } from './text';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => xs.map(esc).join('|');
/** An author word joined to a box word in one name ("author-box", "authorBio", "autor_info"), or a biography name alone. */
const NAME_RE = new RegExp(`(?:^|[^a-z])(?:(?:${alt(cues.author)})[-_]?(?:${alt(cues.box)})|(?:${alt(cues.alone)}))(?:$|[^a-z])`, 'i');

/** Fewest words an author box holds (a byline line "By Jane Doe" is not one). */
const MIN_WORDS = 8;
/** An author box holds less than this share of the article's words. */
const MAX_SHARE = 0.34;

/**
 * True when one of `el`'s class names or its id names an author box
 * (see {@link NAME_RE}; camelCase names are split: "AuthorBox" → "author-box").
 */
export function namesAuthorBox(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return false;
  for (const name of `${cls ?? ''} ${id ?? ''}`.split(/\s+/)) {
    if (!name) continue;
    const n = name.replace(/([a-z])([A-Z])/g, '$1-$2');
    if (NAME_RE.test(n)) return true;
  }
  return false;
}

/**
 * The outermost author boxes strictly inside `root` (the article region on the
 * live page): elements {@link namesAuthorBox} names, holding at least 8 words
 * and less than a third of the article's `articleWords`, not holding the
 * headline. Input: the page's elements in document order (`els`), the root,
 * the headline (or null), the article's word count. Output: elements of the
 * live page (read only).
 */
export function authorBoxes(els: readonly Element[], root: Element, headline: Element | null, articleWords: number): Element[] {
  const out: Element[] = [];
  for (const el of els) {
    if (el === root || !namesAuthorBox(el) || !root.contains(el)) continue;
    if (out.some((o) => o.contains(el))) continue;
    if (headline && el.contains(headline)) continue;
    const n = wordCount(el.textContent ?? '');
    if (n < MIN_WORDS || n >= MAX_SHARE * articleWords) continue;
    out.push(el);
  }
  return out;
}
