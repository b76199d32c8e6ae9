import type { StateValue } from 'xstate';
import { errorFromZod } from '../errors/fromZod.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import { caseOpened } from './events/case.js';
import {
  type CaseEvent,
  type CaseEventInput,
  CaseEventSchema,
  eventDefinition,
} from './events/index.js';
import type { CaseRecord } from './record.js';
import { type CaseState, stageOf } from './state.js';
import {
  acceptedTypes,
  guardFacts,
  initialStateValue,
  machineContext,
  nextStateValue,
} from './transitions.js';

const idIndex = new WeakMap<readonly CaseEvent[], Set<string>>();

function idsOf(events: readonly CaseEvent[]): Set<string> {
  return idIndex.get(events) ?? new Set(events.map((e) => e.id));
}

function parseEvent(input: unknown): Result<CaseEvent> {
  const r = CaseEventSchema.safeParse(input);
  if (r.success) return ok(r.data);
  const type = (input as { type?: unknown } | null)?.type;
  if (
    typeof input === 'object' &&
    input !== null &&
    typeof type === 'string' &&
    !eventDefinition(type)
  ) {
    return err(
      new YjplanError('unknown_event_type', 'Unknown event type', [
        { path: ['type'], code: 'unknown_event_type', message: 'This event type is not known' },
      ]),
    );
  }
  return err(errorFromZod(r.error, 'event'));
}

function notAllowed(state: CaseState, event: CaseEvent): YjplanError {
  const structurallyAllowed = acceptedTypes(state.machineState, state.record).includes(event.type);
  const message = structurallyAllowed
    ? `Event ${event.type} is not allowed now: ${guardHint(event.type)}`
    : `Event ${event.type} is not allowed in stage ${stageOf(state.machineState)}`;
  return new YjplanError('event_not_allowed', message, [
    { path: ['type'], code: 'event_not_allowed', message },
  ]);
}

function guardHint(type: string): string {
  switch (type) {
    case 'plan.drafted':
      return 'the case already has a plan; record a plan.revised event instead';
    case 'plan.revised':
      return 'there is no plan to revise yet; record plan.drafted first';
    case 'plan.agreementRecorded':
      return 'agreement must be recorded against an existing plan version';
    case 'plan.activated':
      return 'the assessment must be signed off before a plan is activated';
    default:
      return 'a structural rule of the lifecycle blocks it';
  }
}

/** Applies a parsed event; the caller has checked stage and duplicates. */
function step(state: CaseState, event: CaseEvent, next: StateValue): Result<CaseState> {
  const definition = eventDefinition(event.type);
  if (!definition) return err(new YjplanError('unknown_event_type', 'Unknown event type'));
  const issues = definition.check?.(state.record, event as never) ?? [];
  const first = issues[0];
  if (first) {
    return err(new YjplanError(first.kind, `Event ${event.type}: ${first.message}`, issues));
  }
  const record: CaseRecord = definition.apply(state.record, event as never);
  const events = [...state.events, event];
  const ids = idsOf(state.events);
  ids.add(event.id);
  idIndex.delete(state.events);
  idIndex.set(events, ids);
  return ok({ caseId: state.caseId, stage: stageOf(next), machineState: next, record, events });
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
  if (!parsed.ok) return parsed;
  const opened = parsed.value;
  if (opened.type !== 'case.opened') {
    return err(
      new YjplanError('case_not_opened', 'A case starts with a case.opened event', [
        { path: ['type'], code: 'case_not_opened', message: 'Expected case.opened' },
      ]),
    );
  }
  const record = caseOpened.apply(undefined as never, opened);
  const machineState = initialStateValue(machineContext(record));
  const events = [opened];
  idIndex.set(events, new Set([opened.id]));
  return ok({ caseId: record.caseId, stage: stageOf(machineState), machineState, record, events });
}

/**
 * Applies one event to a case and returns the new state. The input state is never changed; on
 * any error it stays exactly as it was.
 *
 * @throws {YjplanError} `invalid_input`, `unknown_event_type`, `duplicate_event`,
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
  if (idsOf(state.events).has(event.id)) {
    return err(
      new YjplanError('duplicate_event', 'An event with this id is already in the case', [
        { path: ['id'], code: 'duplicate_event', message: 'Duplicate event id' },
      ]),
    );
  }
  const payload = event.payload as Record<string, unknown>;
  const facts = guardFacts(state.record, event.type, payload);
  const next = nextStateValue(state.machineState, machineContext(state.record), event.type, facts);
  if (next === null) return err(notAllowed(state, event));
  return step(state, event, next);
}

/**
 * Event types the lifecycle accepts in the case's current stage (assuming a payload that
 * refers to what the case holds).
 *
 * @example
 * allowedEvents(state); // ['assessment.submitted', 'parentCarer.added', ...]
 */
export function allowedEvents(state: CaseState): CaseEvent['type'][] {
  return acceptedTypes(state.machineState, state.record) as CaseEvent['type'][];
}
