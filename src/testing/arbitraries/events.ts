import fc from 'fast-check';
import type { ErrorCode } from '../../errors/codes.js';
import type { CaseEventInput } from '../../lifecycle/events/index.js';
import { typesTheStageTakes } from '../../lifecycle/reducer.js';
import type { CaseState } from '../../lifecycle/state.js';
import { ReviewTriggerSchema } from '../../model/review.js';
import { PRIVATE_TEXT } from '../_lifecycle/content.js';
import { sampleEvent, sampleEventTypes } from '../_lifecycle/samples.js';
import {
  type AgreementChoice,
  ANYTIME_STEPS,
  DELIVERY_STEPS,
  eventsFromScript,
  type LifecycleScript,
  type PlanningScript,
  type ScriptStep,
} from '../_lifecycle/script.js';

export type { LifecycleScript } from '../_lifecycle/script.js';

/**
 * Sizes of generated lifecycles.
 *
 * @example
 * validEventSequence({ maxCycles: 1, maxSteps: 3 }); // short cases
 */
export interface LifecycleSize {
  /** Reviews that do not close the case (default up to 4). */
  readonly maxCycles?: number;
  /** Small happenings per stretch of the case (default up to 6). */
  readonly maxSteps?: number;
}

const stepsArb = (max: number, pool: readonly ScriptStep[]) =>
  fc.array(fc.constantFrom(...pool), { maxLength: max });

const agreementArb: fc.Arbitrary<AgreementChoice> = fc.record({
  party: fc.constantFrom('child' as const, 'parent' as const),
  status: fc.constantFrom(
    'agreed' as const,
    'agreed-with-misgivings' as const,
    'disagreed' as const,
    'could-not-be-discussed' as const,
  ),
});

const planningArb = (max: number): fc.Arbitrary<PlanningScript> =>
  fc.record({
    steps: stepsArb(max, [...ANYTIME_STEPS, 'referral', 'referral-update']),
    redrafts: fc.array(fc.array(agreementArb, { maxLength: 2 }), { maxLength: 2 }),
    agreements: fc.array(agreementArb, { maxLength: 3 }),
    reviseAfterSignOff: fc.boolean(),
  });

/**
 * A fast-check arbitrary of lifecycle scripts: a case's story as small choices (the order, the
 * parents involved, what happens in each stage, what each review decides, how the case ends).
 * Property tests that take the script rather than the events print a short, readable
 * counterexample when they fail; turn it into events with {@link eventsOfScript}.
 *
 * @example
 * fc.assert(fc.property(lifecycleScript(), (script) => replay(eventsOfScript(script)).stage !== undefined));
 */
export function lifecycleScript(size: LifecycleSize = {}): fc.Arbitrary<LifecycleScript> {
  const max = size.maxSteps ?? 6;
  const all = [...ANYTIME_STEPS, ...DELIVERY_STEPS];
  return fc.record({
    disposal: fc.constantFrom('referral-order' as const, 'yro' as const, 'dto' as const),
    parents: fc.integer({ min: 0, max: 2 }),
    opening: stepsArb(max, ANYTIME_STEPS),
    assessment: fc.record({
      returns: fc.integer({ min: 0, max: 2 }),
      steps: stepsArb(max, ANYTIME_STEPS),
    }),
    planning: planningArb(max),
    cycles: fc.array(
      fc.record({
        steps: stepsArb(max, all),
        trigger: fc.constantFrom(...ReviewTriggerSchema.options),
        reviewSteps: stepsArb(max, all),
        decision: fc.constantFrom('continue' as const, 'revise-plan' as const, 'reassess' as const),
        returns: fc.integer({ min: 0, max: 1 }),
        planning: planningArb(max),
      }),
      { maxLength: size.maxCycles ?? 4 },
    ),
    ending: fc.oneof(
      fc.record({
        kind: fc.constant('close' as const),
        closingSteps: stepsArb(max, ANYTIME_STEPS),
      }),
      fc.record({ kind: fc.constant('transfer' as const), atEvent: fc.nat({ max: 120 }) }),
      fc.record({ kind: fc.constant('open' as const) }),
    ),
  });
}

/**
 * The event log a lifecycle script describes. Every event is one the lifecycle accepts.
 *
 * @example
 * const events = fc.sample(lifecycleScript(), 1).map(eventsOfScript)[0];
 */
export function eventsOfScript(script: LifecycleScript): CaseEventInput[] {
  return eventsFromScript(script);
}

/**
 * A fast-check arbitrary of valid event logs that take a case through its lifecycle: opening,
 * assessment (with returns), plan drafts and agreements, sign-off and activation, contacts,
 * referrals, compliance and custody, reviews that continue, revise the plan or reassess, and
 * then closure, a transfer, or an open case. `applyEvent` accepts every event.
 *
 * @example
 * fc.assert(fc.property(validEventSequence(), (events) => replay(events).events.length === events.length));
 */
export function validEventSequence(size: LifecycleSize = {}): fc.Arbitrary<CaseEventInput[]> {
  return lifecycleScript(size).map(eventsFromScript);
}

/**
 * A fast-check arbitrary of case files, `{ schemaVersion: 1, events }`, whose events take a case
 * through its lifecycle (see {@link validEventSequence}): what `parseCaseFile` and
 * `deserializeCase` accept, and what `yjplan check` reads.
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
 * (so its payload is realistic, not just well-formed). `parseCaseEvent` accepts each; whether
 * `applyEvent` does depends on the case it is applied to.
 *
 * @example
 * fc.assert(fc.property(caseEvent(), (event) => safeParseCaseEvent(event).ok));
 */
export function caseEvent(size: LifecycleSize = {}): fc.Arbitrary<CaseEventInput> {
  return fc
    .tuple(validEventSequence(size), fc.nat())
    .map(([events, i]) => events[i % events.length] as CaseEventInput);
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
}

const freshId = (state: CaseState) => `not-in-log-${state.events.length}`;
const withId = (e: CaseEventInput, id: string) => ({ ...e, id });

const payloadBreakers: readonly ((e: CaseEventInput) => unknown)[] = [
  (e) => ({ ...e, payload: null }),
  (e) => ({ ...e, payload: {} }),
  (e) => ({ ...e, payload: { ...(e.payload as object), unexpected: true } }),
  (e) => ({ ...e, at: '2025-13-01T09:00:00Z' }),
  (e) => ({ ...e, at: '2025-03-01T09:00:00' }),
  (e) => ({ ...e, by: '' }),
  (e) => ({ ...e, id: '__proto__' }),
  (e) => ({ ...e, id: PRIVATE_TEXT }),
  (e) => ({ ...e, payload: PRIVATE_TEXT }),
  (e) => ({ ...e, payload: { ...(e.payload as object), [PRIVATE_TEXT]: PRIVATE_TEXT } }),
  (e) => {
    const { by: _by, ...rest } = e;
    return rest;
  },
];

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
  const notAllowed = sampleEventTypes().filter((t) => !allowed.has(t));
  const anyType = fc.constantFrom(...sampleEventTypes());
  const fresh = freshId(state);
  const arbs: fc.Arbitrary<InvalidEvent>[] = [
    fc.constantFrom(...notAllowed).map((type) => ({
      kind: 'wrong-stage' as const,
      expectedCode: 'event_not_allowed' as const,
      event: withId(sampleEvent(type), fresh),
    })),
    fc.tuple(anyType, fc.constantFrom(...payloadBreakers)).map(([type, breakIt]) => ({
      kind: 'bad-payload' as const,
      expectedCode: 'invalid_input' as const,
      event: breakIt(withId(sampleEvent(type), fresh)),
    })),
    fc.tuple(anyType, fc.constantFrom(...state.events.map((e) => e.id))).map(([type, id]) => ({
      kind: 'duplicate-id' as const,
      expectedCode: 'duplicate_event' as const,
      event: withId(sampleEvent(type), id),
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
        event: { ...withId(sampleEvent('case.managerChanged'), fresh), type },
      })),
    fc.tuple(anyType, fc.constantFrom(...protoInjections)).map(([type, inject]) => ({
      kind: 'proto-key' as const,
      expectedCode: 'invalid_input' as const,
      event: inject(withId(sampleEvent(type), fresh)),
    })),
    fc.constantFrom(null, undefined, 42, 'case.opened', [], {}, { type: 42 }).map((event) => ({
      kind: 'not-an-event' as const,
      expectedCode: 'invalid_input' as const,
      event,
    })),
  ];
  return fc.oneof(...arbs);
}
