import type { ClutterRule } from '../types';
import { NON_TEXT_TAGS, pageIndex } from '../dom';
import { isCue } from '../cue-words';
import { cand, describe, SKELETON } from './util';

const TOKENS = new Set(['comment', 'comments', 'commentlist', 'commentform', 'commentlist', 'disqus', 'respond', 'discussion', 'replies', 'reactions', 'kommentare', 'commentaires', 'comentarios']);

/** Inline elements a flat block of prose may hold (a note, a caption): no structure of its own. */
const INLINE = new Set(['A', 'BR', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'SUP', 'SUB', 'MARK', 'Q', 'CITE', 'ABBR', 'U', 'S', 'CODE', 'FONT', 'WBR']);
/** A date or a clock time written as numbers ("19.06.2019", "6:16", "2019"). */
const DATE_LIKE = /\d{1,2}[./:]\d{2}|\b(?:19|20)\d{2}\b/;
/** Shortest text of a flat block that is prose, not a counter or a link ("12 comments"). */
const MIN_NOTE_CHARS = 100;

/**
 * True when a comments-token element is an editor's note rather than reader
 * comments: one flat block of prose ({@link MIN_NOTE_CHARS}+ characters, only
 * inline children) whose surrounding item (its parent) has no date, time or
 * `<time>` outside it. A gallery's "item__comment" under each photo is such a
 * note; a reader comment's body sits next to its author and date.
 */
function isEditorNote(idx: ReturnType<typeof pageIndex>, el: Element): boolean {
  if (idx.textLen(el) < MIN_NOTE_CHARS) return false;
  for (const d of Array.from(el.getElementsByTagName('*'))) if (!INLINE.has(d.tagName.toUpperCase())) return false;
  const item = el.parentElement;
  if (!item || SKELETON.has(idx.tag(item))) return false;
  if (item.getElementsByTagName('time').length) return false;
  const around = idx.text(item).replace(idx.text(el), ' ');
  return !DATE_LIKE.test(around);
}

/**
 * comments: comment forms and threads. Cues: a `<form>` with a `<textarea>`
 * (a comment box), class/id tokens (comment, comments, disqus, respond,
 * discussion), or a heading from cues `comments` («التعليقات», "Comments",
 * "Kommentare", "Commentaires", "Comentarios") over a form. A form grows to
 * its enclosing section when that section adds at most a heading. A
 * token element that is an editor's note (see {@link isEditorNote}) is not
 * proposed.
 */
export const comments: ClutterRule = {
  id: 'comments',
  kind: 'comments',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out = [];
    for (const el of idx.els) {
      const tag = idx.tag(el);
      if (SKELETON.has(tag)) continue;
      if (tag === 'FORM') {
        if (!el.querySelector('textarea')) continue;
        let box: Element = el;
        for (let p = el.parentElement; p && !SKELETON.has(idx.tag(p)); p = p.parentElement) {
          const extra = idx.textLen(p) - idx.textLen(box);
          if (extra > 60) break;
          if (extra > 0) {
            // Only a heading-sized label may be added, and it must be a comments cue or none.
            const others = Array.from(p.children).filter((c) => c !== box && !c.contains(box) && idx.textLen(c) > 0);
            if (!others.every((c) => isCue('comments', idx.text(c)))) break;
          }
          box = p;
        }
        out.push(cand(box, 'comments', 'comments', `form with a text box (${describe(box)})`));
        continue;
      }
      if (NON_TEXT_TAGS.has(tag)) continue;
      const tok = idx.tokens(el).find((t) => TOKENS.has(t));
      if (tok) {
        // Only the outermost comments container: its parts (meta lines, reply links) are not proposed alone.
        let outer = false;
        for (let p = el.parentElement; p && !SKELETON.has(idx.tag(p)); p = p.parentElement) if (idx.tokens(p).some((t) => TOKENS.has(t))) { outer = true; break; }
        if (outer) continue;
        // Counters and links such as "12 comments" are small: still clutter, but skip huge wrappers.
        if (idx.textLen(el) > 20000) continue;
        if (isEditorNote(idx, el)) continue;
        out.push(cand(el, 'comments', 'comments', `class/id token "${tok}" (${describe(el)})`));
      }
    }
    return out;
  },
};
