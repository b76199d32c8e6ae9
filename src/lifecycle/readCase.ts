import * as z from 'zod';
import { errorFromZod } from '../errors/fromZod.js';
import { libraryParseOptions } from '../errors/messages.js';
import { err, ok, type Result } from '../errors/result.js';
import { isYjplanError, YjplanError } from '../errors/YjplanError.js';
import type { CaseEvent } from './events/index.js';
import { makeState, type OwnCase, ownCaseOf } from './own.js';
import { parseEvent } from './parse.js';
import { duplicateEvent } from './position.js';
import { CaseRecordSchema } from './record.js';
import { atIndex } from './replay.js';
import { restingValue } from './transitions.js';

const notAState = () =>
  new YjplanError(
    'invalid_input',
    'Expected a case state (from openCase, applyEvent, replay or deserializeCase)',
    [{ path: [], code: 'invalid_type', message: 'Not a case state' }],
  );

const unreadable = () =>
  new YjplanError(
    'invalid_input',
    'The case state could not be read: was it changed after the library made it?',
    [{ path: ['record'], code: 'invalid_type', message: 'Unreadable case state' }],
  );

/** A state's parts, before each is validated on its own terms. */
const StateShapeSchema = z.looseObject({
  record: z.unknown(),
  machineState: z.unknown(),
  events: z.array(z.unknown()).min(1),
});

const invalidMachineState = () =>
  new YjplanError('invalid_input', 'Invalid case state machineState: not a state of the case', [
    { path: ['machineState'], code: 'invalid_value', message: 'Not a state of the case lifecycle' },
  ]);

/** Each event validated, the first a `case.opened`, no id twice: the log of a foreign state. */
function validLog(
  inputs: readonly unknown[],
): Result<{ log: CaseEvent[]; ids: Map<string, number> }> {
  const log: CaseEvent[] = [];
  const ids = new Map<string, number>();
  for (const [i, input] of inputs.entries()) {
    const parsed = parseEvent(input);
    if (!parsed.ok) return err(underEvents(atIndex(parsed.error, i)));
    if (ids.has(parsed.value.id)) return err(underEvents(atIndex(duplicateEvent(), i)));
    if (i === 0 && parsed.value.type !== 'case.opened') return err(notAState());
    ids.set(parsed.value.id, i);
    log.push(parsed.value);
  }
  return ok({ log, ids });
}

const underEvents = (error: YjplanError) =>
  new YjplanError(
    'invalid_input',
    `Invalid case state: ${error.message}`,
    error.issues.map((i) => ({ ...i, path: ['events', ...i.path] })),
  );

/**
 * @internal The library's own form of a case state. A state the library made is taken as it is
 * (its log is the library's own copy). Anything else (a state rebuilt from JSON, say) is
 * validated part by part before anything reads it: the record against the record's schema, the
 * machine state against the states the lifecycle can rest in, every event of the log; what
 * fails answers `invalid_input` with its path, and what passes is copied into a state the
 * library owns (the caller's objects are never kept). Validating costs about a replay on every
 * call: keep the states the library returns, or load a stored case with `deserializeCase`.
 */
export function ownCase(state: unknown): Result<OwnCase> {
  const own = ownCaseOf(state);
  if (own !== undefined) return ok(own);
  const shape = StateShapeSchema.safeParse(state, libraryParseOptions);
  if (!shape.success) return err(notAState());
  const machineState = restingValue(shape.data.machineState);
  if (machineState === undefined) return err(invalidMachineState());
  const record = CaseRecordSchema.safeParse(shape.data.record, libraryParseOptions);
  if (!record.success) return err(errorFromZod(record.error, 'case state', { prefix: ['record'] }));
  const log = validLog(shape.data.events);
  if (!log.ok) return log;
  const { log: events, ids } = log.value;
  const made = makeState({ machineState, record: record.data }, events, events.length, ids);
  return ok(ownCaseOf(made) as OwnCase);
}

/**
 * @internal Reads a case state at the boundary of a query: the state is checked (or rebuilt) as
 * {@link ownCase} says, then `read` runs on the library's own form. Whatever `read` throws comes
 * back as a typed error: a `YjplanError` as it is; anything else (a caller wrote something
 * unreadable into a state, which the development build refuses as it happens) as
 * `invalid_input`, never as a plain error.
 */
export function readCase<T>(state: unknown, read: (own: OwnCase) => T): Result<T> {
  const own = ownCase(state);
  if (!own.ok) return own;
  try {
    return ok(read(own.value));
  } catch (e) {
    return err(isYjplanError(e) ? (e as YjplanError) : unreadable());
  }
}

/** @internal {@link readCase} for a throwing query: the value, or the typed error thrown. */
export function readCaseOrThrow<T>(state: unknown, read: (own: OwnCase) => T): T {
  const r = readCase(state, read);
  if (!r.ok) throw r.error;
  return r.value;
}
