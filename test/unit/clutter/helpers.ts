import { JSDOM } from 'jsdom';
import type { ClutterRule, RuleContext } from '../../../lib/clutter/types';

/**
 * A rule context over our own small HTML. `kept` / `root` are CSS selectors
 * for the article's protected elements and root (none when omitted).
 */
export function ctxFor(body: string, opts: { kept?: string; root?: string; lang?: string } = {}): RuleContext {
  const dom = new JSDOM(`<!doctype html><html lang="${opts.lang ?? 'en'}"><head><title>t</title></head><body>${body}</body></html>`, { url: 'https://example.test/a.html' });
  const doc = dom.window.document;
  const kept = new Set<Element>(opts.kept ? Array.from(doc.querySelectorAll(opts.kept)) : []);
  const root = opts.root ? doc.querySelector(opts.root) : null;
  return { doc, win: null, kept, root };
}

/** What a rule proposes, as "tag#id.class" strings of the elements, in document order. */
export function proposed(rule: ClutterRule, ctx: RuleContext): string[] {
  return rule.detect(ctx).map((c) => label(c.el));
}

/** "tag#id.class" of an element (first class only). */
export function label(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}`;
}

/** Filler prose (English), n sentences. */
export function prose(n: number, seed = 'The council met on Tuesday to discuss the budget'): string {
  return Array.from({ length: n }, (_, i) => `${seed} and item ${i + 1}, which took most of the afternoon to settle.`).join(' ');
}
