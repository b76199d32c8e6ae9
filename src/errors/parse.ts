import type * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { errorFromZod } from './fromZod.js';
import { libraryParseOptions } from './messages.js';
import { err, ok, type Result } from './result.js';

/**
 * @internal Makes the throwing and the result-returning parser for one schema, so every
 * public `parseX` / `safeParseX` pair behaves the same way: `invalid_input` with one issue per
 * offending field, and messages that never quote the input.
 *
 * @example
 * const { parse: parseChild, safeParse: safeParseChild } = parsers(ChildSchema, 'child');
 */
export function parsers<S extends z.ZodType>(schema: S, what: string) {
  const safeParse = (input: unknown): Result<Immutable<z.output<S>>> => {
    const r = schema.safeParse(input, libraryParseOptions);
    return r.success ? ok(r.data as Immutable<z.output<S>>) : err(errorFromZod(r.error, what));
  };
  const parse = (input: unknown): Immutable<z.output<S>> => {
    const r = safeParse(input);
    if (!r.ok) throw r.error;
    return r.value;
  };
  return { parse, safeParse };
}
