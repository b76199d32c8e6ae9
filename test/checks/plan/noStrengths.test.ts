import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withAssessment, withPlan } from './_fixtures.js';

const RULE = 'plan.no-strengths';

const noneBuilding = withPlan(kai, (p) => ({
  ...p,
  objectives: p.objectives.map((o) => ({ ...o, addresses: { ...o.addresses, strengthIds: [] } })),
}));

describe(RULE, () => {
  it('passes when at least one objective builds on a strength', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
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
