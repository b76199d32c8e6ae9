import * as z from 'zod';
import { errorFromZod } from '../errors/fromZod.js';
import { libraryParseOptions } from '../errors/messages.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError, type YjplanIssue } from '../errors/YjplanError.js';
import { type CaseEvent, CaseEventSchema, eventDefinition } from './events/index.js';

const compiled = new Map<string, z.ZodType>();
const uses = new Map<string, number>();

/** Compiling a schema costs about as much as a few dozen runtime parses of it. */
const COMPILE_AFTER_USES = 32;

/** Compiles the schema of `type` (`z.compile`: generated code, the runtime parser as fallback). */
function compileSchema(type: string, schema: z.ZodType): z.ZodType {
  const ready = z.compile(schema);
  compiled.set(type, ready);
  return ready;
}

/**
 * @internal The schema of one event type, compiled once it is used often (`z.compile`: generated
 * code with the runtime parser as fallback, so results are the same). Compiling each type's
 * schema and dispatching on `type` here is about 4x faster than the runtime parser on bulk work,
 * where compiling the whole discriminated union gains nothing; waiting for repeated use keeps a
 * one-off parse (a single event from a host) from paying for code generation.
 */
function schemaOf(type: string): z.ZodType | undefined {
  const ready = compiled.get(type);
  if (ready !== undefined) return ready;
  const definition = eventDefinition(type);
  if (!definition) return undefined;
  const n = (uses.get(type) ?? 0) + 1;
  uses.set(type, n);
  if (n < COMPILE_AFTER_USES) return definition.schema as z.ZodType;
  return compileSchema(type, definition.schema as z.ZodType);
}

/**
 * @internal Announces a bulk parse (a case file, a replayed log): compiles at once the schema of
 * each event type that `inputs` use often enough to repay it, instead of parsing the first 32
 * events of that type with the runtime parser first. A case file's contacts are compiled before
 * the first one is parsed; its one `case.opened` is not. Results are the same either way.
 *
 * @example
 * expectEvents(file.events);
 * const parsed = file.events.map(parseEvent);
 */
export function expectEvents(inputs: readonly unknown[]): void {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    const type =
      typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && !compiled.has(type))
      counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  for (const [type, count] of counts) {
    const definition = eventDefinition(type);
    if (definition && (uses.get(type) ?? 0) + count >= COMPILE_AFTER_USES)
      compileSchema(type, definition.schema as z.ZodType);
  }
}

/** @internal The issue of an event whose `type` is a string the library does not know. */
export const unknownTypeIssue = (prefix: readonly (string | number)[] = []): YjplanIssue => ({
  path: [...prefix, 'type'],
  code: 'unknown_event_type',
  message: 'This event type is not known',
});

const unknownType = () =>
  new YjplanError('unknown_event_type', 'Unknown event type', [unknownTypeIssue()]);

/**
 * @internal What validating one event found: the event, an unknown `type`, or zod's error. No
 * `Error` is made (a stack trace each), so a bulk parse pays only for the issues it lists.
 */
export type EventCheck =
  | { readonly ok: true; readonly value: CaseEvent }
  | { readonly ok: false; readonly unknownType: true }
  | { readonly ok: false; readonly unknownType?: undefined; readonly error: z.ZodError };

/** @internal Validates one event, as {@link parseEvent} does, without making an error. */
export function checkEvent(input: unknown): EventCheck {
  const type =
    typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  const schema = typeof type === 'string' ? schemaOf(type) : undefined;
  if (typeof type === 'string' && schema === undefined) return { ok: false, unknownType: true };
  const r = (schema ?? CaseEventSchema).safeParse(input, libraryParseOptions);
  return r.success ? { ok: true, value: r.data as CaseEvent } : { ok: false, error: r.error };
}

/**
 * @internal Validates one event, with the same result as `CaseEventSchema.safeParse`:
 * `unknown_event_type` when `type` is a string the library does not know, `invalid_input` with
 * every offending path otherwise.
 */
export function parseEvent(input: unknown): Result<CaseEvent> {
  const r = checkEvent(input);
  if (r.ok) return ok(r.value);
  return err(r.unknownType ? unknownType() : errorFromZod(r.error, 'event'));
}
