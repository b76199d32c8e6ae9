import type { Rule } from '../rule.js';

/** @internal The delivery, compliance and review rules. */
export const deliveryRules: readonly Rule[] = [];
