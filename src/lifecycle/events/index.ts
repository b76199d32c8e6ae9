import * as z from 'zod';
import type { Immutable } from '../../_lib/immutable.js';
import type { EventDefinition } from '../defineEvent.js';
import { agencyEvents } from './agencies.js';
import { assessmentEvents } from './assessment.js';
import { caseEvents } from './case.js';
import { complianceEvents } from './compliance.js';
import { custodyEvents } from './custody.js';
import { deliveryEvents } from './delivery.js';
import { handoverEvents } from './handover.js';
import { historyEvents } from './history.js';
import { orderEvents } from './orders.js';
import { overrideEvents } from './overrides.js';
import { peopleEvents } from './people.js';
import { planEvents } from './plan.js';
import { reviewEvents } from './review.js';
import { staffEvents } from './staff.js';
import { victimEvents } from './victims.js';

/** @internal Every event type the library knows, grouped by concern. */
export const EVENT_DEFINITIONS = [
  ...caseEvents,
  ...assessmentEvents,
  ...planEvents,
  ...deliveryEvents,
  ...complianceEvents,
  ...reviewEvents,
  ...peopleEvents,
  ...custodyEvents,
  ...orderEvents,
  ...historyEvents,
  ...overrideEvents,
  ...staffEvents,
  ...agencyEvents,
  ...victimEvents,
  ...handoverEvents,
] as const;

type Definition = (typeof EVENT_DEFINITIONS)[number];
type EventSchemas = [Definition['schema'], ...Definition['schema'][]];

/**
 * Any event of a case: `{ id, type, at, by, payload }`, discriminated by `type`. Use
 * {@link parseCaseEvent} at the boundary.
 *
 * @example
 * CaseEventSchema.safeParse(json).success;
 */
export const CaseEventSchema = z.discriminatedUnion(
  'type',
  EVENT_DEFINITIONS.map((d) => d.schema) as unknown as EventSchemas,
);

/**
 * Any event of a case.
 *
 * @example
 * const event: CaseEvent = parseCaseEvent(json);
 */
export type CaseEvent = Immutable<z.infer<typeof CaseEventSchema>>;
/**
 * What a host passes as an event (defaults not yet applied).
 *
 * @example
 * const input: CaseEventInput = { id: 'e2', type: 'assessment.started', at: '2025-03-04T09:00:00Z', by: 'pr-7', payload: { assessmentId: 'a-1', on: '2025-03-04' } };
 */
export type CaseEventInput = Immutable<z.input<typeof CaseEventSchema>>;
/**
 * The `type` of an event.
 *
 * @example
 * const type: CaseEventType = 'plan.agreementRecorded';
 */
export type CaseEventType = CaseEvent['type'];
/**
 * The event of one type.
 *
 * @example
 * type Agreed = CaseEventOf<'plan.agreementRecorded'>; // payload: Agreement
 */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
/**
 * The `case.opened` event.
 *
 * @example
 * const opening: CaseOpened = state.events[0] as CaseOpened;
 */
export type CaseOpened = CaseEventOf<'case.opened'>;

/**
 * Every event type, in catalogue order.
 *
 * @example
 * EVENT_TYPES.includes('case.opened'); // true
 */
export const EVENT_TYPES: readonly CaseEventType[] = EVENT_DEFINITIONS.map((d) => d.type);

// biome-ignore lint/suspicious/noExplicitAny: the registry holds definitions of every payload type
type AnyDefinition = EventDefinition<string, any, any>;

const byType = new Map<string, AnyDefinition>(
  EVENT_DEFINITIONS.map((d) => [d.type, d as unknown as AnyDefinition]),
);

/** @internal Every definition, typed for code that treats them alike (the machine, samples). */
export const DEFINITIONS: readonly AnyDefinition[] = [...byType.values()];

/** @internal The definition of one event type, if the type is known. */
export function eventDefinition(type: string): AnyDefinition | undefined {
  return byType.get(type);
}
