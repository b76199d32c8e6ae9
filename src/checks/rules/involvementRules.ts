import type { Rule } from '../rule.js';

/** @internal The parent and carer involvement rules. */
export const involvementRules: readonly Rule[] = [];
