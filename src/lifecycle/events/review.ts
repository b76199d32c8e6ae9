import { z } from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { ReviewOutcomeSchema, ReviewTriggerSchema } from '../../model/review.js';
import { conflict, defineEvent, missing } from '../defineEvent.js';

/** `review.triggered`: a review starts, scheduled or because something changed. */
export const reviewTriggered = defineEvent({
  type: 'review.triggered',
  description: 'A review of the plan begins: scheduled, or triggered by a change.',
  payload: z.strictObject({
    reviewId: IdSchema,
    on: IsoDateSchema,
    trigger: ReviewTriggerSchema,
    dueBy: IsoDateSchema.optional(),
    detail: TextSchema.optional(),
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

/** `review.completed`: the review's outcome; its decision moves the case on. */
export const reviewCompleted = defineEvent({
  type: 'review.completed',
  description:
    'A review is completed: progress per objective, ratings if reassessed, views, the decision and the next review date.',
  payload: z.strictObject({ reviewId: IdSchema, outcome: ReviewOutcomeSchema }),
  check: (record, { payload }) => {
    const review = record.reviews.find((r) => r.id === payload.reviewId);
    return review && review.outcome === undefined
      ? []
      : [missing(['reviewId'], 'No open review with this id')];
  },
  apply: (record, { payload, by }) => ({
    ...record,
    reviews: record.reviews.map((r) =>
      r.id === payload.reviewId ? { ...r, outcome: payload.outcome, completedBy: by } : r,
    ),
  }),
  summary: ({ payload }) => `Review completed: ${payload.outcome.decision}`,
});

/** @internal The review events. */
export const reviewEvents = [reviewTriggered, reviewCompleted] as const;
