/**
 * Plain text of extracted article HTML with paragraph boundaries kept.
 */

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'DETAILS', 'SUMMARY', 'CAPTION']);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Text of `root`'s content, one paragraph per block element: block
 * boundaries become "\n\n", `<br>` becomes "\n", table cells are separated by
 * a space; whitespace inside a paragraph is collapsed.
 * Input: an element (Readability's content). Output: trimmed string.
 */
export function blockText(root: Element): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const lines = cur.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (lines.length) paras.push(lines.join('\n'));
    cur = '';
  };
  // Iterative walk (pre-order, with the block/cell work done on the way out): deep pages cannot overflow the stack.
  const leave = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (CELL.has(tag)) cur += ' ';
    if (BLOCK.has(tag)) flush();
  };
  const enter = (n: Node): boolean => {
    if (n.nodeType === 3) { cur += n.nodeValue ?? ''; return false; }
    if (n.nodeType !== 1) return false;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return false;
    if (tag === 'BR') { cur += '\n'; return false; }
    if (BLOCK.has(tag)) flush();
    if (n.firstChild) return true;
    leave(n as Element);
    return false;
  };
  if (enter(root)) {
    let n: Node = root.firstChild!;
    for (;;) {
      if (enter(n)) { n = n.firstChild!; continue; }
      while (!n.nextSibling && n.parentNode && n.parentNode !== root) { n = n.parentNode; leave(n as Element); }
      if (!n.nextSibling) break;
      n = n.nextSibling;
    }
    leave(root);
  }
  flush();
  return paras.join('\n\n');
}

/**
 * Runs of scripts written without spaces between words: Thai, Lao, Khmer,
 * Burmese (Myanmar), Han, hiragana and katakana (with the katakana
 * prolonged-sound mark, which Unicode files under Common).
 */
const NO_SPACE_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+/gu;
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Words in one run of a no-space script (see {@link NO_SPACE_RUN}): the
 * word-like segments of `Intl.Segmenter` at word granularity (ICU's
 * dictionary break rules for Thai, Lao, Khmer, Burmese and Chinese/Japanese;
 * the root locale already applies them, whatever the page's language).
 * Without `Intl.Segmenter`: each Han/kana character counts one, and any
 * other run counts one. Input: the run. Output: integer ≥ 1 for a non-empty run.
 */
export function noSpaceRunWords(run: string): number {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter([], { granularity: 'word' }) : null;
  if (!segmenter) return run.match(HAN_KANA)?.length || (run ? 1 : 0);
  let n = 0;
  for (const seg of segmenter.segment(run)) if (seg.isWordLike) n++;
  return n;
}

/**
 * Counts the words of no-space-script runs in `text` with
 * {@link noSpaceRunWords} and returns that count and the text with each
 * run replaced by a space (for the caller's own counting of the rest).
 */
export function splitNoSpaceRuns(text: string): { words: number; rest: string } {
  let words = 0;
  const rest = text.replace(NO_SPACE_RUN, (run) => { words += noSpaceRunWords(run); return ' '; });
  return { words, rest };
}

/**
 * Unicode-aware word count: runs of letters, marks and digits; text in
 * scripts written without spaces (Thai, Lao, Khmer, Burmese, Chinese,
 * Japanese) is split into words by `Intl.Segmenter` ({@link noSpaceRunWords}).
 * Input: text. Output: integer ≥ 0.
 */
export function wordCount(text: string): number {
  const { words, rest } = splitNoSpaceRuns(text);
  let n = words;
  for (const _m of rest.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) n++;
  return n;
}
