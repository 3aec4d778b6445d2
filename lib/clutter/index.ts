import type { Candidate, RuleContext } from './types';

/**
 * Runs every registered clutter rule over the document and resolves
 * overlaps. PLACEHOLDER until the rule set lands.
 */
export function detectClutter(_ctx: RuleContext): Candidate[] {
  return [];
}
