import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../../src/lifecycle/record.js';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.review-interval-too-long';

/**
 * A referral order in delivery as the testing kit builds it, at the enhanced level, its first
 * plan active from 2025-09-24 (3 months later is 2025-12-24) with its review set for 2025-12-18.
 */
const base = withRecord(
  withPlan(
    aCase().referralOrder().assessed({ interventionLevel: 'enhanced' }).active().state(),
    (p) => ({ ...p, nextReviewDate: '2025-12-18' }),
  ),
  (r) => ({ ...r, plans: r.plans.map((v) => ({ ...v, activatedOn: '2025-09-24' })) }),
);

const reviewOn = (nextReviewDate: string) => withPlan(base, (p) => ({ ...p, nextReviewDate }));

/** A day after every review these tests complete. */
const AFTER = { asOf: '2025-12-15' };

describe(RULE, () => {
  it('passes with the review exactly one interval after the plan started', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(findingsOf(reviewOn('2025-12-24'), RULE)).toEqual([]);
  });

  it('flags a review set the day after the interval', () => {
    expect(findingsOf(reviewOn('2025-12-25'), RULE)).toEqual([
      expect.objectContaining({
        path: ['plan', 'nextReviewDate'],
        evidence: {
          nextReviewDate: '2025-12-25',
          planStartedOn: '2025-09-24',
          latest: '2025-12-24',
          intervalMonths: 3,
        },
      }),
    ]);
  });

  it('takes the interval from the review policy', () => {
    expect(
      findingsOf(reviewOn('2025-12-25'), RULE, { policy: { reviews: { intervalMonths: 4 } } }),
    ).toEqual([]);
  });

  const review = (id: string, completedOn: string, nextReviewDate: string): ReviewRecord => ({
    id,
    trigger: 'scheduled',
    triggered: { by: 'pr-sam', on: completedOn },
    outcome: {
      completedOn,
      progress: [],
      parentCarerViews: [],
      decision: 'continue',
      nextReviewDate,
    },
  });
  const reviewed = (...reviews: ReviewRecord[]) => withRecord(base, (r) => ({ ...r, reviews }));

  it('passes when the latest review sets the next one exactly one interval later', () => {
    expect(findingsOf(reviewed(review('rv-1', '2025-11-18', '2026-02-18')), RULE)).toEqual([]);
  });

  it('flags the latest review setting the next one a day past the interval', () => {
    expect(findingsOf(reviewed(review('rv-1', '2025-11-18', '2026-02-19')), RULE, AFTER)).toEqual([
      expect.objectContaining({
        path: ['reviews', 'rv-1', 'outcome', 'nextReviewDate'],
        evidence: {
          reviewId: 'rv-1',
          nextReviewDate: '2026-02-19',
          completedOn: '2025-11-18',
          latest: '2026-02-18',
          intervalMonths: 3,
        },
      }),
    ]);
  });

  it('judges only the latest completed review, by its completion date', () => {
    const late = review('rv-1', '2025-10-20', '2026-06-01');
    const fine = review('rv-2', '2025-11-18', '2026-01-18');
    expect(findingsOf(reviewed(late, fine), RULE, AFTER)).toEqual([]);
    expect(findingsOf(reviewed(fine, late), RULE, AFTER)).toEqual([]);
    const open: ReviewRecord = {
      id: 'rv-3',
      trigger: 'scheduled',
      triggered: { by: 'pr-sam', on: '2025-12-01' },
    };
    expect(findingsOf(reviewed(late, open), RULE, AFTER)).toHaveLength(1);
  });

  it('does not judge a review completed after asOf', () => {
    const late = review('rv-1', '2025-11-18', '2026-06-01');
    expect(findingsOf(reviewed(late), RULE, { asOf: '2025-11-17' })).toEqual([]);
    expect(findingsOf(reviewed(late), RULE, { asOf: '2025-11-18' })).toHaveLength(1);
  });
});
