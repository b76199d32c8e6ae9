import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { aCase } from '../../../src/testing/index.js';
import { withRecord } from '../plan/_fixtures.js';

const RULE = 'review.risk-rise-not-planned';
const run = (state: CaseState, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/**
 * A referral order assessed at medium likelihood of reoffending and safety and wellbeing and low
 * risk of serious harm, plan v1 active on 24 September 2025.
 */
const inDelivery = aCase({ start: '2025-09-02' })
  .assessed({
    ratings: {
      likelihoodOfReoffending: 'medium',
      safetyAndWellbeing: 'medium',
      riskOfSeriousHarm: 'low',
    },
  })
  .active({ activatedOn: '2025-09-24' });

/** A review after a change in risk, completed on `completedOn`, that re-rates as given. */
const reRated = (completedOn: string, ratings: object) =>
  ({ trigger: 'change-in-risk', completedOn, ratings }) as const;

/**
 * The review's example: the first review (rv-1, 18 November 2025) re-rates the risk of serious
 * harm high and the child's safety and wellbeing very high; the review decides to continue.
 */
const raisedAtFirstReview = inDelivery.reviewed(
  'continue',
  reRated('2025-11-18', { riskOfSeriousHarm: 'high', safetyAndWellbeing: 'very-high' }),
);

describe(RULE, () => {
  it('reports a review that raised risk with no plan revision after it: the review’s example', () => {
    // 0.1.0 had no such check, and its risk rules read only the assessment.
    const [finding, ...rest] = run(raisedAtFirstReview.state(), '2025-12-05');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['reviews', 'rv-1', 'outcome', 'ratings'],
      evidence: {
        reviewId: 'rv-1',
        completedOn: '2025-11-18',
        raised: [
          { rating: 'riskOfSeriousHarm', from: 'low', to: 'high' },
          { rating: 'safetyAndWellbeing', from: 'medium', to: 'very-high' },
        ],
        reviseBy: '2025-11-25',
        workingDays: 5,
      },
    });
    expect(finding?.message).toBe(
      'A review raised the risk of serious harm to high and the safety and wellbeing rating to very high and the plan has not been revised since',
    );
  });

  it('gives the revision the policy’s working days (the last day included)', () => {
    const state = raisedAtFirstReview.state();
    expect(run(state, '2025-11-25')).toEqual([]);
    expect(run(state, '2025-11-26')).toHaveLength(1);
    expect(
      run(state, '2025-11-26', {
        reviews: { riskRiseRevisionWorkingDays: 10 },
      }),
    ).toEqual([]);
  });

  it('passes once a plan version is drafted on or after the review', () => {
    // The next review, on 17 December, revises the plan (version 2 drafted days later).
    const revised = raisedAtFirstReview.reviewed('revise-plan', {
      completedOn: '2025-12-17',
      until: 'drafted',
    });
    expect(run(revised.state(), '2026-01-05')).toEqual([]);
  });

  it('says nothing of a review that re-rated without raising either rating', () => {
    const same = inDelivery.reviewed(
      'continue',
      reRated('2025-10-01', { likelihoodOfReoffending: 'high', safetyAndWellbeing: 'low' }),
    );
    expect(run(same.state(), '2025-12-01')).toEqual([]);
  });

  it('compares a review with the ratings in force before it, an earlier review’s included', () => {
    const again = inDelivery
      .reviewed('continue', reRated('2025-10-01', { riskOfSeriousHarm: 'high' }))
      .reviewed('continue', reRated('2025-10-08', { riskOfSeriousHarm: 'high' }));
    expect(run(again.state(), '2025-12-01').map((f) => f.path[1])).toEqual(['rv-1']);
  });

  it('ignores a review completed after the date judged at', () => {
    const later = inDelivery.reviewed(
      'continue',
      reRated('2025-12-01', { riskOfSeriousHarm: 'high' }),
    );
    expect(run(later.state(), '2025-11-30')).toEqual([]);
  });

  it('judges a closed case up to its closure', () => {
    const closed = withRecord(raisedAtFirstReview.state(), (r) => ({
      ...r,
      closure: { by: 'pr-sam', on: '2025-11-20', reason: 'other' },
    }));
    expect(run(closed, '2026-06-01')).toEqual([]);
  });

  it('judges a transferred case up to its transfer', () => {
    // transferred to another service the day after the review, before the revision was due
    const transferred = raisedAtFirstReview.transferred().state();
    expect(transferred.record.transfer?.on).toBe('2025-11-19');
    expect(run(transferred, '2026-06-01')).toEqual([]);
  });
});
