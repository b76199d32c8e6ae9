import fc from 'fast-check';
import type { ErrorCode } from '../../errors/codes.js';
import {
  type CaseEventInput,
  type CaseEventType,
  EVENT_TYPES,
  eventDefinition,
} from '../../lifecycle/events/index.js';
import { typesTheStageTakes } from '../../lifecycle/reducer.js';
import type { CaseState } from '../../lifecycle/state.js';
import { seededChoices } from '../_lib/choices.js';
import { type LifecycleSize, writeLifecycle } from '../_lifecycle/lifecycle.js';
import { PRIVATE_TEXT } from '../_lifecycle/sampler.js';
import { type Break, breaksOf } from './breaks.js';
import { fromChoices } from './choices.js';

export type { LifecycleSize } from '../_lifecycle/lifecycle.js';

/**
 * A lifecycle script: a seed and sizes, from which {@link eventsOfScript} writes the same event
 * log every time (the lifecycle walk with seeded choices). Short to print and to replay; for
 * counterexamples that shrink, use {@link validEventSequence}.
 *
 * @example
 * const script: LifecycleScript = { seed: 42, maxCycles: 2 };
 */
export interface LifecycleScript extends LifecycleSize {
  readonly seed: number;
}

/**
 * A fast-check arbitrary of lifecycle scripts (a seed and the sizes given); turn one into its
 * event log with {@link eventsOfScript}.
 *
 * @example
 * fc.assert(fc.property(lifecycleScript(), (script) => replay(eventsOfScript(script)).stage !== undefined));
 */
export function lifecycleScript(size: LifecycleSize = {}): fc.Arbitrary<LifecycleScript> {
  return fc.nat().map((seed) => ({ ...size, seed }));
}

/**
 * The event log a lifecycle script describes: always the same log for the same script. Every
 * event is one the lifecycle accepts.
 *
 * @example
 * eventsOfScript({ seed: 7 })[0]?.type; // 'case.opened'
 */
export function eventsOfScript(script: LifecycleScript): CaseEventInput[] {
  return writeLifecycle(seededChoices(script.seed), script) as CaseEventInput[];
}

/**
 * A fast-check arbitrary of valid event logs that take a case through its lifecycle, written by
 * the kit's lifecycle walk with fast-check making every choice: a referral order, a YRO or a DTO;
 * opening, assessment (sometimes returned), plan drafts and agreements, sign-off and
 * activation; between those steps any event the case offers (contacts and absences, compliance,
 * referrals, people, orders varied or revoked, custody, agencies, victims, the hand-over...),
 * each its type's own sample; reviews that continue, revise the plan or reassess; then closure,
 * a transfer, or an open case. `applyEvent` accepts every event; a failing property shrinks to
 * a shorter, plainer case.
 *
 * @example
 * fc.assert(fc.property(validEventSequence(), (events) => replay(events).events.length === events.length));
 */
export function validEventSequence(size: LifecycleSize = {}): fc.Arbitrary<CaseEventInput[]> {
  return fromChoices((c) => writeLifecycle(c, size) as CaseEventInput[]);
}

/**
 * A fast-check arbitrary of case files, `{ schemaVersion: 1, events }`, whose events take a case
 * through its lifecycle (see {@link validEventSequence}).
 *
 * @example
 * fc.assert(fc.property(caseFile(), (file) => safeParseCaseFile(file).ok));
 */
export function caseFile(
  size: LifecycleSize = {},
): fc.Arbitrary<{ schemaVersion: 1; events: CaseEventInput[] }> {
  return validEventSequence(size).map((events) => ({ schemaVersion: 1 as const, events }));
}

/**
 * A fast-check arbitrary of single valid events: one event, of any type, from a valid event log
 * (so its payload is realistic, not just well-formed). `parseCaseEvent` accepts each.
 *
 * @example
 * fc.assert(fc.property(caseEvent(), (event) => safeParseCaseEvent(event).ok));
 */
export function caseEvent(size: LifecycleSize = {}): fc.Arbitrary<CaseEventInput> {
  return fc
    .tuple(validEventSequence(size), fc.nat())
    .map(([events, i]) => events[i % events.length] as CaseEventInput);
}

let samples: Map<string, CaseEventInput> | undefined;

/**
 * @internal A valid event of `type` (a fresh copy) from the first seeded lifecycle that writes
 * one: its references fit that case, not necessarily the one it is applied to.
 */
export function sampleEventOf(type: CaseEventType): CaseEventInput {
  if (!samples) {
    samples = new Map();
    for (let seed = 1; samples.size < EVENT_TYPES.length && seed < 2000; seed++) {
      for (const event of eventsOfScript({ seed })) {
        if (!samples.has(event.type)) samples.set(event.type, event);
      }
    }
  }
  const event = samples.get(type);
  if (!event) throw new Error(`No sample event of type ${type}`);
  return structuredClone(event) as CaseEventInput;
}

/**
 * How an invalid event is wrong, and the error code the library must answer with.
 *
 * @example
 * const kind: InvalidEventKind = 'duplicate-id';
 */
export type InvalidEventKind =
  | 'wrong-stage'
  | 'bad-payload'
  | 'duplicate-id'
  | 'unknown-type'
  | 'proto-key'
  | 'not-an-event';

/**
 * An event the library must refuse, with why and the error code it must give.
 *
 * @example
 * fc.sample(invalidEventFor(state), 1)[0]?.expectedCode; // e.g. 'event_not_allowed'
 */
export interface InvalidEvent {
  readonly kind: InvalidEventKind;
  readonly expectedCode: ErrorCode;
  readonly event: unknown;
  /**
   * For an event with one field broken: the path of that field (`['payload', 'disposal',
   * 'lengthMonths']`), which one of the refusal's issues must name.
   */
  readonly path?: readonly (string | number)[];
}

const freshId = (state: CaseState) => `not-in-log-${state.events.length}`;
const withId = (e: unknown, id: string) => ({ ...(e as CaseEventInput), id });

const breaksByType = new Map<CaseEventType, readonly Break[]>();

/**
 * @internal Every way to break the sample event of `type` at one field that its schema refuses (derived
 * from the schema: see `breaks.ts`), but the whole event (not an event at all) and its `type`
 * (an unknown event).
 */
export function breaksOfType(type: CaseEventType): readonly Break[] {
  let breaks = breaksByType.get(type);
  if (!breaks) {
    const schema = eventDefinition(type)?.schema;
    if (!schema) throw new Error(`No event definition for ${type}`);
    const keep = (path: readonly unknown[]) => path.length > 0 && path.join('.') !== 'type';
    breaks = breaksOf(schema, sampleEventOf(type), keep);
    breaksByType.set(type, breaks);
  }
  return breaks;
}

/** A key no event takes, written in the words the library must never echo. */
const privateKey = (e: CaseEventInput) => ({
  ...e,
  payload: { ...(e.payload as object), [PRIVATE_TEXT]: PRIVATE_TEXT },
});

const protoInjections: readonly ((e: CaseEventInput) => unknown)[] = [
  (e) => JSON.parse(JSON.stringify(e).replace(/^\{/, '{"__proto__":{"polluted":true},')),
  (e) =>
    JSON.parse(
      JSON.stringify(e).replace(/"payload":\{/, '"payload":{"__proto__":{"polluted":true},'),
    ),
  (e) => ({ ...e, constructor: { prototype: { polluted: true } } }),
];

/**
 * A fast-check arbitrary of events that `applyEvent` must refuse in `state`, each with the error
 * code it must answer: a type the current stage does not allow, a payload or envelope that does
 * not match the schema, an id already in the log, an unknown type, `__proto__`/`constructor`
 * keys, or something that is not an event at all.
 *
 * @example
 * fc.assert(fc.property(invalidEventFor(state), ({ event, expectedCode }) => safeApplyEvent(state, event).ok === false));
 */
export function invalidEventFor(state: CaseState): fc.Arbitrary<InvalidEvent> {
  const allowed = new Set<string>(typesTheStageTakes(state));
  const notAllowed = EVENT_TYPES.filter((t) => !allowed.has(t));
  const fresh = freshId(state);
  const any = (types: readonly CaseEventType[], id: string) =>
    fc.constantFrom(...types).map((type) => withId(sampleEventOf(type), id));
  const anyType = any(EVENT_TYPES, fresh);
  const arbs: fc.Arbitrary<InvalidEvent>[] = [
    any(notAllowed, fresh).map((event) => ({
      kind: 'wrong-stage' as const,
      expectedCode: 'event_not_allowed' as const,
      event,
    })),
    fc
      .constantFrom(...EVENT_TYPES)
      .chain((type) => fc.constantFrom(...breaksOfType(type)))
      .map(({ path, value }) => ({
        kind: 'bad-payload' as const,
        expectedCode: 'invalid_input' as const,
        event: path[0] === 'id' ? structuredClone(value) : withId(structuredClone(value), fresh),
        path,
      })),
    anyType.map((event) => ({
      kind: 'bad-payload' as const,
      expectedCode: 'invalid_input' as const,
      event: privateKey(event),
    })),
    fc
      .constantFrom(...state.events.map((e) => e.id))
      .chain((id) => any(EVENT_TYPES, id))
      .map((event) => ({
        kind: 'duplicate-id' as const,
        expectedCode: 'duplicate_event' as const,
        event,
      })),
    fc
      .constantFrom(
        'plan.deleted',
        'case.reopened',
        'CASE.OPENED',
        '',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
      )
      .map((type) => ({
        kind: 'unknown-type' as const,
        expectedCode: 'unknown_event_type' as const,
        event: { id: fresh, type, at: '2025-01-06T09:00:00Z', by: 'pr-1', payload: {} },
      })),
    fc.tuple(anyType, fc.constantFrom(...protoInjections)).map(([event, inject]) => ({
      kind: 'proto-key' as const,
      expectedCode: 'invalid_input' as const,
      event: inject(event),
    })),
    fc.constantFrom(null, undefined, 42, 'case.opened', [], {}, { type: 42 }).map((event) => ({
      kind: 'not-an-event' as const,
      expectedCode: 'invalid_input' as const,
      event,
    })),
  ];
  return fc.oneof(...arbs);
}
