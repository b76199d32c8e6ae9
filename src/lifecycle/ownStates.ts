import { deepFreeze, freezeChanges } from '../_lib/deepFreeze.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseState } from './state.js';
import { invalidMachineState, ownStateValue } from './stateValues.js';

/**
 * States this library made. Each is deep-frozen before it is handed out, so whatever a caller
 * does, it stays exactly as the library left it and can be used without any further check.
 */
const made = new WeakSet<object>();

/**
 * @internal Freezes a state the library made, with its log and record, and remembers it as the
 * library's own. Parts shared with earlier states are frozen already and are not walked again.
 */
export function sealState(state: CaseState): CaseState {
  made.add(deepFreeze(state));
  return state;
}

/**
 * @internal {@link sealState} for the state one event makes from `previous` (one of the
 * library's own): the new event is frozen, the log array (whose other entries are `previous`'s)
 * is frozen without a walk, and only what changed in the record is walked.
 */
export function sealNext(state: CaseState, previous: CaseState): CaseState {
  const event = state.events[state.events.length - 1];
  deepFreeze(event);
  Object.freeze(state.events);
  freezeChanges(state.record, previous.record);
  made.add(Object.freeze(state));
  return state;
}

/** @internal Whether the library made this state (and so it is frozen and consistent). */
export function isOwnState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && made.has(state);
}

const notAState = (path: readonly string[]) =>
  new YjplanError('invalid_input', 'Expected a case state made by openCase, applyEvent or replay', [
    { path, code: 'invalid_type', message: 'Not a case state' },
  ]);

/**
 * @internal A check that a value is a case state (a JavaScript host can pass anything): the
 * error to answer with, if it is not. A state the library made passes at once; anything else
 * must have the shape of one and a `machineState` that is a state of the lifecycle.
 */
export function notACaseState(state: unknown): YjplanError | undefined {
  if (isOwnState(state)) return undefined;
  const s = state as Partial<CaseState> | null | undefined;
  const looksRight =
    typeof s === 'object' &&
    s !== null &&
    typeof s.caseId === 'string' &&
    typeof s.record === 'object' &&
    s.record !== null &&
    Array.isArray(s.events) &&
    s.events.length > 0;
  if (!looksRight) return notAState([]);
  return ownStateValue(s.machineState) === undefined ? invalidMachineState() : undefined;
}

/**
 * @internal Runs `work` on a state. A state from elsewhere (rebuilt by hand, say) that has the
 * right shape may still hold anything in its record or log: what breaks while reading it is
 * answered as `invalid_input`, never thrown as a plain error. The library's own states are run
 * as they are: they cannot hold anything the library did not put there.
 */
export function onState<T>(state: CaseState, work: () => T, refuse: (error: YjplanError) => T): T {
  if (isOwnState(state)) return work();
  try {
    return work();
  } catch (e) {
    return refuse(e instanceof YjplanError ? e : notAState([]));
  }
}

/**
 * @internal The parts of a state from elsewhere that a new state would keep, copied, so that
 * freezing the new state never freezes the caller's own objects.
 */
export function adoptState(state: CaseState): CaseState {
  if (isOwnState(state)) return state;
  // Frozen, like any state the library holds: a new state shares what did not change.
  const { record, events } = deepFreeze(
    structuredClone({ record: state.record, events: state.events }),
  );
  return {
    ...state,
    machineState: ownStateValue(state.machineState) ?? state.machineState,
    record,
    events,
  };
}
