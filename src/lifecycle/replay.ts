import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseEventInput } from './events/index.js';
import { safeApplyEvent, safeOpenCase } from './reducer.js';
import type { CaseState } from './state.js';

/** Puts the event's index in front of each issue path, and in the message. */
function atIndex(error: YjplanError, index: number): YjplanError {
  return new YjplanError(
    error.code,
    `Event ${index}: ${error.message}`,
    error.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
  );
}

/**
 * Rebuilds a case from its event log: the fold of {@link applyEvent} over the events, starting
 * with `case.opened`. Equal to applying the events one by one.
 *
 * @throws {YjplanError} the first event's error, with the event index first in each issue path.
 * @example
 * const state = replay(caseFile.events);
 * state.stage; // 'closed'
 */
export function replay(events: readonly CaseEventInput[]): CaseState {
  const r = safeReplay(events);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link replay}.
 *
 * @example
 * const r = safeReplay(log);
 * if (!r.ok) console.error(r.error.issues[0]?.path); // [12, 'payload', 'version']
 */
export function safeReplay(events: unknown): Result<CaseState> {
  if (!Array.isArray(events) || events.length === 0) {
    return err(
      new YjplanError(
        'case_not_opened',
        'A case log is a non-empty array starting with case.opened',
        [{ path: [], code: 'case_not_opened', message: 'Expected a non-empty array of events' }],
      ),
    );
  }
  const opened = safeOpenCase(events[0]);
  if (!opened.ok) return err(atIndex(opened.error, 0));
  let state = opened.value;
  for (let i = 1; i < events.length; i++) {
    const r = safeApplyEvent(state, events[i]);
    if (!r.ok) return err(atIndex(r.error, i));
    state = r.value;
  }
  return ok(state);
}
