import type { StateValue } from 'xstate';
import type { Writable } from '../_lib/immutable.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import { machineContext } from './context.js';
import type { RecordDraft } from './defineEvent.js';
import { type CaseEvent, eventDefinition } from './events/index.js';
import type { CaseRecord } from './record.js';
import { stageOf } from './stateValue.js';
import { factOf, initialStateValue, nextStateValue } from './transitions.js';

/** @internal Where a case stands without its log: all that one event changes. */
export interface Position {
  readonly machineState: StateValue;
  readonly record: CaseRecord;
}

/**
 * @internal How a step's change is written: in place on a record nobody else holds (a replay),
 * copy-on-write for a record a caller holds (one event), or recording a patch (the history).
 * Given the record and the step, it answers the record after the step.
 */
export type Writer = (record: CaseRecord, change: (draft: RecordDraft) => void) => CaseRecord;

/** @internal Writes in place: for a record only the running fold holds. */
export const inPlace: Writer = (record, change) => {
  change(record as Writable<CaseRecord>);
  return record;
};

/** @internal The error for an event whose id is already in the log. */
export function duplicateEvent(): YjplanError {
  return new YjplanError('duplicate_event', 'An event with this id is already in the case', [
    { path: ['id'], code: 'duplicate_event', message: 'Duplicate event id' },
  ]);
}

/**
 * Why the machine refused: a guard (the stage takes the event, but not with this fact: the
 * event's own refusal hint) or the stage.
 */
function notAllowed(position: Position, event: CaseEvent): YjplanError {
  const refusal = eventDefinition(event.type)?.fact;
  const { machineState, record } = position;
  const context = machineContext(record);
  const blockedByGuard =
    refusal?.refusal !== undefined &&
    refusal.values.some((v) => nextStateValue(machineState, context, event.type, v) !== null);
  const message =
    blockedByGuard && refusal?.refusal
      ? `Event ${event.type} is not allowed now: ${refusal.refusal.hint}`
      : `Event ${event.type} is not allowed in stage ${stageOf(machineState)}`;
  const path = blockedByGuard && refusal?.refusal ? refusal.refusal.path : ['type'];
  return new YjplanError('event_not_allowed', message, [
    { path, code: 'event_not_allowed', message },
  ]);
}

/**
 * @internal One step of the lifecycle for a validated event: the machine decides whether it may
 * happen now, the event's reference checks run, then its change is written to the record.
 * Duplicate ids are the caller's concern (it owns the log).
 */
export function step(position: Position, event: CaseEvent, write: Writer): Position | YjplanError {
  const definition = eventDefinition(event.type);
  if (!definition) return new YjplanError('unknown_event_type', 'Unknown event type');
  const { record } = position;
  const fact = factOf(record, event.type, event.payload);
  const next = nextStateValue(position.machineState, machineContext(record), event.type, fact);
  if (next === null) return notAllowed(position, event);
  const issues = definition.check?.(record, event as never) ?? [];
  const first = issues[0];
  if (first) return new YjplanError(first.kind, `Event ${event.type}: ${first.message}`, issues);
  return {
    machineState: next,
    record: write(record, (draft) => definition.apply(draft, event as never)),
  };
}

/**
 * @internal The position a validated `case.opened` event starts a case at, written into an empty
 * record by the given writer.
 */
export function openedPosition(opened: CaseEvent, write: Writer = inPlace): Result<Position> {
  if (opened.type !== 'case.opened') {
    return err(
      new YjplanError('case_not_opened', 'A case starts with a case.opened event', [
        { path: ['type'], code: 'case_not_opened', message: 'Expected case.opened' },
      ]),
    );
  }
  const definition = eventDefinition('case.opened');
  const record = write({} as CaseRecord, (draft) => definition?.apply(draft, opened as never));
  return ok({ machineState: initialStateValue(record), record });
}
