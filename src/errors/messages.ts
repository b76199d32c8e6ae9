/**
 * How the library words zod's issues. Messages are built from what the schema expected, never
 * from the value it received, so they are safe to log; see docs/decisions/0002.
 * @internal
 */
import type * as z from 'zod';
// The English locale alone: `z.locales` would pull every locale into a bundle.
import en from 'zod/v4/locales/en.js';

/**
 * The message of every `unrecognized_keys` issue. Zod's own message lists the keys, which are
 * part of the input; the library reports each key in the issue's `path` instead.
 *
 * @example
 * issue.code === 'unrecognized_keys' && issue.message === UNKNOWN_KEY_MESSAGE; // true
 */
export const UNKNOWN_KEY_MESSAGE =
  'Unknown key: not part of the schema (check its spelling; unknown keys are rejected so no data is silently lost)';

const english = en().localeError;

/**
 * @internal The error map of every parse the library makes: zod's English messages (which
 * name the expected type, range or options, never the input) with unknown keys left unnamed.
 * Passed per parse, it outranks any global `z.config()` a host may have set (whose messages
 * could quote the input) and yields to the messages written into the library's schemas.
 *
 * @example
 * schema.safeParse(input, { error: libraryErrorMap });
 */
export const libraryErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys' ? UNKNOWN_KEY_MESSAGE : english?.(issue);

/**
 * @internal Options for `schema.safeParse(input, libraryParseOptions)`: every parse of host
 * input in the library should pass them.
 *
 * @example
 * const r = CaseEventSchema.safeParse(input, libraryParseOptions);
 */
export const libraryParseOptions: Readonly<z.core.ParseContext<z.core.$ZodIssue>> = Object.freeze({
  error: libraryErrorMap,
});
