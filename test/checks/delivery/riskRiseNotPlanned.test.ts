import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { replay } from '../../../src/lifecycle/replay.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { workedExampleEvents } from '../../../src/testing/index.js';
import { withRecord, withReview } from '../plan/_fixtures.js';

const RULE = 'review.risk-rise-not-planned';
const run = (state: CaseState, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/** Kai's case up to and including `day`. */
const kaiUpTo = (day: string) =>
  replay(workedExampleEvents().filter((e) => e.at.slice(0, 10) <= day));

/**
 * The review's example: Kai's first review (18 November 2025) re-rates the risk of serious harm
 * high and his safety and wellbeing very high; the review decides to continue.
 */
const raisedAtFirstReview = (day: string) => {
  const events = workedExampleEvents()
    .filter((e) => e.at.slice(0, 10) <= day)
    .map((e) =>
      e.type === 'review.completed' && e.payload.reviewId === 'rv-1'
        ? {
            ...e,
            payload: {
              ...e.payload,
              outcome: {
                ...e.payload.outcome,
                ratings: {
                  likelihoodOfReoffending: 'medium' as const,
                  safetyAndWellbeing: 'very-high' as const,
                  riskOfSeriousHarm: 'high' as const,
                },
              },
            },
          }
        : e,
    );
  return replay(events);
};

describe(RULE, () => {
  it('reports a review that raised risk with no plan revision after it: the review’s example', () => {
    // 0.1.0 had no such check, and its risk rules read only the assessment.
    const [finding, ...rest] = run(raisedAtFirstReview('2025-12-05'), '2025-12-05');
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
    expect(run(raisedAtFirstReview('2025-11-25'), '2025-11-25')).toEqual([]);
    expect(run(raisedAtFirstReview('2025-11-26'), '2025-11-26')).toHaveLength(1);
    expect(
      run(raisedAtFirstReview('2025-11-26'), '2025-11-26', {
        reviews: { riskRiseRevisionWorkingDays: 10 },
      }),
    ).toEqual([]);
  });

  it('passes once a plan version is drafted on or after the review', () => {
    // The worked example revises the plan on 19 December (version 2).
    expect(run(raisedAtFirstReview('2025-12-19'), '2025-12-19')).toEqual([]);
  });

  it('says nothing of a review that re-rated without raising either rating', () => {
    const same = withReview(kaiUpTo('2025-10-01'), {
      completedOn: '2025-10-01',
      ratings: { likelihoodOfReoffending: 'high', safetyAndWellbeing: 'low' },
    });
    expect(run(same, '2025-12-01')).toEqual([]);
  });

  it('compares a review with the ratings in force before it, an earlier review’s included', () => {
    const first = withReview(kaiUpTo('2025-10-01'), {
      id: 'rv-a',
      completedOn: '2025-10-01',
      ratings: { riskOfSeriousHarm: 'high' },
      decision: 'revise-plan',
    });
    const again = withReview(first, {
      id: 'rv-b',
      completedOn: '2025-10-08',
      ratings: { riskOfSeriousHarm: 'high' },
    });
    expect(run(again, '2025-12-01').map((f) => f.path[1])).toEqual(['rv-a']);
  });

  it('ignores a review completed after the date judged at', () => {
    const later = withReview(kaiUpTo('2025-10-01'), {
      completedOn: '2025-12-01',
      ratings: { riskOfSeriousHarm: 'high' },
    });
    expect(run(later, '2025-11-30')).toEqual([]);
  });

  it('judges a closed case up to its closure', () => {
    const closed = withRecord(raisedAtFirstReview('2025-12-05'), (r) => ({
      ...r,
      closure: { by: 'pr-sam', on: '2025-11-20', reason: 'transferred-out' },
    }));
    expect(run(closed, '2026-06-01')).toEqual([]);
  });
});
