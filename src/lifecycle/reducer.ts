import { copyOnWrite as cow } from '../_lib/copyOnWrite.js';
import type { Writable } from '../_lib/immutable.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseEvent, CaseEventInput } from './events/index.js';
import { acceptedTypes, stageAcceptedTypes } from './offered.js';
import { logToExtend, makeState, type OwnCase } from './own.js';
import { parseEvent } from './parse.js';
import { duplicateEvent, openedPosition, step, type Writer } from './position.js';
import { readCase, readCaseOrThrow } from './readCase.js';
import type { CaseRecord } from './record.js';
import type { CaseState } from './state.js';

/**
 * Copy-on-write for one event on a record a caller holds: only what the step changes is copied
 * (the lists it adds to, the records it edits, the objects on the way to them); the rest is
 * shared with the state before. The development build freezes the new state when it is made.
 */
const copyOnWrite: Writer = (record, change) =>
  cow(record as Writable<CaseRecord>, change) as CaseRecord;

/** @internal Opens a case from a validated event. */
export function openParsed(opened: CaseEvent): Result<CaseState> {
  const r = openedPosition(opened, copyOnWrite);
  return r.ok ? ok(makeState(r.value, [opened], 1, new Map([[opened.id, 0]]))) : r;
}

/**
 * Opens a case from its `case.opened` event: the first state of every case.
 *
 * @throws {YjplanError} `invalid_input` with the paths of bad fields; `case_not_opened` for another event type.
 * @example
 * const state = openCase({ id: 'e1', type: 'case.opened', at: '2025-03-03T09:00:00Z', by: 'pr-7', payload: { ... } });
 * state.stage; // 'opened'
 */
export function openCase(event: CaseEventInput): CaseState {
  const r = safeOpenCase(event);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link openCase}.
 *
 * @example
 * const r = safeOpenCase(json);
 * if (!r.ok) console.error(r.error.code);
 */
export function safeOpenCase(event: unknown): Result<CaseState> {
  const parsed = parseEvent(event);
  return parsed.ok ? openParsed(parsed.value) : parsed;
}

/**
 * Applies one event to a case and returns the new state. The input state is never changed; on
 * any error it stays exactly as it was. The new state shares what did not change with the old.
 *
 * @throws {YjplanError} `invalid_input` (a bad event, or not a case state), `unknown_event_type`, `duplicate_event`,
 * `event_not_allowed`, `reference_not_found`, `conflicting_record`, `sharing_restricted`.
 * @example
 * const next = applyEvent(state, { id: 'e2', type: 'assessment.started', at: '2025-03-03T10:00:00Z', by: 'pr-7', payload: { assessmentId: 'a-1', on: '2025-03-03' } });
 * next.stage; // 'assessment'
 */
export function applyEvent(state: CaseState, event: CaseEventInput): CaseState {
  const r = safeApplyEvent(state, event);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link applyEvent}.
 *
 * @example
 * const r = safeApplyEvent(state, json);
 * state = r.ok ? r.value : state;
 */
export function safeApplyEvent(state: CaseState, input: unknown): Result<CaseState> {
  const parsed = parseEvent(input);
  if (!parsed.ok) return parsed;
  return applyParsed(state, parsed.value);
}

/** @internal Applies an event that has already been validated. */
export function applyParsed(state: CaseState, event: CaseEvent): Result<CaseState> {
  const r = readCase(state, (own) => applyToOwn(own, event));
  return r.ok ? r.value : r;
}

function applyToOwn(own: OwnCase, event: CaseEvent): Result<CaseState> {
  const known = own.ids.get(event.id);
  if (known !== undefined && known < own.count) return err(duplicateEvent());
  const next = step(own.state, event, copyOnWrite);
  if (next instanceof YjplanError) return err(next);
  const { log, ids } = logToExtend(own);
  log.push(event);
  ids.set(event.id, own.count);
  return ok(makeState(next, log, own.count + 1, ids));
}

/**
 * Event types the case can take now: the lifecycle accepts them in the current stage, and the
 * record holds what their payload must refer to (a plan version to agree to, a person to update,
 * an open referral to move on), so each listed type is accepted for some payload.
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 * @example
 * allowedEvents(state); // ['assessment.submitted', 'parentCarer.added', ...]
 */
export function allowedEvents(state: CaseState): CaseEvent['type'][] {
  return readCaseOrThrow(
    state,
    ({ state: s }) => acceptedTypes(s.machineState, s.record) as CaseEvent['type'][],
  );
}

/**
 * @internal The event types the case's stage takes for some payload, whether or not the record
 * holds what the payload must refer to: any other type is refused as `event_not_allowed`.
 */
export function typesTheStageTakes(state: CaseState): CaseEvent['type'][] {
  return stageAcceptedTypes(state.machineState, state.record) as CaseEvent['type'][];
}
