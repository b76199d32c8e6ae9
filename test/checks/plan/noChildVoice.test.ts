import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withAssessment, withObjective, withPlan } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'plan.no-child-voice';

const noOwnWords = withPlan(base, (p) => ({
  ...p,
  objectives: p.objectives.map((o) => ({ ...o, childWords: undefined })),
}));
const noViews = withAssessment(
  withPlan(base, (p) => ({ ...p, childViews: undefined })),
  (a) => ({ ...a, childViews: undefined }),
);

describe(RULE, () => {
  it('passes with objectives in the child’s words and the child’s views recorded', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('passes with a single objective in the child’s own words', () => {
    const one = withObjective(noOwnWords, 'o-lifestyle', (o) => ({
      ...o,
      childWords: 'Train more',
    }));
    expect(findingsOf(one, RULE)).toEqual([]);
  });

  it('flags a plan with no objective in the child’s own words', () => {
    expect(findingsOf(noOwnWords, RULE)).toEqual([
      expect.objectContaining({
        path: ['plan', 'objectives'],
        evidence: { objectives: 3, inChildsWords: 0 },
      }),
    ]);
  });

  it('flags a case where the child’s views are recorded nowhere', () => {
    expect(findingsOf(noViews, RULE).map((f) => f.path)).toEqual([['plan', 'childViews']]);
  });

  it('accepts the child’s views from the assessment when the plan has none', () => {
    expect(
      findingsOf(
        withPlan(base, (p) => ({ ...p, childViews: undefined })),
        RULE,
      ),
    ).toEqual([]);
  });
});
