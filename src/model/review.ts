import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { InterventionLevelSchema, RatingsSchema, ViewsSchema } from './assessment.js';
import { IsoDateSchema } from './dates.js';
import { ObjectiveProgressSchema } from './delivery.js';
import { IdSchema, TextSchema } from './ids.js';

/**
 * Why a review is held: on the schedule (`scheduled`, `end-of-order`, `release-from-custody`,
 * all foreseeable from the disposal and the policy), or because something significant changed.
 *
 * @example
 * ReviewTriggerSchema.parse('change-of-placement-or-accommodation');
 */
export const ReviewTriggerSchema = z.enum([
  'scheduled',
  'new-offence',
  'change-in-risk',
  'change-in-safety',
  'significant-change-in-circumstances',
  'change-of-placement-or-accommodation',
  'non-compliance',
  /** A new order: the sentence after bail or remand, a resentence, or a further order. */
  'new-order',
  'release-from-custody',
  'end-of-order',
  'request-by-child',
  'request-by-parent-carer',
]);

/**
 * Why a review was triggered.
 *
 * @example
 * const t: ReviewTrigger = 'new-offence';
 */
export type ReviewTrigger = Immutable<z.infer<typeof ReviewTriggerSchema>>;

/**
 * The triggers that belong to the review schedule: the 3-monthly (or panel) review, the review
 * before release from custody, and the end-of-order review. Every other trigger is a change
 * that calls for a review within the policy's working days.
 *
 * @example
 * SCHEDULED_REVIEW_TRIGGERS.includes('end-of-order'); // true
 */
export const SCHEDULED_REVIEW_TRIGGERS = [
  'scheduled',
  'release-from-custody',
  'end-of-order',
] as const;

/**
 * Whether a trigger is a change in the child's life or case (new offence, change in risk or
 * safety, change of placement, non-compliance, a request) rather than the schedule.
 *
 * @example
 * isChangeTrigger('request-by-child'); // true
 * isChangeTrigger('scheduled');        // false
 */
export function isChangeTrigger(trigger: ReviewTrigger): boolean {
  return !(SCHEDULED_REVIEW_TRIGGERS as readonly string[]).includes(trigger);
}

/**
 * What a review decided: carry on with the plan, revise it, reassess, or close the case.
 *
 * @example
 * ReviewDecisionSchema.parse('revise-plan');
 */
export const ReviewDecisionSchema = z.enum(['continue', 'revise-plan', 'reassess', 'close']);

/**
 * What a review decided.
 *
 * @example
 * const d: ReviewDecision = 'continue';
 */
export type ReviewDecision = Immutable<z.infer<typeof ReviewDecisionSchema>>;

/**
 * The record of a completed review: progress per objective (at most one entry each), updated
 * ratings and intervention level if re-rated, the child's and parents'/carers' views, the decision and the next
 * review date (after the review, and required unless the review closes the case).
 *
 * @example
 * ReviewOutcomeSchema.parse({ completedOn: '2025-06-02', progress: [], decision: 'continue', nextReviewDate: '2025-09-01', parentCarerViews: [] });
 */
export const ReviewOutcomeSchema = z
  .strictObject({
    completedOn: IsoDateSchema,
    progress: z.array(ObjectiveProgressSchema).max(100),
    /** The ratings as the review re-rated them; the checks read the newest ratings. */
    ratings: RatingsSchema.optional(),
    /** The intervention level the review set, where it set one (else the assessment's stands). */
    interventionLevel: InterventionLevelSchema.optional(),
    /** Why the level differs from the one the ratings suggest, where it does. */
    interventionLevelRationale: TextSchema.optional(),
    childViews: ViewsSchema.optional(),
    parentCarerViews: z
      .array(z.strictObject({ personId: IdSchema, views: ViewsSchema }))
      .max(20)
      .default([]),
    decision: ReviewDecisionSchema,
    rationale: TextSchema.optional(),
    nextReviewDate: IsoDateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.decision !== 'close' && r.nextReviewDate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDate'],
        message: 'Set the next review date unless the review closes the case',
      });
    }
    if (r.nextReviewDate !== undefined && r.nextReviewDate <= r.completedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDate'],
        message: 'The next review date must be after the review',
      });
    }
    const seen = new Set<string>();
    r.progress.forEach((p, i) => {
      if (seen.has(p.objectiveId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['progress', i, 'objectiveId'],
          message: 'Record progress once per objective',
        });
      }
      seen.add(p.objectiveId);
    });
  });

/**
 * The record of a completed review.
 *
 * @example
 * const closes = (o: ReviewOutcome) => o.decision === 'close';
 */
export type ReviewOutcome = Immutable<z.infer<typeof ReviewOutcomeSchema>>;
