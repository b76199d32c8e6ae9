import type * as z from 'zod';
import { errorFromZod } from '../../errors/fromZod.js';

/**
 * @internal Validates what a builder made with the real schema and returns the parsed value
 * (defaults filled in, so it is also a valid input). A builder whose overrides make an invalid
 * object throws the library's `YjplanError` (`invalid_input`) with the paths of the bad fields.
 */
export function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw errorFromZod(r.error, what);
  return r.data;
}
