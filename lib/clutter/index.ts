import type { Candidate, RuleContext } from './types';
import { pageIndex } from './dom';
import { RULES } from './rules';
import { describe } from './rules/util';

/** Tags of kept elements that are text blocks: nothing inside them is hidden. */
const TEXT_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DD', 'DT', 'FIGCAPTION', 'CAPTION']);

/** A rule's proposal that overlap resolution or article protection turned down. */
export interface Rejected {
  candidate: Candidate;
  /** Plain-words reason, e.g. "holds article text". */
  why: string;
}

/** Result of {@link detectClutterTrace}: accepted candidates (document order) and what was turned down. */
export interface ClutterTrace {
  candidates: Candidate[];
  rejected: Rejected[];
}

/**
 * Runs every registered rule (lib/clutter/rules/index.ts) over `ctx.doc` and
 * resolves the proposals:
 * - never an element that is, or holds, a `kept` element or the article root
 *   (so clutter inside the article region is fine only when it holds no kept
 *   text), and never anything inside a kept text block (P, LI, …);
 * - never a block of the page-wide `repeated` rule inside the article root
 *   (repeats within the article are the `dup-in-article` rule's);
 * - when proposals nest, only the outermost is kept (it hides the rest);
 *   when two rules propose the same element, the earlier rule wins.
 * Input: {@link RuleContext}. Output: accepted candidates in document order
 * plus the rejected ones with reasons. Does not modify the document.
 */
export function detectClutterTrace(ctx: RuleContext): ClutterTrace {
  const idx = pageIndex(ctx);
  const rejected: Rejected[] = [];
  const protect = new Set<Element>();
  const mark = (el: Element | null) => { for (let e = el; e && !protect.has(e); e = e.parentElement) protect.add(e); };
  for (const k of ctx.kept) mark(k);
  mark(ctx.root);

  const byEl = new Map<Element, Candidate>();
  for (const rule of RULES) {
    let found: Candidate[];
    try { found = rule.detect(ctx); } catch (err) { rejected.push({ candidate: { el: ctx.doc.documentElement, kind: rule.kind, rule: rule.id, reason: 'rule failed' }, why: `rule threw: ${(err as Error).message}` }); continue; }
    for (const c of found) {
      const prev = byEl.get(c.el);
      if (prev) { if (prev.rule !== c.rule) rejected.push({ candidate: c, why: `same block already proposed by ${prev.rule}` }); continue; }
      if (protect.has(c.el)) { rejected.push({ candidate: c, why: 'holds article text or the article root' }); continue; }
      if (c.rule === 'repeated' && ctx.root && ctx.root.contains(c.el)) { rejected.push({ candidate: c, why: 'inside the article (page-wide "repeated" never applies there)' }); continue; }
      let inBlock: Element | null = null;
      for (let e = c.el.parentElement; e; e = e.parentElement) if (ctx.kept.has(e) && TEXT_BLOCKS.has(e.tagName.toUpperCase())) { inBlock = e; break; }
      if (inBlock) { rejected.push({ candidate: c, why: `inside a kept text block (${describe(inBlock)})` }); continue; }
      byEl.set(c.el, c);
    }
  }
  const sorted = Array.from(byEl.values()).sort((a, b) => (idx.pos.get(a.el) ?? 0) - (idx.pos.get(b.el) ?? 0));
  const candidates: Candidate[] = [];
  let outer: Candidate | null = null;
  for (const c of sorted) {
    if (outer && idx.contains(outer.el, c.el)) { rejected.push({ candidate: c, why: `inside ${outer.rule} block ${describe(outer.el)}` }); continue; }
    candidates.push(c);
    outer = c;
  }
  return { candidates, rejected };
}

/**
 * Clutter blocks to hide on the page (see {@link detectClutterTrace} for the
 * resolution rules). Input: {@link RuleContext}. Output: candidates in
 * document order, none nested in another. Does not modify the document.
 */
export function detectClutter(ctx: RuleContext): Candidate[] {
  return detectClutterTrace(ctx).candidates;
}

/**
 * Readable debug trace of the clean-up: one line per block, "HIDE" for what
 * is hidden and "keep" for proposals turned down, with the rule, the element
 * and why. Input: a rule context (detection is run) or a trace already
 * computed. Output: multi-line string.
 */
export function explainClutter(input: RuleContext | ClutterTrace): string {
  const trace = 'rejected' in input ? input : detectClutterTrace(input);
  const snip = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const lines: string[] = [];
  for (const c of trace.candidates) lines.push(`HIDE ${c.kind.padEnd(13)} ${c.rule.padEnd(16)} ${describe(c.el)} — ${c.reason} — "${snip(c.el)}"`);
  for (const r of trace.rejected) lines.push(`keep ${r.candidate.kind.padEnd(13)} ${r.candidate.rule.padEnd(16)} ${describe(r.candidate.el)} — ${r.why}`);
  return lines.join('\n');
}
