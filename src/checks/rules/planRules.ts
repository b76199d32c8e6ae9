import type { Rule } from '../rule.js';

/** @internal The plan rules: disposal and law, proportionality, plan quality. */
export const planRules: readonly Rule[] = [];
