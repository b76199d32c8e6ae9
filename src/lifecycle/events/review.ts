import * as z from 'zod';
import { addDays } from '../../_lib/calendar.js';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import {
  type ReviewDecision,
  ReviewOutcomeSchema,
  ReviewTriggerSchema,
} from '../../model/review.js';
import {
  conflict,
  defineEvent,
  type Guard,
  type Move,
  missing,
  type ReferenceIssue,
} from '../defineEvent.js';
import { activePlan } from '../derive.js';
import type { CaseRecord, ObjectiveUpdate } from '../record.js';
import { SUPERVISION_STAGES } from '../stages.js';

/**
 * @internal `review.triggered`: a review starts, on the schedule or because something changed. `dueBy`
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
  moves: [{ from: 'delivery', to: 'review' }, ...SUPERVISION_STAGES.map((from) => ({ from }))],
  check: (record, { payload }) =>
    record.reviews.some((r) => r.id === payload.reviewId)
      ? [conflict(['reviewId'], 'A review with this id already exists')]
      : [],
  apply: (draft, { payload, by }) => {
    draft.reviews.push({
      id: payload.reviewId,
      trigger: payload.trigger,
      triggered: { by, on: payload.on },
      ...(payload.dueBy !== undefined && { dueBy: payload.dueBy }),
      ...(payload.detail !== undefined && { detail: payload.detail }),
    });
  },
  summary: ({ payload }) => `Review triggered (${payload.trigger})`,
  sample: (_record, { on, newId, choice }) => ({
    reviewId: newId('rv'),
    on,
    trigger: (choice.trigger ?? 'scheduled') as z.input<typeof ReviewTriggerSchema>,
    dueBy: addDays(on, 14),
  }),
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

const DECISIONS: readonly ReviewDecision[] = ['continue', 'revise-plan', 'reassess', 'close'];

const DECIDED = new Map(
  DECISIONS.map((decision): [ReviewDecision, Guard<ReviewDecision | undefined>] => [
    decision,
    {
      name: `decided${decision.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`,
      test: (d) => d === decision,
    },
  ]),
);
const decided = (decision: ReviewDecision) =>
  DECIDED.get(decision) as Guard<ReviewDecision | undefined>;

/**
 * Where a completed review takes the case, by its decision: on with delivery, to a revised plan,
 * a reassessment, or closure. From the review stage "continue" returns to delivery; in delivery
 * (a review triggered while another was open, completed once the case is back there) it is
 * recorded and delivery goes on, so no trigger is ever left without a way to be answered. A
 * trigger still open when the closing review decided is answered by closing too.
 */
const completionMoves = (): Move<ReviewDecision | undefined>[] => [
  ...(['review', 'delivery'] as const).flatMap((from) => [
    from === 'review'
      ? { from, to: 'delivery', guard: decided('continue') }
      : { from, guard: decided('continue') },
    { from, to: 'planning.drafting', guard: decided('revise-plan') },
    { from, to: 'assessment.inProgress', guard: decided('reassess') },
    { from, to: 'closing', guard: decided('close') },
  ]),
  { from: 'closing', guard: decided('close') },
];

/**
 * @internal `review.completed`: the review's outcome (progress per objective, ratings if reassessed, the
 * views of the child and parents/carers, the decision and the next review date). The progress
 * updates the objectives' achievement; the decision moves the case on.
 */
export const reviewCompleted = defineEvent({
  type: 'review.completed',
  offeredWhen: (record) => record.reviews.some((r) => r.outcome === undefined),
  description:
    'A review is completed: progress per objective, ratings if reassessed, views, the decision and the next review date.',
  payload: ReviewCompletedPayloadSchema,
  moves: completionMoves(),
  fact: {
    of: (_record, payload) => payload?.outcome.decision,
    offered: () => DECISIONS,
    values: DECISIONS,
    choose: (decision) => (decision === undefined ? {} : { decision }),
  },
  pending: (record) => record.reviews.filter((r) => r.outcome === undefined).length,
  check: (record, { payload }) => completedReferences(record, payload),
  apply: (draft, { payload, by }) => {
    const review = draft.reviews.find((r) => r.id === payload.reviewId);
    if (review) {
      review.outcome = payload.outcome;
      review.completedBy = by;
    }
    draft.objectiveUpdates.push(...progressUpdates(draft, payload, by));
  },
  summary: ({ payload }) => `Review completed: ${payload.outcome.decision}`,
  sample: (record, { on, choice, content }) => {
    const decision = choice.decision ?? 'continue';
    const objective = activePlan(record)?.plan.objectives[0];
    return {
      reviewId: record.reviews.find((r) => r.outcome === undefined)?.id ?? 'rv-1',
      outcome: {
        completedOn: on,
        progress: objective
          ? [{ objectiveId: objective.id, on, achievement: 'in-progress' as const }]
          : [],
        childViews: { inOwnWords: content.text('it is fine'), givenOn: on },
        decision,
        ...(decision !== 'close' && { nextReviewDate: addDays(on, 90) }),
      },
    };
  },
});

/** @internal The review events. */
export const reviewEvents = [reviewTriggered, reviewCompleted] as const;
