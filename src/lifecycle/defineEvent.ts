import * as z from 'zod';
import type { YjplanIssue } from '../errors/YjplanError.js';
import { TimestampSchema } from '../model/dates.js';
import { IdSchema } from '../model/ids.js';
import type { CaseRecord } from './record.js';
import type { Stage } from './stages.js';

/**
 * @internal The envelope every event shares: who recorded what, when.
 */
export interface EventEnvelope<T extends string, P> {
  readonly id: string;
  readonly type: T;
  readonly at: string;
  readonly by: string;
  readonly payload: P;
}

/**
 * @internal A problem with an event's references, found before it is applied.
 */
export interface ReferenceIssue extends YjplanIssue {
  readonly kind: 'reference_not_found' | 'conflicting_record' | 'sharing_restricted';
}

/**
 * @internal Everything the library knows about one event type: its schema, where the lifecycle
 * accepts it (for events that do not move the stage; the machine owns the others), how it is
 * checked against the case, how it changes the record, and a one-line summary for the history.
 * Adding an event is one call in one file of `events/`.
 */
export interface EventDefinition<T extends string, P extends z.ZodType> {
  readonly type: T;
  readonly schema: z.ZodObject<{
    id: typeof IdSchema;
    type: z.ZodLiteral<T>;
    at: typeof TimestampSchema;
    by: typeof IdSchema;
    payload: P;
  }>;
  /** Stages that accept the event without changing stage. Omit for events the machine routes. */
  readonly allowedIn?: readonly Stage[];
  /**
   * For an event that can only refer to something already recorded: whether the record holds
   * anything it could name, so `allowedEvents` offers it only when some payload can pass `check`.
   */
  readonly offeredWhen?: (record: CaseRecord) => boolean;
  readonly check?: (record: CaseRecord, event: EventEnvelope<T, z.output<P>>) => ReferenceIssue[];
  readonly apply: (record: CaseRecord, event: EventEnvelope<T, z.output<P>>) => CaseRecord;
  readonly summary: (event: EventEnvelope<T, z.output<P>>) => string;
}

/** @internal Declares one event type. */
export function defineEvent<const T extends string, P extends z.ZodType>(def: {
  type: T;
  payload: P;
  description: string;
  allowedIn?: readonly Stage[];
  offeredWhen?: (record: CaseRecord) => boolean;
  check?: (record: CaseRecord, event: EventEnvelope<T, z.output<P>>) => ReferenceIssue[];
  apply: (record: CaseRecord, event: EventEnvelope<T, z.output<P>>) => CaseRecord;
  summary: (event: EventEnvelope<T, z.output<P>>) => string;
}): EventDefinition<T, P> {
  const schema = z
    .strictObject({
      id: IdSchema,
      type: z.literal(def.type),
      at: TimestampSchema,
      by: IdSchema,
      payload: def.payload,
    })
    .describe(def.description);
  return { ...def, schema };
}

/** @internal A reference issue for the payload field at `path`. */
export function missing(path: readonly (string | number)[], message: string): ReferenceIssue {
  return {
    kind: 'reference_not_found',
    code: 'reference_not_found',
    path: ['payload', ...path],
    message,
  };
}

/** @internal An issue for a payload id that is already used. */
export function conflict(path: readonly (string | number)[], message: string): ReferenceIssue {
  return {
    kind: 'conflicting_record',
    code: 'conflicting_record',
    path: ['payload', ...path],
    message,
  };
}
