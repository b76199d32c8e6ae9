/**
 * @internal The store's one seam into the lifecycle's internals: everything the store does to a
 * case state goes through these few functions, so a change in the core is met here alone.
 */
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseEvent } from '../lifecycle/events/index.js';
import { expectEvents, parseEvent } from '../lifecycle/parse.js';
import { duplicateEvent, type Position, stateFor, step } from '../lifecycle/reducer.js';
import { safeReplay } from '../lifecycle/replay.js';
import type { CaseState } from '../lifecycle/state.js';
import { ownStateValue } from '../lifecycle/stateValues.js';

/** @internal Where a case stands without its log: what a snapshot keeps. */
export type CasePosition = Position;

/** @internal The position of a state, to be written as a snapshot. */
export function positionOf(state: CaseState): CasePosition {
  return { machineState: state.machineState, record: state.record };
}

/** Puts the index of the event (in the events handed in) in front of each issue path. */
function atIndex(error: YjplanError, index: number): YjplanError {
  return new YjplanError(
    error.code,
    `Event ${index}: ${error.message}`,
    error.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
  );
}

/**
 * Folds events onto a position: each is validated, refused if its id is already in `ids`, and
 * stepped through the lifecycle. `ids` and `log` are extended in place; errors carry the index
 * of the event among `events`.
 */
function foldOnto(
  start: CasePosition,
  events: readonly unknown[],
  ids: Set<string>,
  log: CaseEvent[],
): Result<CasePosition> {
  expectEvents(events);
  let position = start;
  for (let i = 0; i < events.length; i++) {
    const parsed = parseEvent(events[i]);
    if (!parsed.ok) return err(atIndex(parsed.error, i));
    const event = parsed.value;
    if (ids.has(event.id)) return err(atIndex(duplicateEvent(), i));
    const next = step(position, event);
    if (next instanceof YjplanError) return err(atIndex(next, i));
    position = next;
    ids.add(event.id);
    log.push(event);
  }
  return ok(position);
}

/**
 * @internal A case rebuilt from its stored log, every event validated and applied: what `replay` gives.
 */
export function replayStored(events: readonly unknown[]): Result<CaseState> {
  return safeReplay(events);
}

const unreadable = () => new YjplanError('invalid_input', 'The snapshot does not read as a case');

/**
 * @internal A case rebuilt from a snapshot: the position the snapshot holds after the events it covers
 * (which the same library version validated when it took it), then the later events validated
 * and applied one by one. A position whose stage is not one of the lifecycle's, or whose record
 * is of another case, is refused.
 */
export function resumeFrom(
  caseId: string,
  snapshot: CasePosition,
  covered: readonly CaseEvent[],
  later: readonly unknown[],
): Result<CaseState> {
  const machineState = ownStateValue(snapshot.machineState);
  if (machineState === undefined || snapshot.record?.caseId !== caseId) return err(unreadable());
  const position = { machineState, record: snapshot.record };
  const log = [...covered];
  const ids = new Set(log.map((e) => e.id));
  if (ids.size !== log.length) return err(duplicateEvent());
  const r = foldOnto(position, later, ids, log);
  return r.ok ? ok(stateFor(r.value, log, ids)) : r;
}

/**
 * @internal The case after `events` are applied to `state` (a new case when `state` is undefined): every
 * event validated and checked by the lifecycle, all or nothing. Issue paths start with the
 * index of the event among `events`.
 */
export function extend(
  state: CaseState | undefined,
  events: readonly unknown[],
): Result<CaseState> {
  if (!state) return safeReplay(events);
  const log = [...state.events];
  const ids = new Set(log.map((e) => e.id));
  const r = foldOnto(state, events, ids, log);
  return r.ok ? ok(stateFor(r.value, log, ids)) : r;
}
