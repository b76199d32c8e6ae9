import type { StateValue } from 'xstate';
import type { Id } from '../model/ids.js';
import type { CaseEvent } from './events/index.js';
import { notACaseState } from './ownStates.js';
import type { CaseRecord } from './record.js';
import type { Stage } from './stages.js';

/**
 * A child's case at a point in its life: the stage, the machine's full state (nested stages
 * such as `delivery.custody`), the record folded from the events, and the event log itself.
 * Deep-frozen, log and record: every change makes a new state; nothing is ever edited in place,
 * and a write by a caller throws (in strict mode) instead of corrupting later calls.
 *
 * @example
 * const state: CaseState = replay(events);
 * state.record.plans.length;
 */
export interface CaseState {
  readonly caseId: Id;
  readonly stage: Stage;
  /** The statechart's state value, e.g. `{ planning: 'awaitingAgreement' }`. */
  readonly machineState: StateValue;
  readonly record: CaseRecord;
  /** Every event applied, in order: the case can always be rebuilt from these. */
  readonly events: readonly CaseEvent[];
}

/** @internal The top-level stage of a state value. */
export function stageOf(value: StateValue): Stage {
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as Stage;
}

/**
 * The stage with its nested states, for display: `planning.awaitingAgreement`,
 * `delivery.custody+compliant`.
 *
 * @example
 * stageLabel(state); // 'delivery.community+warned'
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 */
export function stageLabel(state: CaseState): string {
  const wrongState = notACaseState(state);
  if (wrongState) throw wrongState;
  return labelOf(state.machineState);
}

/** @internal The display label of a state value; see {@link stageLabel}. */
export function labelOf(value: StateValue): string {
  const walk = (v: StateValue): string =>
    typeof v === 'string'
      ? v
      : Object.entries(v)
          .map(([k, sub]) => (sub === undefined ? k : `${k}.${walk(sub as StateValue)}`))
          .join('+');
  return walk(value).replace(/^delivery\.phase\.([a-z]+)\+compliance\.([a-z]+)$/, 'delivery.$1+$2');
}
