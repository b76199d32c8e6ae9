import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { ReviewOutcomeSchema, ReviewTriggerSchema } from '../../model/review.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import { activePlan } from '../derive.js';
import type { CaseRecord, ObjectiveUpdate } from '../record.js';

/**
 * `review.triggered`: a review starts, on the schedule or because something changed. `dueBy`
 * is optional: without it the review schedule applies the policy's working days. Recorded
 * during a review, a plan revision or an assessment, it is a further trigger (its own review
 * record) and the stage stays; only in delivery does it start a review.
 */
export const reviewTriggered = defineEvent({
  type: 'review.triggered',
  description: 'A review of the plan begins: scheduled, or triggered by a change.',
  payload: z
    .strictObject({
      reviewId: IdSchema,
      on: IsoDateSchema,
      trigger: ReviewTriggerSchema,
      dueBy: IsoDateSchema.optional(),
      detail: TextSchema.optional(),
    })
    .refine((p) => p.dueBy === undefined || p.dueBy >= p.on, {
      path: ['dueBy'],
      message: 'A review cannot be due before it is triggered',
    }),
  check: (record, { payload }) =>
    record.reviews.some((r) => r.id === payload.reviewId)
      ? [conflict(['reviewId'], 'A review with this id already exists')]
      : [],
  apply: (record, { payload, by }) => ({
    ...record,
    reviews: [
      ...record.reviews,
      {
        id: payload.reviewId,
        trigger: payload.trigger,
        triggered: { by, on: payload.on },
        ...(payload.dueBy !== undefined && { dueBy: payload.dueBy }),
        ...(payload.detail !== undefined && { detail: payload.detail }),
      },
    ],
  }),
  summary: ({ payload }) => `Review triggered (${payload.trigger})`,
});

/** Progress is judged at the review, so none of it can be dated after the review's completion. */
const ReviewCompletedPayloadSchema = z
  .strictObject({ reviewId: IdSchema, outcome: ReviewOutcomeSchema })
  .superRefine(({ outcome }, ctx) => {
    outcome.progress.forEach((progress, i) => {
      if (progress.on > outcome.completedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcome', 'progress', i, 'on'],
          message: 'Progress judged at a review cannot be dated after the review was completed',
        });
      }
    });
  });
type ReviewCompletedPayload = z.output<typeof ReviewCompletedPayloadSchema>;

/**
 * The review must be open and completed no earlier than it was triggered, and its progress and
 * views must name what the case holds.
 */
function completedReferences(record: CaseRecord, p: ReviewCompletedPayload): ReferenceIssue[] {
  const review = record.reviews.find((r) => r.id === p.reviewId);
  const issues: ReferenceIssue[] = [];
  if (review === undefined || review.outcome !== undefined) {
    issues.push(missing(['reviewId'], 'No open review with this id'));
  } else if (p.outcome.completedOn < review.triggered.on) {
    issues.push(
      conflict(['outcome', 'completedOn'], 'A review cannot be completed before it was triggered'),
    );
  }
  const objectiveIds = new Set(activePlan(record)?.plan.objectives.map((o) => o.id));
  p.outcome.progress.forEach((progress, i) => {
    if (!objectiveIds.has(progress.objectiveId)) {
      issues.push(
        missing(
          ['outcome', 'progress', i, 'objectiveId'],
          'The active plan has no objective with this id',
        ),
      );
    }
  });
  p.outcome.parentCarerViews.forEach((v, i) => {
    if (!record.people.some((person) => person.id === v.personId)) {
      issues.push(
        missing(
          ['outcome', 'parentCarerViews', i, 'personId'],
          'No parent/carer in the case has this id',
        ),
      );
    }
  });
  return issues;
}

/** Progress judged at a review becomes the objectives' achievement, as if recorded one by one. */
function progressUpdates(record: CaseRecord, p: ReviewCompletedPayload, by: string) {
  const planVersion = activePlan(record)?.version ?? 0;
  return p.outcome.progress.map(
    (progress): ObjectiveUpdate => ({
      objectiveId: progress.objectiveId,
      planVersion,
      by,
      on: progress.on,
      progress,
    }),
  );
}

/**
 * `review.completed`: the review's outcome (progress per objective, ratings if reassessed, the
 * views of the child and parents/carers, the decision and the next review date). The progress
 * updates the objectives' achievement; the decision moves the case on.
 */
export const reviewCompleted = defineEvent({
  type: 'review.completed',
  offeredWhen: (record) => record.reviews.some((r) => r.outcome === undefined),
  description:
    'A review is completed: progress per objective, ratings if reassessed, views, the decision and the next review date.',
  payload: ReviewCompletedPayloadSchema,
  check: (record, { payload }) => completedReferences(record, payload),
  apply: (record, { payload, by }) => ({
    ...record,
    reviews: record.reviews.map((r) =>
      r.id === payload.reviewId ? { ...r, outcome: payload.outcome, completedBy: by } : r,
    ),
    objectiveUpdates:
      payload.outcome.progress.length === 0
        ? record.objectiveUpdates
        : [...record.objectiveUpdates, ...progressUpdates(record, payload, by)],
  }),
  summary: ({ payload }) => `Review completed: ${payload.outcome.decision}`,
});

/** @internal The review events. */
export const reviewEvents = [reviewTriggered, reviewCompleted] as const;
