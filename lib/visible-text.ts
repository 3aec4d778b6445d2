/**
 * The page's text that a reader sees: every text node not inside an element
 * hidden by Sahifa or by the site. PLACEHOLDER (attribute checks only).
 */
export function visibleText(doc: Document): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) { const t = n.nodeValue?.trim(); if (t) parts.push(t); return; }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.tagName) || el.hasAttribute('hidden') || el.hasAttribute('data-sahifa-hidden') || el.getAttribute('aria-hidden') === 'true') return;
    for (const c of Array.from(el.childNodes)) walk(c);
  };
  if (doc.body) walk(doc.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}
