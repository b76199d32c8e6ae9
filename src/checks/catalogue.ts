import type { Rule } from './rule.js';
import { agencyRules } from './rules/agencyRules.js';
import { deliveryRules } from './rules/deliveryRules.js';
import { involvementRules } from './rules/involvementRules.js';
import { planRules } from './rules/planRules.js';

/** @internal Every rule, in catalogue order. */
export const RULES: readonly Rule[] = [
  ...planRules,
  ...involvementRules,
  ...deliveryRules,
  ...agencyRules,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** @internal The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/**
 * Every rule id, in catalogue order (stable ids: part of the public API).
 *
 * @example
 * RULE_IDS.includes('plan.front-loaded'); // true
 */
export function ruleIds(): string[] {
  return RULES.map((r) => r.id);
}
