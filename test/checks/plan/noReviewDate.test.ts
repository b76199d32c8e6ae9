import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withPlan } from './_fixtures.js';

const RULE = 'plan.no-review-date';

describe(RULE, () => {
  it('passes when the plan sets its next review date', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
  });

  it('flags a plan with no review date', () => {
    const state = withPlan(kai, (p) => ({ ...p, nextReviewDate: undefined }));
    expect(findingsOf(state, RULE)).toEqual([
      expect.objectContaining({ path: ['plan', 'nextReviewDate'], evidence: { planVersion: 1 } }),
    ]);
  });
});
