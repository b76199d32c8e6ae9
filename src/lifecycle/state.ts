import type { Id } from '../model/ids.js';
import type { CaseEvent } from './events/index.js';
import type { CaseRecord } from './record.js';
import type { Stage } from './stages.js';

/**
 * The statechart's state value: a stage, or stages and their nested states keyed by name, such
 * as `{ planning: 'awaitingAgreement' }`. The shape of xstate's `StateValue`, read-only, declared
 * here so that a host's types never load xstate's.
 *
 * @example
 * const value: MachineStateValue = { delivery: { phase: 'community', compliance: 'warned' } };
 */
export type MachineStateValue =
  | string
  | { readonly [state: string]: MachineStateValue | undefined };

/**
 * A child's case at a point in its life: the stage, the machine's full state (nested stages
 * such as `delivery.custody`), the record folded from the events, and the event log itself.
 * Read-only all the way down in the types: every change makes a new state, and nothing is ever
 * edited in place. The library's answers rest on its own copy of the log; the development build
 * also deep-freezes every state, so a stray write throws where it happens (ADR 0013).
 *
 * @example
 * const state: CaseState = replay(events);
 * state.record.plans.length;
 */
export interface CaseState {
  readonly caseId: Id;
  readonly stage: Stage;
  /** The statechart's state value, e.g. `{ planning: 'awaitingAgreement' }`. */
  readonly machineState: MachineStateValue;
  readonly record: CaseRecord;
  /** Every event applied, in order: the case can always be rebuilt from these. */
  readonly events: readonly CaseEvent[];
}
