/**
 * The parts of the worked example (Kai's referral order) that the model tests feed to each
 * schema: realistic input, taken from the one log that replays to closure.
 */
import type { Writable } from '../../src/_lib/immutable.js';
import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { workedExampleEvents } from '../../src/testing/index.js';

type PayloadOf<T extends CaseEventType> = Writable<Extract<CaseEventInput, { type: T }>['payload']>;

/** The payload of the `nth` event of `type` in the worked example (a fresh copy). */
export function payloadOf<T extends CaseEventType>(type: T, nth = 0): PayloadOf<T> {
  const found = workedExampleEvents().filter((e) => e.type === type)[nth];
  if (!found) throw new Error(`The worked example has no event ${type} #${nth}`);
  return structuredClone(found.payload) as PayloadOf<T>;
}

/** The first event of `type` in the worked example (a fresh copy). */
export function eventOf<T extends CaseEventType>(
  type: T,
): Writable<Extract<CaseEventInput, { type: T }>> {
  const found = workedExampleEvents().find((e) => e.type === type);
  if (!found) throw new Error(`The worked example has no event ${type}`);
  return structuredClone(found) as Writable<Extract<CaseEventInput, { type: T }>>;
}

/** The worked example's events before the first event of `type` (the log to replay first). */
export function eventsBefore(type: CaseEventType): CaseEventInput[] {
  const events = workedExampleEvents();
  return events.slice(
    0,
    events.findIndex((e) => e.type === type),
  );
}

/** The zod-style issue paths of a failed `safeParse`, or `[]` when it succeeded. */
export function pathsOf(result: {
  error?: { issues: readonly { path: readonly PropertyKey[] }[] } | undefined;
}): PropertyKey[][] {
  return (result.error?.issues ?? []).map((i) => [...i.path]);
}

/** The item at `index`, failing the test when there is none. */
export function nth<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`No item at index ${index}`);
  return item;
}
