import { HIDE_ATTR } from './clutter/apply';

/** Elements whose content is never rendered as text. */
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);

/**
 * The page's text that a reader sees: every text node of the body not inside
 * an element hidden by Sahifa (`data-sahifa-hidden`) or by the site (`hidden`
 * attribute, `aria-hidden="true"`, inline `display:none`/`visibility:hidden`,
 * `<template>`, `<script>`, `<style>`, `<noscript>`, iframe fallback text), in
 * document order, trimmed and joined with single spaces.
 *
 * Input: the Document; `win`, when given, is used for computed styles
 * (stylesheet `display:none`, inherited `visibility:hidden`). Pass a window
 * only where styles are meaningful (a browser); under jsdom computed styles are
 * slow and partial. Output: string with whitespace collapsed.
 */
export function visibleText(doc: Document, win?: Window | null): string {
  const parts: string[] = [];
  const style = win && typeof win.getComputedStyle === 'function' ? win.getComputedStyle.bind(win) : null;
  // Iterative walk (one frame per open element: its next child and whether it is invisible); deep pages cannot overflow the stack.
  const stack: { next: Node | null; invisible: boolean }[] = doc.body ? [{ next: doc.body.firstChild, invisible: false }] : [];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const n = frame.next;
    if (!n) { stack.pop(); continue; }
    frame.next = n.nextSibling;
    const invisible = frame.invisible;
      if (n.nodeType === 3) {
        if (invisible) continue;
        const t = n.nodeValue;
        if (t && /\S/.test(t)) parts.push(t.trim());
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      if (NEVER.has(c.tagName.toUpperCase())) continue;
      let inv = invisible;
      // Attribute reads cost most under jsdom: none for elements without attributes.
      if (c.hasAttributes()) {
        if (c.hasAttribute(HIDE_ATTR) || c.hasAttribute('hidden') || c.getAttribute('aria-hidden') === 'true') continue;
        const inline = c.getAttribute('style');
        if (inline) {
          if (/(?:^|;)\s*display\s*:\s*none/i.test(inline)) continue;
          const v = inline.match(/(?:^|;)\s*visibility\s*:\s*(hidden|collapse|visible)/i);
          if (v) inv = v[1].toLowerCase() !== 'visible';
        }
      }
      if (style) {
        const cs = style(c);
        if (cs.display === 'none') continue;
        if (cs.visibility) inv = cs.visibility === 'hidden' || cs.visibility === 'collapse';
      }
      stack.push({ next: c.firstChild, invisible: inv });
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}
