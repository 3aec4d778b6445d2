/**
 * Reading progress and position in the reader (pure arithmetic on layout
 * numbers the page measures: CSS px, document coordinates).
 */

/**
 * Share of the article read: how far the bottom of the window has gone
 * through the article. Input: the article's top and height, the window's
 * scroll position and height (px). Output: 0…1 (1 once the article's end is
 * on screen; 0 for an empty article above nothing).
 */
export function readingProgress(m: { top: number; height: number; scrollY: number; viewport: number }): number {
  if (!(m.height > 0)) return 0;
  const seen = m.scrollY + m.viewport - m.top;
  return Math.min(1, Math.max(0, seen / m.height));
}

/**
 * The block at the top of the window: the last block whose top is at or
 * above `y` (the window's top plus the height of the sticky header), in
 * document coordinates. Input: the blocks' tops in document order. Output: an
 * index (0 when none is above `y`).
 */
export function blockAt(tops: readonly number[], y: number): number {
  let i = 0;
  for (let k = 0; k < tops.length; k++) {
    if (tops[k] <= y + 1) i = k;
    else break;
  }
  return i;
}
