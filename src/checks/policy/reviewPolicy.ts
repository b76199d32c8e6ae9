import { z } from 'zod';

/**
 * Review timescales. YJB guidance sets no national deadline and asks for a review whenever the
 * child's circumstances change significantly; the former national standards' 3-monthly review
 * is kept as an overridable default.
 */
export const ReviewPolicySchema = z.strictObject({
  /** Longest gap between reviews (former YJB National Standards: every 3 months). */
  intervalMonths: z.int().min(1).max(12).default(3),
});

/** Review timescales. */
export type ReviewPolicy = z.infer<typeof ReviewPolicySchema>;
