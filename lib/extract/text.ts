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
  const walk = (n: Node) => {
    if (n.nodeType === 3) { cur += n.nodeValue ?? ''; return; }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { cur += '\n'; return; }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (CELL.has(tag)) cur += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}

/**
 * Unicode-aware word count: runs of letters, marks and digits; each Han or
 * kana character counts as one word. Input: text. Output: integer ≥ 0.
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const _m of text.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu)) n++;
  return n;
}
