import { describe, expect, it } from 'vitest';
import { aCase, aFactor } from '../../../src/testing/index.js';
import { findingsOf, withAssessment, withPlan } from './_fixtures.js';

const RULE = 'plan.unaddressed-factor';

/**
 * A referral order in delivery as the testing kit builds it, whose assessment also finds a
 * medium-significance family factor that the plan defers, with a reason.
 */
const base = withPlan(
  withAssessment(aCase().referralOrder().active().state(), (a) => ({
    ...a,
    factors: [
      ...a.factors,
      aFactor({
        id: 'f-family',
        domain: 'family-and-relationships',
        description: 'Conflict with his father since he moved out',
        stability: 'stable',
        significance: 'medium',
      }),
    ],
  })),
  (p) => ({
    ...p,
    deferredFactors: [{ factorId: 'f-family', reason: 'Family work once school is settled' }],
  }),
);

const notDeferred = withPlan(base, (p) => ({ ...p, deferredFactors: [] }));

describe(RULE, () => {
  it('passes when every significant factor is addressed or deliberately deferred', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a medium-significance factor neither addressed nor deferred, at the factor', () => {
    const [finding, ...rest] = findingsOf(notDeferred, RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      path: ['assessment', 'factors', 'f-family'],
      evidence: {
        factorId: 'f-family',
        domain: 'family-and-relationships',
        significance: 'medium',
      },
    });
    expect(finding?.message).not.toContain('father');
  });

  it('leaves low-significance factors to professional judgement', () => {
    const state = withAssessment(base, (a) => ({
      ...a,
      factors: [...a.factors, aFactor({ id: 'f-minor', significance: 'low' })],
    }));
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('takes the significance from the policy', () => {
    expect(
      findingsOf(notDeferred, RULE, { policy: { plan: { significantFactorFrom: 'high' } } }),
    ).toEqual([]);
  });

  it('accepts a factor addressed in another agency’s plan', () => {
    // 0.1.0 had no such option: work in a child protection plan was mislabelled as deferred.
    const elsewhere = withPlan(notDeferred, (p) => ({
      ...p,
      addressedElsewhere: [
        { factorId: 'f-family', agency: 'social-care', plan: 'Child in need plan' },
      ],
    }));
    expect(findingsOf(elsewhere, RULE)).toEqual([]);
    expect(findingsOf(notDeferred, RULE)[0]?.message).toContain(
      'nor addressed in another agency’s plan',
    );
  });
});
