import { freezeInDevelopment } from '../_lib/development.js';
import type { CaseEvent } from './events/index.js';
import type { Position } from './position.js';
import type { CaseState } from './state.js';
import { stageOf } from './stateValue.js';

/**
 * @internal What the library keeps of a state it made: the state itself, and the log it was
 * made from: an append-only array shared along one line of states (`count` is this state's
 * length of it), with each event id's position. The caller gets a copy of the log, so nothing a
 * caller does to `state.events` changes what the library knows of the case.
 */
export interface OwnCase {
  readonly state: CaseState;
  readonly log: CaseEvent[];
  readonly count: number;
  readonly ids: Map<string, number>;
}

const owned = new WeakMap<object, OwnCase>();

/** @internal The library's record of a state it made, if it made it. */
export function ownCaseOf(state: unknown): OwnCase | undefined {
  return typeof state === 'object' && state !== null ? owned.get(state) : undefined;
}

/**
 * @internal The state for a position and its log (the first `count` events of `log`, whose ids
 * are in `ids`). The state object itself is frozen (its five fields cannot be reassigned); the
 * development build also deep-freezes what it holds. `events` is the caller's own copy of the
 * log, made when first read: applying an event never copies the log for a state nobody reads.
 */
export function makeState(
  position: Position,
  log: CaseEvent[],
  count: number,
  ids: Map<string, number>,
): CaseState {
  const { machineState, record } = position;
  let events: readonly CaseEvent[] | undefined;
  const field = (value: unknown) => ({ value, enumerable: true });
  const state = Object.freeze(
    Object.defineProperties(
      {},
      {
        caseId: field(record.caseId),
        stage: field(stageOf(machineState)),
        machineState: field(machineState),
        record: field(record),
        events: {
          enumerable: true,
          get: () => {
            events ??= freezeInDevelopment(log.slice(0, count));
            return events;
          },
        },
      },
    ),
  ) as CaseState;
  freezeInDevelopment(record);
  owned.set(state, { state, log, count, ids });
  return state;
}

/**
 * @internal The log and ids a new state one event on from `own` can extend: the same arrays
 * when `own` is the newest state of its line (nobody has extended it yet), else copies of its
 * part of them (a caller went back to an older state: that line branches).
 */
export function logToExtend(own: OwnCase): { log: CaseEvent[]; ids: Map<string, number> } {
  if (own.log.length === own.count) return { log: own.log, ids: own.ids };
  const log = own.log.slice(0, own.count);
  return { log, ids: new Map(log.map((e, i) => [e.id, i])) };
}
