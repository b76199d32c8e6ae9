import type { StateValue } from 'xstate';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import { caseOpened } from './events/case.js';
import { type CaseEvent, type CaseEventInput, eventDefinition } from './events/index.js';
import type { GuardFacts } from './machine.js';
import { parseEvent } from './parse.js';
import type { CaseRecord } from './record.js';
import { type CaseState, stageOf } from './state.js';
import {
  acceptedTypes,
  guardFacts,
  initialStateValue,
  machineContext,
  nextStateValue,
} from './transitions.js';

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

/**
 * @internal A cheap check that a value looks like a case state this library made (a JavaScript
 * host can pass anything): the error to answer with, if it does not.
 */
export function notACaseState(state: unknown): YjplanError | undefined {
  const s = state as Partial<CaseState> | null | undefined;
  const looksRight =
    typeof s === 'object' &&
    s !== null &&
    typeof s.caseId === 'string' &&
    (typeof s.machineState === 'string' ||
      (typeof s.machineState === 'object' && s.machineState !== null)) &&
    typeof s.record === 'object' &&
    s.record !== null &&
    Array.isArray(s.events) &&
    s.events.length > 0;
  return looksRight
    ? undefined
    : new YjplanError(
        'invalid_input',
        'Expected a case state made by openCase, applyEvent or replay',
        [{ path: [], code: 'invalid_type', message: 'Not a case state' }],
      );
}

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
  const definition = eventDefinition(event.type);
  if (!definition) return err(new YjplanError('unknown_event_type', 'Unknown event type'));
  const { record } = position;
  const facts = guardFacts(record, event.type, event.payload as Record<string, unknown>);
  const next = nextStateValue(position.machineState, machineContext(record), event.type, facts);
  if (next === null) return err(notAllowed(position, event));
  const issues = definition.check?.(record, event as never) ?? [];
  const first = issues[0];
  if (first) {
    return err(new YjplanError(first.kind, `Event ${event.type}: ${first.message}`, issues));
  }
  return ok({ machineState: next, record: definition.apply(record, event as never) });
}

/**
 * @internal The state for a log that has been checked event by event; `ids` holds the log's ids.
 * The log array is owned by the new state from here on.
 */
export function stateFor(position: Position, events: CaseEvent[], ids: Set<string>): CaseState {
  idIndex.set(events, ids);
  const { machineState, record } = position;
  return { caseId: record.caseId, stage: stageOf(machineState), machineState, record, events };
}

/** @internal Opens a case from a validated event. */
export function openParsed(opened: CaseEvent): Result<CaseState> {
  if (opened.type !== 'case.opened') {
    return err(
      new YjplanError('case_not_opened', 'A case starts with a case.opened event', [
        { path: ['type'], code: 'case_not_opened', message: 'Expected case.opened' },
      ]),
    );
  }
  const record = caseOpened.apply(undefined as never, opened);
  const machineState = initialStateValue(machineContext(record));
  return ok(stateFor({ machineState, record }, [opened], new Set([opened.id])));
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
 * any error it stays exactly as it was.
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

/** @internal Applies an event that has already been validated. */
export function applyParsed(state: CaseState, event: CaseEvent): Result<CaseState> {
  const known = idsOf(state.events);
  if (known.has(event.id)) return err(duplicateEvent());
  const r = advance(state, event);
  if (!r.ok) return r;
  // The id set moves to the new log; an older state that is used again rebuilds its own.
  idIndex.delete(state.events);
  known.add(event.id);
  return ok(stateFor(r.value, [...state.events, event], known));
}

/**
 * Event types the lifecycle accepts in the case's current stage (assuming a payload that
 * refers to what the case holds).
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 * @example
 * allowedEvents(state); // ['assessment.submitted', 'parentCarer.added', ...]
 */
export function allowedEvents(state: CaseState): CaseEvent['type'][] {
  const wrongState = notACaseState(state);
  if (wrongState) throw wrongState;
  return acceptedTypes(state.machineState, state.record) as CaseEvent['type'][];
}
