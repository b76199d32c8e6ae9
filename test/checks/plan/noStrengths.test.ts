import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withAssessment, withPlan } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'plan.no-strengths';

const noneBuilding = withPlan(base, (p) => ({
  ...p,
  objectives: p.objectives.map((o) => ({ ...o, addresses: { ...o.addresses, strengthIds: [] } })),
}));

describe(RULE, () => {
  it('passes when at least one objective builds on a strength', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a plan where no objective builds on an assessed strength', () => {
    const [finding] = findingsOf(noneBuilding, RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'objectives'],
      evidence: { strengthsAssessed: 2, objectivesBuildingOnStrengths: 0 },
    });
  });

  it('says when the assessment records no strengths to build on', () => {
    const state = withAssessment(noneBuilding, (a) => ({ ...a, strengths: [] }));
    expect(findingsOf(state, RULE)[0]?.message).toContain('assessment records no strengths');
  });
});
