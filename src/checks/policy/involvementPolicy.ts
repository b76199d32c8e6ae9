import { z } from 'zod';

/** Parent and carer involvement numbers (the involvement issue fills these in). */
export const InvolvementPolicySchema = z.strictObject({});

/** Parent and carer involvement numbers. */
export type InvolvementPolicy = z.infer<typeof InvolvementPolicySchema>;
