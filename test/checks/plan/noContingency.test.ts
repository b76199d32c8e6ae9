import { describe, expect, it } from 'vitest';
import { ContingencyPlanSchema } from '../../../src/model/plan.js';
import {
  enhancedReferralOrder,
  findingsOf,
  withAssessment,
  withPlan,
  withReview,
} from './_fixtures.js';

/** A referral order in delivery at the enhanced level (see `_fixtures.ts`). */
const base = enhancedReferralOrder;

const RULE = 'plan.no-contingency';
// The case: risk of serious harm low, safety and wellbeing medium, no contingency plan.

const rated = (riskOfSeriousHarm: string, safetyAndWellbeing = 'medium') =>
  withAssessment(base, (a) => ({
    ...a,
    ratings: { ...a.ratings, riskOfSeriousHarm, safetyAndWellbeing } as never,
  }));

describe(RULE, () => {
  it('passes below both thresholds', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a medium risk of serious harm with no contingency plan', () => {
    const [finding] = findingsOf(rated('medium'), RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'contingency'],
      evidence: { riskOfSeriousHarm: 'medium' },
    });
    expect(finding?.message).toContain('risk of serious harm');
  });

  it('flags a high safety and wellbeing rating with no contingency plan', () => {
    expect(findingsOf(rated('low', 'high'), RULE)[0]?.message).toContain('safety and wellbeing');
  });

  it('reads a review that finds risk has risen: the review’s example', () => {
    // 0.1.0 said nothing: only the assessment's ratings were read.
    const reviewed = withReview(base, {
      completedOn: '2025-09-29',
      ratings: { riskOfSeriousHarm: 'high', safetyAndWellbeing: 'very-high' },
    });
    const [finding] = findingsOf(reviewed, RULE);
    expect(finding).toMatchObject({
      evidence: {
        riskOfSeriousHarm: 'high',
        safetyAndWellbeing: 'very-high',
        reratedAt: { reviewId: 'rv-risk', on: '2025-09-29' },
      },
    });
    expect(finding?.message).toBe(
      'The risk of serious harm (as re-rated at a review) calls for a contingency plan and the plan has none',
    );
  });

  it('passes once the plan has a contingency plan', () => {
    const contingency = ContingencyPlanSchema.parse({
      signs: ['Missing overnight'],
      responses: [{ response: 'Strategy discussion with social care', owner: { kind: 'yos' } }],
    });
    const state = withPlan(rated('very-high', 'very-high'), (p) => ({ ...p, contingency }));
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('takes the thresholds from the policy', () => {
    const policy = { plan: { contingencyFrom: { riskOfSeriousHarm: 'high' as const } } };
    expect(findingsOf(rated('medium'), RULE, { policy })).toEqual([]);
  });
});
