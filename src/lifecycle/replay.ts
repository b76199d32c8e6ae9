import { DEVELOPMENT, freezeInDevelopment } from '../_lib/development.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { CaseEvent, CaseEventInput } from './events/index.js';
import { makeState } from './own.js';
import { parseEvent } from './parse.js';
import { duplicateEvent, inPlace, openedPosition, type Position, step } from './position.js';
import type { CaseState } from './state.js';

/** @internal Puts the event's index in front of each issue path, and in the message. */
export function atIndex(error: YjplanError, index: number): YjplanError {
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
 * The fold behind {@link replay}: the same steps as `applyEvent` one event at a time, but the
 * record is written in place, since no intermediate state escapes: each step costs what it
 * changes, never the length of the lists it adds to.
 */
function fold(
  events: readonly unknown[],
  parse: (input: unknown) => Result<CaseEvent>,
): Result<CaseState> {
  if (events.length === 0) return err(notALog());
  // Validate the whole log, then apply it: two tight loops run faster than one alternating
  // between them. The first error in log order is still the one reported.
  const log: CaseEvent[] = [];
  let invalid: YjplanError | undefined;
  for (const input of events) {
    const parsed = parse(input);
    if (!parsed.ok) {
      invalid = parsed.error;
      break;
    }
    // In the development build a step that edits what came in with an event throws.
    log.push(DEVELOPMENT ? freezeInDevelopment(parsed.value) : parsed.value);
  }
  const first = log[0];
  if (first === undefined) return err(atIndex(invalid as YjplanError, 0));
  const opened = openedPosition(first);
  if (!opened.ok) return err(atIndex(opened.error, 0));
  const ids = new Map([[first.id, 0]]);
  let position: Position = opened.value;
  for (let i = 1; i < log.length; i++) {
    const event = log[i] as CaseEvent;
    if (ids.has(event.id)) return err(atIndex(duplicateEvent(), i));
    const next = step(position, event, inPlace);
    if (next instanceof YjplanError) return err(atIndex(next, i));
    position = next;
    ids.set(event.id, i);
  }
  if (invalid) return err(atIndex(invalid, log.length));
  return ok(makeState(position, log, log.length, ids));
}

/**
 * Rebuilds a case from its event log: the fold of {@link applyEvent} over the events, starting
 * with `case.opened`. Equal to applying the events one by one. The events passed in are
 * validated into new objects and stay the caller's own.
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
 * second validation. The events become the state's log.
 */
export function replayParsed(events: readonly CaseEvent[]): Result<CaseState> {
  return fold(events, (e) => ok(e as CaseEvent));
}
