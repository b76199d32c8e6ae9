/**
 * Type-level tests of what a host writes against: the types declared for small declarations
 * (rather than inferred) stay equal to the schemas', and the kit's events fit the types a host
 * keeps its events in. Checked by `tsc`; vitest runs them as ordinary tests too.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { StateValue } from 'xstate';
import type * as z from 'zod';
import type { Immutable } from '../../src/_lib/immutable.js';
import {
  type CaseEvent,
  type CaseEventInput,
  type CaseFile,
  type CaseState,
  type MachineStateValue,
  type PolicyInput,
  replay,
} from '../../src/index.js';
import type { InferredPolicyInput } from '../../src/policy/index.js';
import type { CaseFileSchema } from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';

describe('declared public types', () => {
  it('PolicyInput is what the policy schema accepts', () => {
    expectTypeOf<InferredPolicyInput>().toExtend<PolicyInput>();
    expectTypeOf<PolicyInput>().toExtend<InferredPolicyInput>();
  });

  it('CaseFile is what the case file schema gives', () => {
    expectTypeOf<CaseFile>().toEqualTypeOf<Immutable<z.output<typeof CaseFileSchema>>>();
    expectTypeOf<CaseFile['events']>().toEqualTypeOf<readonly CaseEvent[]>();
  });

  it("MachineStateValue is xstate's StateValue, read-only, without loading xstate", () => {
    expectTypeOf<Immutable<StateValue>>().toExtend<MachineStateValue>();
    expectTypeOf<MachineStateValue>().toExtend<Immutable<StateValue>>();
    expectTypeOf<CaseState['machineState']>().toEqualTypeOf<MachineStateValue>();
  });
});

describe('CaseEventInput and CaseEvent', () => {
  it("takes the kit's events in an array of what a host writes (CaseEventInput)", () => {
    const events: CaseEventInput[] = workedExampleEvents();
    expectTypeOf(workedExampleEvents).returns.toEqualTypeOf<CaseEventInput[]>();
    expectTypeOf(replay).parameter(0).toEqualTypeOf<readonly CaseEventInput[]>();
    expectTypeOf(events).toExtend<Parameters<typeof replay>[0]>();
  });

  it('reads back what the library validated (CaseEvent), which a host may keep as input too', () => {
    expectTypeOf<CaseState['events']>().toEqualTypeOf<readonly CaseEvent[]>();
    expectTypeOf<CaseEvent>().toExtend<CaseEventInput>();
  });

  it('does not take events as written where validated ones are meant (defaults not applied)', () => {
    // @ts-expect-error: a CaseEventInput may leave out what parsing fills in
    const validated: readonly CaseEvent[] = workedExampleEvents();
    expectTypeOf(validated).toEqualTypeOf<readonly CaseEvent[]>();
  });
});
