import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withPlan } from './_fixtures.js';

const RULE = 'plan.review-interval-too-long';
// Kai's first plan became active on 2025-09-24: 3 months later is 2025-12-24.

const reviewOn = (nextReviewDate: string) => withPlan(kai, (p) => ({ ...p, nextReviewDate }));

describe(RULE, () => {
  it('passes with the review exactly one interval after the plan started', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
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
});
