import { describe, expect, it } from 'vitest';
import { findingsOf, kai, kaiClosed } from './_fixtures.js';

const RULE = 'plan.deferred-factor-overdue';
// Kai's first plan defers the family factor, to be revisited by 2026-01-09.

describe(RULE, () => {
  it('passes on the revisit date itself', () => {
    expect(findingsOf(kai, RULE, { asOf: '2026-01-09' })).toEqual([]);
  });

  it('flags the deferred factor the day after its revisit date', () => {
    const [finding] = findingsOf(kai, RULE, { asOf: '2026-01-10' });
    expect(finding).toMatchObject({
      path: ['plan', 'deferredFactors', 'f-family'],
      evidence: { factorId: 'f-family', revisitBy: '2026-01-09' },
    });
  });

  it('passes once a later plan version addresses the factor', () => {
    expect(findingsOf(kaiClosed, RULE, { asOf: '2026-03-31' })).toEqual([]);
  });
});
