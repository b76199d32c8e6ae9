import { YjplanError } from '../errors/YjplanError.js';
import { type IsoDate, IsoDateSchema } from '../model/dates.js';

/**
 * @internal The `asOf` option of a query, validated: the calendar date the question is asked
 * on (time is always injected, never read from the clock).
 *
 * @throws {YjplanError} `invalid_input` at path `['asOf']`; the message never quotes the value.
 */
export function asOfDate(value: unknown): IsoDate {
  const r = IsoDateSchema.safeParse(value);
  if (r.success) return r.data;
  throw new YjplanError('invalid_input', 'Invalid asOf: expected a calendar date YYYY-MM-DD', [
    { path: ['asOf'], code: 'invalid_format', message: 'Expected a calendar date YYYY-MM-DD' },
  ]);
}
