/**
 * @internal The store's one seam into the lifecycle's internals: everything the store does to a
 * case state goes through these few functions, so a change in the core is met here alone.
 */
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseEvent } from '../lifecycle/events/index.js';
import { makeState } from '../lifecycle/own.js';
import { expectEvents, parseEvent } from '../lifecycle/parse.js';
import { duplicateEvent, inPlace, type Position, step } from '../lifecycle/position.js';
import { applyParsed } from '../lifecycle/reducer.js';
import { atIndex, safeReplay } from '../lifecycle/replay.js';
import type { CaseState } from '../lifecycle/state.js';
import { restingValue } from '../lifecycle/transitions.js';

/** @internal Where a case stands without its log: what a snapshot keeps. */
export type CasePosition = Position;

/** @internal The position of a state, to be written as a snapshot. */
export function positionOf(state: CaseState): CasePosition {
  return { machineState: state.machineState, record: state.record };
}

/**
 * @internal A case rebuilt from its stored log, every event validated and applied: what `replay`
 * gives.
 */
export function replayStored(events: readonly unknown[]): Result<CaseState> {
  return safeReplay(events);
}

const unreadable = () => new YjplanError('invalid_input', 'The snapshot does not read as a case');

/**
 * @internal A case rebuilt from a snapshot: the position the snapshot holds after the events it
 * covers (which the same library version validated when it took it), then the later events
 * validated and applied one by one, written in place into the record just read (nobody else
 * holds it). A position whose stage is not one the lifecycle rests in, or whose record is of
 * another case, is refused.
 */
export function resumeFrom(
  caseId: string,
  snapshot: CasePosition,
  covered: readonly CaseEvent[],
  later: readonly unknown[],
): Result<CaseState> {
  const machineState = restingValue(snapshot.machineState);
  if (machineState === undefined || snapshot.record?.caseId !== caseId) return err(unreadable());
  let position: Position = { machineState, record: snapshot.record };
  const log = [...covered];
  const ids = new Map(log.map((e, i) => [e.id, i]));
  if (ids.size !== log.length) return err(duplicateEvent());
  expectEvents(later);
  for (let i = 0; i < later.length; i++) {
    const parsed = parseEvent(later[i]);
    if (!parsed.ok) return err(atIndex(parsed.error, i));
    const event = parsed.value;
    if (ids.has(event.id)) return err(atIndex(duplicateEvent(), i));
    const next = step(position, event, inPlace);
    if (next instanceof YjplanError) return err(atIndex(next, i));
    position = next;
    ids.set(event.id, log.length);
    log.push(event);
  }
  return ok(makeState(position, log, log.length, ids));
}

/**
 * @internal The case after `events` are applied to `state` (a new case when `state` is
 * undefined): every event validated and applied as `applyEvent` does, all or nothing. Issue paths
 * start with the index of the event among `events`.
 */
export function extend(
  state: CaseState | undefined,
  events: readonly unknown[],
): Result<CaseState> {
  if (!state) return safeReplay(events);
  expectEvents(events);
  let current = state;
  for (let i = 0; i < events.length; i++) {
    const parsed = parseEvent(events[i]);
    if (!parsed.ok) return err(atIndex(parsed.error, i));
    const next = applyParsed(current, parsed.value);
    if (!next.ok) return err(atIndex(next.error, i));
    current = next.value;
  }
  return ok(current);
}
