/**
 * Element lists without live collections: under jsdom, iterating
 * `getElementsByTagName('*')` or `querySelectorAll` through Array.from costs
 * seconds on a large page, while a sibling walk costs milliseconds.
 */

/**
 * Every element under `root` (root itself excluded), in document (pre-)order,
 * the same order as `root.getElementsByTagName('*')`. Iterative: deep trees
 * cannot overflow the stack. Input: a Document or Element. Output: array.
 */
export function elementsInOrder(root: Node): Element[] {
  const out: Element[] = [];
  let node: Element | null = (root as Element | Document).firstElementChild ?? null;
  while (node) {
    out.push(node);
    if (node.firstElementChild) { node = node.firstElementChild; continue; }
    while (node && !node.nextElementSibling) {
      const p: Element | null = node.parentElement;
      node = p && p !== root ? p : null;
    }
    if (node) node = node.nextElementSibling;
  }
  return out;
}
