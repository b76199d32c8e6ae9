import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withPlan } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'plan.no-review-date';

describe(RULE, () => {
  it('passes when the plan sets its next review date', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a plan with no review date', () => {
    const state = withPlan(base, (p) => ({ ...p, nextReviewDate: undefined }));
    expect(findingsOf(state, RULE)).toEqual([
      expect.objectContaining({ path: ['plan', 'nextReviewDate'], evidence: { planVersion: 1 } }),
    ]);
  });
});
