/**
 * Highlights in the rendered article, anchored by quote (the W3C Web
 * Annotation TextQuoteSelector: the text itself plus a little context on each
 * side), so a highlight is found again on reopen whatever the markup, the
 * typography or the bidi isolation around it. Offsets are UTF-16 code units in
 * the concatenated text nodes of the article root (`textOf`). DOM APIs only
 * (no HTML strings): marks are `<mark class="sahifa-highlight" data-highlight-id>`.
 */

export const HIGHLIGHT_CLASS = 'sahifa-highlight';
/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

/** A quote: the selected text and its context in the article's text. */
export interface TextQuote { exact: string; prefix: string; suffix: string }

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The article's text: every text node under `root`, concatenated (the space of all offsets here). */
export function textOf(root: Node): string {
  return textNodes(root).map((t) => t.nodeValue ?? '').join('');
}

/** Offset in {@link textOf} of a DOM boundary point (node, offset) inside `root`; -1 when outside. */
export function offsetOf(root: Node, node: Node, offset: number): number {
  if (!root.contains(node)) return -1;
  // Range.toString() is the concatenated text of the text nodes in the range: the same space as textOf.
  const r = root.ownerDocument!.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/**
 * The quote of a selection inside the article. Input: the article root, a
 * Range (e.g. `getSelection().getRangeAt(0)`), context length. Output:
 * `{exact, prefix, suffix, start, end}` with surrounding white space trimmed
 * off `exact`, or null when the range is collapsed, only white space, or not
 * inside `root`.
 */
export function quoteFromRange(root: Node, range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>, context = QUOTE_CONTEXT): (TextQuote & { start: number; end: number }) | null {
  let start = offsetOf(root, range.startContainer, range.startOffset);
  let end = offsetOf(root, range.endContainer, range.endOffset);
  if (start < 0 || end < 0 || end <= start) return null;
  const text = textOf(root);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context), start, end };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a quote in the article's text: among the occurrences of `exact`, the
 * one whose surroundings agree most with `prefix` and `suffix` (ties: the
 * first). Output: `[start, end)` offsets, or null when the text is not there.
 */
export function anchorQuote(text: string, q: TextQuote): [number, number] | null {
  if (!q.exact) return null;
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (let i = text.indexOf(q.exact); i >= 0; i = text.indexOf(q.exact, i + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, i - q.prefix.length), i), q.prefix) + commonPrefix(text.slice(i + q.exact.length, i + q.exact.length + q.suffix.length), q.suffix);
    if (score > bestScore) { best = [i, i + q.exact.length]; bestScore = score; }
  }
  return best;
}

/**
 * Wraps `[start, end)` of the article's text in marks carrying `id` (one mark
 * per text node crossed; white-space-only pieces between blocks are left
 * alone). Output: the marks, in document order.
 */
export function wrapRange(root: Node, start: number, end: number, id: string): HTMLElement[] {
  const doc = root.ownerDocument!;
  const marks: HTMLElement[] = [];
  let pos = 0;
  for (const t of textNodes(root)) {
    const s = t.nodeValue ?? '';
    const a = Math.max(start, pos);
    const b = Math.min(end, pos + s.length);
    pos += s.length;
    if (b <= a) continue;
    const piece = s.slice(a - (pos - s.length), b - (pos - s.length));
    if (!piece.trim()) continue;
    let node = t;
    const from = a - (pos - s.length);
    if (from > 0) node = node.splitText(from);
    if (piece.length < (node.nodeValue ?? '').length) node.splitText(piece.length);
    const mark = doc.createElement('mark');
    mark.className = HIGHLIGHT_CLASS;
    mark.dataset.highlightId = id;
    node.parentNode!.replaceChild(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Removes the marks of one highlight (or of all, without `id`), merging the text back. */
export function unwrapHighlights(root: Element, id?: string): void {
  for (const m of Array.from(root.querySelectorAll<HTMLElement>(`mark.${HIGHLIGHT_CLASS}`))) {
    if (id !== undefined && m.dataset.highlightId !== id) continue;
    const parent = m.parentNode!;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}

/**
 * Paints stored highlights into the rendered article. Input: the root, the
 * highlights (`{id, exact, prefix, suffix}`). Output: the marks of each id
 * that was found, and the ids whose text is no longer in the article.
 */
export function paintHighlights(root: Element, list: readonly (TextQuote & { id: string })[]): { marks: Map<string, HTMLElement[]>; missing: string[] } {
  const marks = new Map<string, HTMLElement[]>();
  const missing: string[] = [];
  for (const h of list) {
    // Offsets change as marks split text nodes, but the text does not: anchor against the current text each time.
    const at = anchorQuote(textOf(root), h);
    if (!at) { missing.push(h.id); continue; }
    marks.set(h.id, wrapRange(root, at[0], at[1], h.id));
  }
  return { marks, missing };
}
