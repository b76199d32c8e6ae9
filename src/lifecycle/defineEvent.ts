import * as z from 'zod';
import type { Writable } from '../_lib/immutable.js';
import type { YjplanIssue } from '../errors/YjplanError.js';
import type { IsoDate } from '../model/dates.js';
import { TimestampSchema } from '../model/dates.js';
import { IdSchema } from '../model/ids.js';
import type { MachineContext } from './context.js';
import type { CaseRecord } from './record.js';

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
 * @internal A problem with an event's references, found before it is applied: its kind is the
 * error's code (`invalid_input` for what the law refuses given the case, such as a variation
 * past its limit).
 */
export interface ReferenceIssue extends YjplanIssue {
  readonly kind:
    | 'reference_not_found'
    | 'conflicting_record'
    | 'sharing_restricted'
    | 'sign_off_not_permitted'
    | 'invalid_input';
}

/** @internal What a guard of the statechart reads from an event: one plain value. */
export type Fact = boolean | string | undefined;

/**
 * @internal A named guard on an event's fact and the machine context. The name labels the
 * transition in the state diagram; a name stands for one test wherever it is used.
 */
export interface Guard<F extends Fact = Fact> {
  readonly name: string;
  readonly test: (fact: F, context: MachineContext) => boolean;
}

/**
 * @internal A transition of the statechart taken by the event. `from` is a state as a dot path
 * (`planning.drafting`, `delivery.compliance.warned`; `''` for every state of the case); `to` is
 * the state it moves to, also a dot path from the top; without `to` the event is recorded and
 * the state stays.
 */
export interface Move<F extends Fact = Fact> {
  readonly from: string;
  readonly to?: string;
  readonly reenter?: true;
  readonly guard?: Guard<F>;
}

/**
 * @internal The one fact of the case (and of the event's payload) that the event's guards read:
 * its value for an event, the values some payload can give now (for `allowedEvents`), every
 * value it can take, and what to tell the caller when a guard refuses the event.
 */
export interface FactSpec<F extends Fact, P> {
  readonly of: (record: CaseRecord, payload: P | undefined) => F;
  /** The values some payload can give for this record; by default the value without a payload. */
  readonly offered?: (record: CaseRecord) => readonly F[];
  readonly values: readonly F[];
  /** The sample choice that gives a value (for facts a payload chooses, as a review's decision). */
  readonly choose?: (value: F) => SampleChoice;
  /** What to tell the caller when a guard, not the stage, refuses the event. */
  readonly refusal?: { readonly hint: string; readonly path: readonly string[] };
}

/**
 * @internal The small choices a sample event can take; anything left out takes a plain default.
 */
export interface SampleChoice {
  readonly decision?: 'continue' | 'revise-plan' | 'reassess' | 'close';
  readonly trigger?: string;
  readonly attendance?: 'attended' | 'acceptable-absence' | 'unacceptable-absence';
  readonly agreement?: 'agreed' | 'agreed-with-misgivings' | 'disagreed' | 'could-not-be-discussed';
  /** Whose agreement: the child, or the first parent/carer. */
  readonly party?: 'child' | 'parent';
}

/**
 * @internal The content a sample needs that is not about references: a child and an order to open
 * a case with, an assessment, a plan. The testing kit supplies realistic content; each event's
 * `sample` supplies ids, dates and references that fit the case.
 */
export interface SampleContent {
  readonly opening: (on: IsoDate, caseId: string) => unknown;
  readonly assessment: (
    id: string,
    kind: 'initial' | 'reassessment',
    on: IsoDate,
    record: CaseRecord,
  ) => unknown;
  readonly plan: (version: number, on: IsoDate, record: CaseRecord) => unknown;
  readonly person: (id: string) => unknown;
  /** Free text a practitioner, child or parent would write (tests look for it in messages). */
  readonly text: (what: string) => string;
}

/** @internal What an event's `sample` is given besides the case record. */
export interface SampleContext {
  /** The event's date. */
  readonly on: IsoDate;
  /** A fresh id with the prefix, unique within the case. */
  readonly newId: (prefix: string) => string;
  readonly choice: SampleChoice;
  readonly content: SampleContent;
}

/** @internal The record as a reducer step may change it: writable, for this step only. */
export type RecordDraft = Writable<CaseRecord>;

/**
 * @internal Everything the library knows about one event type, in one place: its payload
 * schema, where the statechart takes it and where it moves the case (the machine's `on` maps
 * are built from these), the fact its guards read, how it is checked against the case, how it
 * changes the record (a step that writes to a draft), a one-line summary for the history, and a
 * sample payload for the testing kit.
 */
export interface EventDefinition<T extends string, P extends z.ZodType, F extends Fact = Fact> {
  readonly type: T;
  readonly description: string;
  readonly schema: z.ZodObject<{
    id: typeof IdSchema;
    type: z.ZodLiteral<T>;
    at: typeof TimestampSchema;
    by: typeof IdSchema;
    payload: P;
  }>;
  readonly moves: readonly Move<F>[];
  readonly fact?: FactSpec<F, z.output<P>>;
  readonly offeredWhen?: (record: CaseRecord) => boolean;
  /** How many of what the event answers are waiting (open reviews, say): states differ by it. */
  readonly pending?: (record: CaseRecord) => number;
  readonly check?: (record: CaseRecord, event: EventEnvelope<T, z.output<P>>) => ReferenceIssue[];
  /**
   * The change to the record, written to a draft. A step may change what earlier steps made
   * (lists, records), never what came in with an event (the payload and its parts are kept as
   * they are: store them, do not edit them).
   */
  readonly apply: (draft: RecordDraft, event: EventEnvelope<T, z.output<P>>) => void;
  readonly summary: (event: EventEnvelope<T, z.output<P>>) => string;
  readonly sample: (record: CaseRecord, context: SampleContext) => z.input<P>;
}

/** @internal The declaration of one event type; see {@link EventDefinition}. */
export interface EventSpec<T extends string, P extends z.ZodType, F extends Fact>
  extends Omit<EventDefinition<T, P, F>, 'schema' | 'moves'> {
  readonly payload: P;
  /** States that take the event without moving (sugar for moves without `to` or guard). */
  readonly stays?: readonly string[];
  readonly moves?: readonly Move<F>[];
}

/** @internal Declares one event type. */
export function defineEvent<const T extends string, P extends z.ZodType, F extends Fact = Fact>(
  spec: EventSpec<T, P, F>,
): EventDefinition<T, P, F> {
  const { payload, stays = [], moves = [], ...rest } = spec;
  const schema = z
    .strictObject({
      id: IdSchema,
      type: z.literal(spec.type),
      at: TimestampSchema,
      by: IdSchema,
      payload,
    })
    .describe(spec.description);
  return { ...rest, schema, moves: [...stays.map((from) => ({ from })), ...moves] };
}

/** @internal A fact read from the record alone (the payload does not change it). */
export function recordFact<F extends Fact>(
  of: (record: CaseRecord) => F,
  values: readonly F[],
  refusal: NonNullable<FactSpec<F, unknown>['refusal']>,
): FactSpec<F, unknown> {
  return { of, offered: (record) => [of(record)], values, refusal };
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

/**
 * @internal An issue the law raises against a payload field given the case (an order changed past
 * its limit, a requirement the child's age rules out): `invalid_input` with the law's issue code.
 */
export function refusedByLaw(
  issue: YjplanIssue,
  under: readonly (string | number)[],
): ReferenceIssue {
  const kind =
    issue.code === 'reference_not_found' || issue.code === 'conflicting_record'
      ? issue.code
      : 'invalid_input';
  return {
    kind,
    code: issue.code,
    path: ['payload', ...under, ...issue.path],
    message: issue.message,
  };
}
