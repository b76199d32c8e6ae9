import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { workedExampleEvents } from '../../src/testing/index.js';

/** The worked example's log up to and including the `nth` (from 1) event of `type`. */
export function logThrough(type: CaseEventType, nth = 1): CaseEventInput[] {
  const events = workedExampleEvents();
  let seen = 0;
  const at = events.findIndex((e) => e.type === type && ++seen === nth);
  if (at < 0) throw new Error(`The worked example has no event ${nth} of type ${type}`);
  return events.slice(0, at + 1);
}

/** Kai's case just after the `nth` event of `type`. */
export function kaiAfter(type: CaseEventType, nth = 1): CaseState {
  return replay(logThrough(type, nth));
}

/** An event for Kai's case, with an id not in the log. */
export function kaiEvent<T extends CaseEventType>(
  type: T,
  payload: Extract<CaseEventInput, { type: T }>['payload'],
  id = 'test-event',
): CaseEventInput {
  return { id, type, at: '2026-01-05T10:00:00Z', by: 'pr-sam', payload } as CaseEventInput;
}
