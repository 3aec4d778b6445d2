import type { ClutterRule, Candidate } from '../types';
import { pageIndex } from '../dom';
import { cueSet, isCue } from '../cue-words';
import { normCue } from '../text';
import { cand, describe, expandBox, shortLineLeaves } from './util';

/** A status line is short (non-space characters). */
const MAX_CHARS = 60;

/**
 * True when normalised `n` is a comment count: a number and a comments cue
 * word, nothing else ("12 Kommentare", "Comments (3)", «3 تعليقات»). The number
 * is required: a bare "Kommentar" is also a genre label over an opinion piece.
 */
function isCount(n: string): boolean {
  const m = n.match(/^(?:(\d+) )?(\D+?)(?: (\d+))?$/u);
  if (!m || (!m[1] && !m[3])) return false;
  return cueSet('comments').has(m[2]);
}

/** Separators between the parts of a meta line ("Kommentarfeed | Trackback", "3 Comments · RSS"). */
const PART_SEP = /\s*[|·•/]\s*/u;

/** True when normalised `n` is a status cue or a comment count. */
function isStatusPart(n: string): boolean {
  return isCue('commentStatus', n) || isCount(n);
}

/**
 * comment-status: the comment section's status and counter lines left on
 * the page when the thread itself is absent or already hidden: "Comments
 * closed", "Kommentare geschlossen", "No comments yet", "Leave a comment",
 * «التعليقات مغلقة» (cues `commentStatus`), and counts such as "12 Kommentare"
 * or "Comments (3)" (a number plus a cue of `comments`). The whole text of the
 * line must be the cue (≤ 60 characters); the innermost element carrying it is
 * proposed, grown to wrappers that hold no other text. A meta line of such
 * parts joined by separators ("Kommentarfeed | Trackback", "3 Comments ·
 * Comments RSS") counts too, when every part is one.
 */
export const commentStatus: ClutterRule = {
  id: 'comment-status',
  kind: 'comments',
  detect(ctx) {
    const idx = pageIndex(ctx);
    const out: Candidate[] = [];
    for (const el of shortLineLeaves(idx, MAX_CHARS)) {
      const n = normCue(idx.text(el));
      if (!n) continue;
      let status = isCue('commentStatus', n);
      if (!status && !isCount(n)) {
        const parts = idx.text(el).split(PART_SEP).map(normCue).filter(Boolean);
        if (parts.length < 2 || !parts.every(isStatusPart)) continue;
        status = true;
      }
      const box = expandBox(idx, el, 0);
      out.push(cand(box, 'comments', 'comment-status', `${status ? 'comment status' : 'comment count'} "${idx.text(el)}" (${describe(box)})`));
    }
    return out;
  },
};
