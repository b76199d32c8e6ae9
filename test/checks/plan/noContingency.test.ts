import { describe, expect, it } from 'vitest';
import { ContingencyPlanSchema } from '../../../src/model/plan.js';
import { findingsOf, kai, withAssessment, withPlan } from './_fixtures.js';

const RULE = 'plan.no-contingency';
// Kai: risk of serious harm low, safety and wellbeing medium, no contingency plan.

const rated = (riskOfSeriousHarm: string, safetyAndWellbeing = 'medium') =>
  withAssessment(kai, (a) => ({
    ...a,
    ratings: { ...a.ratings, riskOfSeriousHarm, safetyAndWellbeing } as never,
  }));

describe(RULE, () => {
  it('passes below both thresholds', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
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
