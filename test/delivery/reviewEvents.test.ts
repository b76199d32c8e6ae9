import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { objectiveNow } from '../../src/lifecycle/derive.js';
import { allowedEvents } from '../../src/lifecycle/reducer.js';
import { isChangeTrigger, type ReviewOutcomeSchema } from '../../src/model/review.js';
import { aCase } from '../../src/testing/index.js';
import { add, tryAdd } from './fixtures.js';

/** A referral order in delivery as the testing kit builds it, with the mother `pc-mum` and the objective `o-ete`. */
const inDelivery = () =>
  aCase()
    .parentCarers([{ id: 'pc-mum' }])
    .referralOrder()
    .active()
    .state();

type OutcomeInput = z.input<typeof ReviewOutcomeSchema>;

const inReview = () =>
  add(inDelivery(), 'review.triggered', '2025-11-10', {
    reviewId: 'rv-1',
    on: '2025-11-10',
    trigger: 'change-in-risk',
  });

describe('a further trigger recorded while a review is open', () => {
  const twoOpen = () =>
    add(inReview(), 'review.triggered', '2025-11-12', {
      reviewId: 'rv-2',
      on: '2025-11-12',
      trigger: 'new-offence',
    });

  it('is answered from delivery once the first review is completed, staying in delivery', () => {
    const back = add(twoOpen(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome(),
    });
    expect(back.stage).toBe('delivery');
    expect(allowedEvents(back)).toContain('review.completed');
    const answered = add(back, 'review.completed', '2025-11-19', {
      reviewId: 'rv-2',
      outcome: outcome({ completedOn: '2025-11-19' }),
    });
    expect(answered.machineState).toEqual(back.machineState);
    expect(answered.record.reviews.every((r) => r.outcome !== undefined)).toBe(true);
    expect(allowedEvents(answered)).not.toContain('review.completed');
  });

  it('can lead from delivery to a revised plan, as from the review stage', () => {
    const back = add(twoOpen(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome(),
    });
    const revising = add(back, 'review.completed', '2025-11-19', {
      reviewId: 'rv-2',
      outcome: outcome({ completedOn: '2025-11-19', decision: 'revise-plan' }),
    });
    expect(revising.machineState).toEqual({ planning: 'drafting' });
  });

  it('is answered by a closing decision once the first review decided to close', () => {
    const closing = add(twoOpen(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({ decision: 'close', nextReviewDate: undefined }),
    });
    expect(closing.stage).toBe('closing');
    const continuing = tryAdd(closing, 'review.completed', '2025-11-19', {
      reviewId: 'rv-2',
      outcome: outcome({ completedOn: '2025-11-19' }),
    });
    expect(continuing.ok ? undefined : continuing.error.code).toBe('event_not_allowed');
    const answered = add(closing, 'review.completed', '2025-11-19', {
      reviewId: 'rv-2',
      outcome: outcome({ completedOn: '2025-11-19', decision: 'close', nextReviewDate: undefined }),
    });
    expect(answered.stage).toBe('closing');
    expect(answered.record.reviews.every((r) => r.outcome !== undefined)).toBe(true);
  });

  it('is refused in delivery when no review is open, leaving the case as it was', () => {
    const state = inDelivery();
    const before = JSON.stringify(state);
    const r = tryAdd(state, 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome(),
    });
    expect(r.ok ? undefined : r.error.code).toBe('reference_not_found');
    expect(allowedEvents(state)).not.toContain('review.completed');
    expect(JSON.stringify(state)).toBe(before);
  });
});

const outcome = (over: Partial<OutcomeInput> = {}): OutcomeInput => ({
  completedOn: '2025-11-18',
  progress: [
    {
      objectiveId: 'o-ete',
      on: '2025-11-18',
      achievement: 'improving',
      evidence: 'Started at the PRU',
    },
  ],
  childViews: { inOwnWords: 'It’s going alright', givenOn: '2025-11-18' },
  parentCarerViews: [
    { personId: 'pc-mum', views: { inOwnWords: 'Better', givenOn: '2025-11-18' } },
  ],
  ratings: {
    likelihoodOfReoffending: 'medium',
    safetyAndWellbeing: 'high',
    riskOfSeriousHarm: 'low',
  },
  decision: 'continue',
  nextReviewDate: '2026-02-18',
  ...over,
});

describe('review.triggered', () => {
  it('refuses a due date before the trigger', () => {
    const r = tryAdd(inDelivery(), 'review.triggered', '2025-11-10', {
      reviewId: 'rv-1',
      on: '2025-11-10',
      trigger: 'new-offence',
      dueBy: '2025-11-07',
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'dueBy']);
  });

  it('tells scheduled triggers from changes', () => {
    expect(isChangeTrigger('change-of-placement-or-accommodation')).toBe(true);
    expect(isChangeTrigger('request-by-parent-carer')).toBe(true);
    expect(isChangeTrigger('end-of-order')).toBe(false);
    expect(isChangeTrigger('release-from-custody')).toBe(false);
  });
  it('records a further trigger during an open review without moving the stage', () => {
    const state = add(inReview(), 'review.triggered', '2025-11-12', {
      reviewId: 'rv-2',
      on: '2025-11-12',
      trigger: 'new-offence',
    });
    expect(state.stage).toBe('review');
    expect(state.record.reviews.map((r) => [r.id, r.trigger])).toEqual([
      ['rv-1', 'change-in-risk'],
      ['rv-2', 'new-offence'],
    ]);
    const completed = add(state, 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome(),
    });
    expect(completed.stage).toBe('delivery');
  });

  it('records a new offence during a plan revision as a trigger, without leaving planning', () => {
    const replanning = aCase().reviewed('revise-plan', { until: 'drafted' }).state();
    const state = add(replanning, 'review.triggered', '2025-12-20', {
      reviewId: 'rv-new',
      on: '2025-12-20',
      trigger: 'new-offence',
    });
    expect(state.stage).toBe('planning');
    expect(state.record.reviews.at(-1)).toMatchObject({ id: 'rv-new', trigger: 'new-offence' });
  });

  it('refuses a trigger before the case is assessed or once the closing review has decided', () => {
    for (const state of [aCase().state(), aCase().closed().state()]) {
      const r = tryAdd(state, 'review.triggered', '2026-03-30', {
        reviewId: 'rv-late',
        on: '2026-03-30',
        trigger: 'new-offence',
      });
      expect(!r.ok && r.error.code).toBe('event_not_allowed');
      expect(!r.ok && r.error.issues[0]?.path).toEqual(['type']);
    }
  });
});

describe('review.completed', () => {
  it('records progress, ratings, views, the decision and the next date, and returns to delivery', () => {
    const state = add(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome(),
    });
    expect(state.stage).toBe('delivery');
    expect(state.record.reviews[0]?.outcome).toMatchObject({
      decision: 'continue',
      nextReviewDate: '2026-02-18',
      ratings: { safetyAndWellbeing: 'high' },
    });
  });

  it('updates each objective’s achievement from the progress recorded at the review', () => {
    const state = add(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome(),
    });
    expect(objectiveNow(state.record, 1, 'o-ete')?.achievement).toBe('improving');
    expect(state.record.objectiveUpdates.at(-1)?.progress?.evidence).toBe('Started at the PRU');
  });

  it('refuses progress on an objective the active plan does not hold', () => {
    const r = tryAdd(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({
        progress: [{ objectiveId: 'o-housing', on: '2025-11-18', achievement: 'achieved' }],
      }),
    });
    expect(!r.ok && r.error.code).toBe('reference_not_found');
    expect(!r.ok && r.error.issues[0]?.path).toEqual([
      'payload',
      'outcome',
      'progress',
      0,
      'objectiveId',
    ]);
  });

  it('refuses two progress entries for the same objective', () => {
    const twice = { objectiveId: 'o-ete', on: '2025-11-18', achievement: 'improving' } as const;
    const r = tryAdd(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({ progress: [twice, twice] }),
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual([
      'payload',
      'outcome',
      'progress',
      1,
      'objectiveId',
    ]);
  });

  it('refuses a next review date on or before the review', () => {
    const r = tryAdd(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({ nextReviewDate: '2025-11-18' }),
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'outcome', 'nextReviewDate']);
  });

  it('takes a review completed on the day it was triggered, and refuses one completed before', () => {
    const state = inReview(); // triggered on 2025-11-10
    const sameDay = add(state, 'review.completed', '2025-11-10', {
      reviewId: 'rv-1',
      outcome: outcome({ completedOn: '2025-11-10', progress: [] }),
    });
    expect(sameDay.stage).toBe('delivery');
    const before = JSON.stringify(state);
    const r = tryAdd(state, 'review.completed', '2025-11-10', {
      reviewId: 'rv-1',
      outcome: outcome({ completedOn: '2025-11-09', progress: [] }),
    });
    expect(!r.ok && r.error.code).toBe('conflicting_record');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'outcome', 'completedOn']);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('takes progress dated on the day of the review, and refuses progress dated after it', () => {
    const progress = (on: string) => [
      { objectiveId: 'o-ete', on, achievement: 'improving' as const },
    ];
    expect(
      add(inReview(), 'review.completed', '2025-11-18', {
        reviewId: 'rv-1',
        outcome: outcome({ progress: progress('2025-11-18') }),
      }).record.objectiveUpdates.at(-1)?.on,
    ).toBe('2025-11-18');
    const state = inReview();
    const r = tryAdd(state, 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({ progress: progress('2025-11-19') }),
    });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'outcome', 'progress', 0, 'on']);
    expect(state.record.reviews[0]?.outcome).toBeUndefined();
  });

  it('takes a next review date the day after the review', () => {
    const state = add(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({ nextReviewDate: '2025-11-19' }),
    });
    expect(state.record.reviews[0]?.outcome?.nextReviewDate).toBe('2025-11-19');
  });

  it('needs a next review date unless the review closes the case', () => {
    const { nextReviewDate: _omit, ...withoutDate } = outcome();
    const r = tryAdd(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: withoutDate,
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'outcome', 'nextReviewDate']);
    const closes = add(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: { ...withoutDate, decision: 'close' },
    });
    expect(closes.stage).toBe('closing');
  });

  it('refuses views from a parent/carer the case does not hold', () => {
    const r = tryAdd(inReview(), 'review.completed', '2025-11-18', {
      reviewId: 'rv-1',
      outcome: outcome({
        parentCarerViews: [
          { personId: 'pc-aunt', views: { inOwnWords: 'Fine', givenOn: '2025-11-18' } },
        ],
      }),
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual([
      'payload',
      'outcome',
      'parentCarerViews',
      0,
      'personId',
    ]);
  });

  it('refuses to complete a review twice', () => {
    const done = aCase().reviewed().state(); // rv-1 completed on 2025-12-13
    const reopened = add(done, 'review.triggered', '2025-12-20', {
      reviewId: 'rv-2',
      on: '2025-12-20',
      trigger: 'request-by-child',
    });
    const r = tryAdd(reopened, 'review.completed', '2025-12-21', {
      reviewId: 'rv-1',
      outcome: outcome({ completedOn: '2025-12-21' }),
    });
    expect(!r.ok && r.error.code).toBe('reference_not_found');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'reviewId']);
  });
});
