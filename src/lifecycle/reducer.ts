import type { StateValue } from 'xstate';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import { caseOpened } from './events/case.js';
import { type CaseEvent, type CaseEventInput, eventDefinition } from './events/index.js';
import type { GuardFacts } from './machine.js';
import { acceptedTypes, stageAcceptedTypes } from './offered.js';
import { adoptState, notACaseState, onState, sealNext, sealState } from './ownStates.js';
import { parseEvent } from './parse.js';
import type { CaseRecord } from './record.js';
import { type CaseState, stageOf } from './state.js';
import { guardFacts, initialStateValue, machineContext, nextStateValue } from './transitions.js';

/** @internal Where a case stands without its log: all that one event changes. */
export interface Position {
  readonly machineState: StateValue;
  readonly record: CaseRecord;
}

/** The ids in each state's log, so a duplicate is found without scanning the log. */
const idIndex = new WeakMap<readonly CaseEvent[], Set<string>>();

function idsOf(events: readonly CaseEvent[]): Set<string> {
  return idIndex.get(events) ?? new Set(events.map((e) => e.id));
}

/** @internal Re-exported for the modules that check a state before reading it. */
export { notACaseState } from './ownStates.js';

/** @internal The error for an event whose id is already in the log. */
export function duplicateEvent(): YjplanError {
  return new YjplanError('duplicate_event', 'An event with this id is already in the case', [
    { path: ['id'], code: 'duplicate_event', message: 'Duplicate event id' },
  ]);
}

/**
 * The structural guards, for error messages: the facts that would let the event through, what
 * to do instead, and the payload field that carries the fact.
 */
const GUARDS: Readonly<
  Record<string, { passes: GuardFacts; hint: string; path: readonly string[] }>
> = {
  'plan.drafted': {
    passes: { hasPlan: false },
    hint: 'the case already has a plan; record a plan.revised event instead',
    path: ['type'],
  },
  'plan.revised': {
    passes: { hasPlan: true },
    hint: 'there is no plan to revise yet; record plan.drafted first',
    path: ['type'],
  },
  'plan.agreementRecorded': {
    passes: { planVersionExists: true },
    hint: 'agreement must be recorded against an existing plan version',
    path: ['payload', 'planVersion'],
  },
  'plan.activated': {
    passes: { assessmentSignedOff: true },
    hint: 'the assessment must be signed off before a plan is activated',
    path: ['type'],
  },
};

/** Why the machine refused: a guard (the stage takes the event, but not with these facts) or the stage. */
function notAllowed(position: Position, event: CaseEvent): YjplanError {
  const guard = Object.hasOwn(GUARDS, event.type) ? GUARDS[event.type] : undefined;
  const { machineState, record } = position;
  const blockedByGuard =
    guard !== undefined &&
    nextStateValue(machineState, machineContext(record), event.type, guard.passes) !== null;
  const message = blockedByGuard
    ? `Event ${event.type} is not allowed now: ${guard.hint}`
    : `Event ${event.type} is not allowed in stage ${stageOf(machineState)}`;
  const path = blockedByGuard ? guard.path : ['type'];
  return new YjplanError('event_not_allowed', message, [
    { path, code: 'event_not_allowed', message },
  ]);
}

/**
 * @internal One step of the lifecycle for a validated event: the machine decides whether it may
 * happen now, the event's reference checks run, then its change is applied to the record.
 * Duplicate ids are the caller's concern (it owns the log).
 */
export function advance(position: Position, event: CaseEvent): Result<Position> {
  const next = step(position, event);
  return next instanceof YjplanError ? err(next) : ok(next);
}

/** @internal {@link advance} without the result wrapper, for folds: the next position or the error. */
export function step(position: Position, event: CaseEvent): Position | YjplanError {
  const definition = eventDefinition(event.type);
  if (!definition) return new YjplanError('unknown_event_type', 'Unknown event type');
  const { record } = position;
  const facts = guardFacts(record, event.type, event.payload as Record<string, unknown>);
  const next = nextStateValue(position.machineState, machineContext(record), event.type, facts);
  if (next === null) return notAllowed(position, event);
  const issues = definition.check?.(record, event as never) ?? [];
  const first = issues[0];
  if (first) return new YjplanError(first.kind, `Event ${event.type}: ${first.message}`, issues);
  return { machineState: next, record: definition.apply(record, event as never) };
}

/**
 * @internal The state for a log that has been checked event by event; `ids` holds the log's ids.
 * The log array is owned by the new state from here on, and the state is deep-frozen: what it
 * shares with earlier states is frozen already, so only what is new is walked.
 */
export function stateFor(
  position: Position,
  events: CaseEvent[],
  ids: Set<string>,
  previous?: CaseState,
): CaseState {
  idIndex.set(events, ids);
  const { machineState, record } = position;
  const state = {
    caseId: record.caseId,
    stage: stageOf(machineState),
    machineState,
    record,
    events,
  };
  return previous ? sealNext(state, previous) : sealState(state);
}

/**
 * @internal The position a validated `case.opened` event starts a case at. Nothing is frozen
 * yet, so a fold can carry on from it without reading frozen lists.
 */
export function openedPosition(opened: CaseEvent): Result<Position> {
  if (opened.type !== 'case.opened') {
    return err(
      new YjplanError('case_not_opened', 'A case starts with a case.opened event', [
        { path: ['type'], code: 'case_not_opened', message: 'Expected case.opened' },
      ]),
    );
  }
  const record = caseOpened.apply(undefined as never, opened);
  return ok({ machineState: initialStateValue(machineContext(record)), record });
}

/** @internal Opens a case from a validated event. */
export function openParsed(opened: CaseEvent): Result<CaseState> {
  const r = openedPosition(opened);
  return r.ok ? ok(stateFor(r.value, [opened], new Set([opened.id]))) : r;
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
 * Applies one event to a case and returns the new state, deep-frozen like every state the
 * library returns. The input state is never changed; on any error it stays exactly as it was.
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
  const wrongState = notACaseState(state);
  if (wrongState) return err(wrongState);
  const parsed = parseEvent(input);
  if (!parsed.ok) return parsed;
  return applyParsed(state, parsed.value);
}

/**
 * @internal Applies an event that has already been validated. A state the library did not make
 * is copied first (the new state is frozen, the caller's objects never are), and anything in it
 * that cannot be read as a case is answered as `invalid_input`.
 */
export function applyParsed(state: CaseState, event: CaseEvent): Result<CaseState> {
  return onState(state, () => applyToOwn(adoptState(state), event), err);
}

function applyToOwn(state: CaseState, event: CaseEvent): Result<CaseState> {
  const known = idsOf(state.events);
  if (known.has(event.id)) return err(duplicateEvent());
  const r = advance(state, event);
  if (!r.ok) return r;
  // The id set moves to the new log; an older state that is used again rebuilds its own.
  idIndex.delete(state.events);
  known.add(event.id);
  return ok(stateFor(r.value, [...state.events, event], known, state));
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
  const wrongState = notACaseState(state);
  if (wrongState) throw wrongState;
  return onState(
    state,
    () => acceptedTypes(state.machineState, state.record) as CaseEvent['type'][],
    (error) => {
      throw error;
    },
  );
}

/**
 * @internal The event types the case's stage takes for some payload, whether or not the record
 * holds what the payload must refer to: any other type is refused as `event_not_allowed`.
 */
export function typesTheStageTakes(state: CaseState): CaseEvent['type'][] {
  return stageAcceptedTypes(state.machineState, state.record) as CaseEvent['type'][];
}
