/**
 * The multi-agency example (Jade, 17) at its moments, and small helpers that add one event to a
 * case and return the new state or the error it was refused with.
 */
import { expect } from 'vitest';
import type { YjplanError } from '../../src/errors/YjplanError.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { MULTI_AGENCY_EXAMPLE, multiAgencyExampleEvents } from '../../src/testing/index.js';

export const X = MULTI_AGENCY_EXAMPLE;

/** Jade's events recorded on or before a date. */
export const jadeEventsUpTo = (date: string): CaseEventInput[] =>
  multiAgencyExampleEvents().filter((e) => e.at.slice(0, 10) <= date);

/** Jade's case as it stood at the end of a date. */
export const jadeOn = (date: string): CaseState => replay(jadeEventsUpTo(date));

/** Jade's case closed. */
export const jadeClosed = (): CaseState => replay(multiAgencyExampleEvents());

let n = 0;

/** An event of `type` recorded on `on` by the case manager. */
export const event = (type: string, payload: unknown, on: string): CaseEventInput =>
  ({ id: `t-${++n}`, type, at: `${on}T17:00:00Z`, by: 'pr-mo', payload }) as CaseEventInput;

/** The case with one more event. */
export const add = (state: CaseState, type: string, payload: unknown, on: string): CaseState =>
  applyEvent(state, event(type, payload, on));

/**
 * The error an event is refused with; the case is left as it was (the same record, the same
 * number of events).
 */
export function refusal(state: CaseState, type: string, payload: unknown, on: string): YjplanError {
  const before = state.record;
  const r = safeApplyEvent(state, event(type, payload, on));
  expect(r.ok).toBe(false);
  expect(state.record).toBe(before);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

/** The paths of a refusal's issues. */
export const pathsOf = (e: YjplanError) => e.issues.map((i) => i.path);
