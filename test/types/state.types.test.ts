/**
 * Type-level tests: a case state is read-only all the way down, so a host's compiler refuses a
 * write to one (the development build refuses it at run time too).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { CaseEvent, CaseEventInput, CaseState, Objective } from '../../src/index.js';

// Checked by the compiler only: the functions are never called.
describe('CaseState', () => {
  it('refuses a push onto a plan version’s objectives', () => {
    const write = (state: CaseState, objective: Objective) => {
      const plan = state.record.plans[0]?.plan;
      if (plan) {
        // @ts-expect-error: the plan's lists are read-only
        plan.objectives.push(objective);
        // @ts-expect-error: so are its items
        plan.objectives[0] = objective;
      }
    };
    expectTypeOf(write).toBeFunction();
  });

  it('refuses an assignment to the child’s date of birth, and to the state’s own fields', () => {
    const write = (state: CaseState) => {
      // @ts-expect-error: the record is read-only all the way down
      state.record.child.dateOfBirth = '2010-01-01';
      // @ts-expect-error: the state's fields too
      state.caseId = 'another';
      const first = state.events[0] as CaseEvent;
      // @ts-expect-error: and the log
      state.events.push(first);
    };
    expectTypeOf(write).toBeFunction();
  });

  it('lets a host keep its events in a typed array of what it writes (CaseEventInput)', () => {
    const keep = (state: CaseState): CaseEventInput[] => [...state.events];
    expectTypeOf(keep).returns.toEqualTypeOf<CaseEventInput[]>();
  });
});
