/**
 * axe-core accessibility checks for extension pages, shared by the e2e suites
 * (reader, options, library, popup). Works with playwright-core and
 * puppeteer-core pages: the axe.min.js source (node_modules/axe-core) is
 * evaluated in the page through the automation protocol, which the
 * extension-page CSP does not block, then `axe.run` is awaited.
 *
 * Usage:
 *   const v = await runAxe(page);                  // all violations
 *   expect(formatAxe(seriousOrCritical(v))).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Source of axe-core's browser bundle (version pinned in package.json). */
export const AXE_SRC = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  /** CSS selectors of the failing nodes. */
  nodes: string[];
}

/** Anything with `evaluate(expression string)`: a playwright or puppeteer Page. */
export interface Evaluator { evaluate(expr: string): Promise<unknown> }

/** Rule tags run by default: WCAG 2.0/2.1/2.2 A and AA and axe best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the whole document (or `selector`). Output: every
 * violation with impact, help text and failing selectors. Throws when axe
 * cannot run in the page.
 */
export async function runAxe(page: Evaluator, opts: { selector?: string; tags?: string[] } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE_SRC}\n;void 0`);
  const ctx = opts.selector ? JSON.stringify(opts.selector) : 'document';
  const tags = JSON.stringify(opts.tags ?? AXE_TAGS);
  return (await page.evaluate(`window.axe.run(${ctx}, { runOnly: { type: 'tag', values: ${tags} }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
}

/** The violations the project's bar forbids: impact serious or critical. */
export function seriousOrCritical(v: readonly AxeViolation[]): AxeViolation[] {
  return v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
}

/** One readable line per violation (for assertion messages and logs). */
export function formatAxe(v: readonly AxeViolation[]): string[] {
  return v.map((x) => `${x.impact ?? '?'} ${x.id}: ${x.help} → ${x.nodes.slice(0, 4).join(' | ')}${x.nodes.length > 4 ? ' …' : ''}`);
}

/** Counts by impact, e.g. `{serious: 0, moderate: 2}` (for the report). */
export function countByImpact(v: readonly AxeViolation[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of v) out[x.impact ?? 'unknown'] = (out[x.impact ?? 'unknown'] ?? 0) + 1;
  return out;
}
