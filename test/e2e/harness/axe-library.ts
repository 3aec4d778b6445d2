/**
 * axe-core in a page (Chromium via playwright-core, or Firefox via
 * puppeteer-core): injects node_modules/axe-core/axe.min.js and runs it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SRC = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/** Anything with `evaluate(string)` (playwright Page or puppeteer Page). */
interface Evaluator { evaluate(expr: string): Promise<unknown> }

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules plus best practices) on the page.
 * Output: every violation with its impact and the failing nodes' selectors.
 */
export async function runAxe(page: Evaluator): Promise<AxeViolation[]> {
  // Evaluated through the automation protocol, which extension-page CSP does not block (a <script> tag would be).
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE_SRC}\n;void 0`);
  const res = (await page.evaluate(`window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
  return res;
}

/** Only the serious and critical ones (the bar the tests hold). */
export function seriousOrCritical(v: AxeViolation[]): AxeViolation[] {
  return v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
}
