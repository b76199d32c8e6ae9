import { describe, expect, it } from 'vitest';
import { currentPlan } from '../../../src/lifecycle/derive.js';
import { aCase, aFactor, anAssessment } from '../../../src/testing/index.js';
import { findingsOf } from './_fixtures.js';

const RULE = 'plan.deferred-factor-overdue';

/** The first plan defers a family factor of low significance, to be revisited by 2026-01-09. */
const deferred = aCase()
  .assessed({
    factors: [
      ...anAssessment().factors,
      aFactor({ id: 'f-family', domain: 'family-and-relationships', significance: 'low' }),
    ],
  })
  .active({
    deferredFactors: [
      { factorId: 'f-family', reason: 'After school is settled', revisitBy: '2026-01-09' },
    ],
  });

describe(RULE, () => {
  it('passes on the revisit date itself', () => {
    expect(findingsOf(deferred.state(), RULE, { asOf: '2026-01-09' })).toEqual([]);
  });

  it('flags the deferred factor the day after its revisit date', () => {
    const [finding] = findingsOf(deferred.state(), RULE, { asOf: '2026-01-10' });
    expect(finding).toMatchObject({
      path: ['plan', 'deferredFactors', 'f-family'],
      evidence: { factorId: 'f-family', revisitBy: '2026-01-09' },
    });
  });

  it('passes once a later plan version addresses the factor', () => {
    const revised = deferred.reviewed('revise-plan').state();
    const plan = currentPlan(revised.record);
    expect(plan?.version).toBe(2);
    expect(plan?.plan.objectives.some((o) => o.addresses.factorIds.includes('f-family'))).toBe(
      true,
    );
    expect(findingsOf(revised, RULE, { asOf: '2026-03-31' })).toEqual([]);
  });
});
