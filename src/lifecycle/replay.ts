import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseEvent, CaseEventInput } from './events/index.js';
import { parseEvent } from './parse.js';
import { advance, duplicateEvent, openParsed, type Position, stateFor } from './reducer.js';
import type { CaseState } from './state.js';

/** Puts the event's index in front of each issue path, and in the message. */
function atIndex(error: YjplanError, index: number): YjplanError {
  return new YjplanError(
    error.code,
    `Event ${index}: ${error.message}`,
    error.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
  );
}

const notALog = () =>
  new YjplanError('case_not_opened', 'A case log is a non-empty array starting with case.opened', [
    { path: [], code: 'case_not_opened', message: 'Expected a non-empty array of events' },
  ]);

/**
 * The fold behind {@link replay}: the same steps as {@link applyEvent} one event at a time, but
 * the log and its id set are built once, in place, since no intermediate state escapes.
 */
function fold(
  events: readonly unknown[],
  parse: (input: unknown) => Result<CaseEvent>,
): Result<CaseState> {
  if (events.length === 0) return err(notALog());
  const first = parse(events[0]);
  const opened = first.ok ? openParsed(first.value) : first;
  if (!opened.ok) return err(atIndex(opened.error, 0));
  const log: CaseEvent[] = [...opened.value.events];
  const ids = new Set(log.map((e) => e.id));
  let position: Position = opened.value;
  for (let i = 1; i < events.length; i++) {
    const parsed = parse(events[i]);
    if (!parsed.ok) return err(atIndex(parsed.error, i));
    const event = parsed.value;
    if (ids.has(event.id)) return err(atIndex(duplicateEvent(), i));
    const r = advance(position, event);
    if (!r.ok) return err(atIndex(r.error, i));
    position = r.value;
    log.push(event);
    ids.add(event.id);
  }
  return ok(stateFor(position, log, ids));
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
  return Array.isArray(events) ? fold(events, parseEvent) : err(notALog());
}

/**
 * @internal Replays events that were already validated (a parsed case file), skipping the
 * second validation.
 */
export function replayParsed(events: readonly CaseEvent[]): Result<CaseState> {
  return fold(events, (e) => ok(e as CaseEvent));
}
