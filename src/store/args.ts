import * as z from 'zod';
import { errorFromZod } from '../errors/fromZod.js';
import { libraryParseOptions } from '../errors/messages.js';
import { YjplanError } from '../errors/YjplanError.js';
import { IdSchema } from '../model/ids.js';

/**
 * The most events one append takes (a whole case file is far smaller).
 *
 * @example
 * for (let i = 0; i < events.length; i += MAX_APPEND_EVENTS) { ... }
 */
export const MAX_APPEND_EVENTS = 10_000;

/** @internal Parses one argument of a store call, answering the library's error on failure. */
export function arg<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value, libraryParseOptions);
  if (r.success) return r.data;
  throw errorFromZod(r.error, what);
}

/** @internal A case id, at path `['caseId']`. */
export const CaseIdArg = z.strictObject({ caseId: IdSchema });

/** @internal The events of an append (validated one by one later, by the lifecycle). */
export const EventsArg = z.array(z.unknown()).min(1).max(MAX_APPEND_EVENTS);

/** @internal The options of an append. */
export const AppendOptionsArg = z.strictObject({
  expectedVersion: z.int().min(0).max(2_000_000_000),
});

/** @internal A case id, checked (at `['caseId']`). */
export function caseIdArg(caseId: unknown): string {
  return arg(CaseIdArg, { caseId }, 'case id').caseId;
}

/** @internal The error for an append whose `case.opened` names another case than the one given. */
export function wrongCase(): YjplanError {
  const message = 'The case.opened event names another case than the one appended to';
  return new YjplanError('invalid_input', message, [
    { path: [0, 'payload', 'caseId'], code: 'custom', message },
  ]);
}

/** @internal The error for a stale `expectedVersion`. */
export function concurrencyConflict(expected: number, stored: number): YjplanError {
  return new YjplanError(
    'concurrency_conflict',
    `The case is at version ${stored}, not the expected version ${expected}`,
    [{ path: ['expectedVersion'], code: 'concurrency_conflict', message: 'Stale expectedVersion' }],
  );
}
