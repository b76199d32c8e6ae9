import { describe, expectTypeOf, it } from 'vitest';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import type { CaseFile } from '../../src/lifecycle/persist.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { Child } from '../../src/model/child.js';
import type { Disposal, DisposalOf } from '../../src/model/disposal/index.js';
import type { InterventionPlan } from '../../src/model/plan.js';
import { arbitraries } from '../../src/testing/arbitraries/index.js';
import { aCase, aChild, aDisposal, aPlan } from '../../src/testing/builders/index.js';
import { simulateCase, simulateCaseload } from '../../src/testing/simulator/index.js';

describe('types of the testing kit', () => {
  it('types each disposal builder with its own variant', () => {
    expectTypeOf(aDisposal.referralOrder()).toEqualTypeOf<DisposalOf<'referral-order'>>();
    expectTypeOf(aDisposal.ofType('youth-caution')).toEqualTypeOf<DisposalOf<'youth-caution'>>();
    const compileOnly = () => {
      // @ts-expect-error a youth caution has no length
      aDisposal.youthCaution({ months: 3 });
      // @ts-expect-error not a field of a referral order
      aDisposal.referralOrder({ termMonths: 6 });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('returns the library’s own types from builders', () => {
    expectTypeOf(aChild()).toEqualTypeOf<Child>();
    expectTypeOf(aPlan()).toEqualTypeOf<InterventionPlan>();
    expectTypeOf(aCase().events()).toEqualTypeOf<CaseEventInput[]>();
    expectTypeOf(aCase().state()).toEqualTypeOf<CaseState>();
    expectTypeOf(aCase().caseFile()).toEqualTypeOf<CaseFile>();
  });

  it('returns case files from the simulator', () => {
    expectTypeOf(simulateCase({ seed: 1 })).toEqualTypeOf<CaseFile>();
    expectTypeOf(simulateCaseload({ seed: 1, cases: 2 })).toEqualTypeOf<Iterable<CaseFile>>();
    const compileOnly = () => {
      // @ts-expect-error the seed is required
      simulateCase({});
      // @ts-expect-error an unknown disposal type
      simulateCase({ seed: 1, disposalType: 'community-order' });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('types arbitraries by what they generate', () => {
    expectTypeOf(arbitraries.disposal()).toEqualTypeOf<import('fast-check').Arbitrary<Disposal>>();
  });
});
