import { z } from 'zod';
import { RatingsSchema, ViewsSchema } from './assessment.js';
import { IsoDateSchema } from './dates.js';
import { ObjectiveProgressSchema } from './delivery.js';
import { IdSchema, TextSchema } from './ids.js';

/** What can trigger a review outside the schedule. */
export const ReviewTriggerSchema = z.enum([
  'scheduled',
  'new-offence',
  'change-in-risk',
  'change-in-safety',
  'significant-change-in-circumstances',
  'change-of-placement-or-accommodation',
  'non-compliance',
  'release-from-custody',
  'end-of-order',
  'request-by-child',
  'request-by-parent-carer',
]);

/** Why a review was triggered. */
export type ReviewTrigger = z.infer<typeof ReviewTriggerSchema>;

/** What a review decided. */
export const ReviewDecisionSchema = z.enum(['continue', 'revise-plan', 'reassess', 'close']);
/** What a review decided. */
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/**
 * The record of a completed review: progress per objective, updated ratings if reassessed, the
 * child's and parents'/carers' views, the decision and the next review date.
 *
 * @example
 * ReviewOutcomeSchema.parse({ completedOn: '2025-06-02', progress: [], decision: 'continue', nextReviewDate: '2025-09-01', parentCarerViews: [] });
 */
export const ReviewOutcomeSchema = z
  .strictObject({
    completedOn: IsoDateSchema,
    progress: z.array(ObjectiveProgressSchema).max(100),
    ratings: RatingsSchema.optional(),
    childViews: ViewsSchema.optional(),
    parentCarerViews: z
      .array(z.strictObject({ personId: IdSchema, views: ViewsSchema }))
      .max(20)
      .default([]),
    decision: ReviewDecisionSchema,
    rationale: TextSchema.optional(),
    nextReviewDate: IsoDateSchema.optional(),
  })
  .refine((r) => r.decision === 'close' || r.nextReviewDate !== undefined, {
    path: ['nextReviewDate'],
    message: 'Set the next review date unless the review closes the case',
  });

/** The record of a completed review. */
export type ReviewOutcome = z.infer<typeof ReviewOutcomeSchema>;
