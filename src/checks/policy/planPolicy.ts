import { z } from 'zod';

/** Plan proportionality and quality numbers (the plan checks issue fills these in). */
export const PlanPolicySchema = z.strictObject({});

/** Plan proportionality and quality numbers. */
export type PlanPolicy = z.infer<typeof PlanPolicySchema>;
