import type { StateValue } from 'xstate';
import { readCaseOrThrow } from '../lifecycle/readCase.js';
import type { CaseState } from '../lifecycle/state.js';
import { labelOf } from '../lifecycle/stateValue.js';

/**
 * The stage with its nested states, for display: `planning.awaitingAgreement`,
 * `delivery.custody+compliant`.
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 * @example
 * stageLabel(state); // 'delivery.community+warned'
 */
export function stageLabel(state: CaseState): string {
  return readCaseOrThrow(state, (own) => labelOf(own.state.machineState as StateValue));
}
