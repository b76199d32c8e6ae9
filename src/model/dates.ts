import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';

/** Years from 1900 to 2199: wider than any child's case, narrow enough to catch a mistyped year. */
const PLAUSIBLE_YEAR = /^(?:19|20|21)\d\d-/;
const YEAR_ERROR = 'Expected a year from 1900 to 2199';

/**
 * A calendar date `YYYY-MM-DD`, validated as a real date (no 30 February, no month 13) in the
 * years 1900 to 2199 (a year such as 0205 or 2205 is a typing slip, and keeping four-digit years
 * keeps date arithmetic on strings sound). Dates in the domain are calendar dates: no time, no
 * zone.
 *
 * @example
 * IsoDateSchema.parse('2024-02-29'); // ok, a leap day
 * IsoDateSchema.parse('2023-02-29'); // rejected: invalid_format
 * IsoDateSchema.parse('0205-03-01'); // rejected: invalid_format (year)
 */
export const IsoDateSchema = z.iso
  .date({ error: 'Expected a real calendar date YYYY-MM-DD', abort: true })
  .regex(PLAUSIBLE_YEAR, { error: YEAR_ERROR })
  .meta({ format: 'date' });

/**
 * A calendar date `YYYY-MM-DD`.
 *
 * @example
 * const openedOn: IsoDate = '2025-09-03';
 */
export type IsoDate = Immutable<z.infer<typeof IsoDateSchema>>;

/**
 * An ISO 8601 timestamp with a zone offset, for when something was recorded
 * (`2025-03-04T10:15:00Z`, `2025-06-01T09:00:00+01:00`), on a real date in the years 1900 to
 * 2199.
 *
 * @example
 * TimestampSchema.parse('2025-03-04T10:15:00Z'); // ok
 * TimestampSchema.parse('2025-03-04T10:15:00');  // rejected: no offset
 */
export const TimestampSchema = z.iso
  .datetime({ offset: true, error: 'Expected an ISO 8601 timestamp with offset', abort: true })
  .regex(PLAUSIBLE_YEAR, { error: YEAR_ERROR })
  .meta({ format: 'date-time' });

/**
 * An ISO 8601 timestamp with offset.
 *
 * @example
 * const at: Timestamp = '2025-09-03T09:00:00Z';
 */
export type Timestamp = Immutable<z.infer<typeof TimestampSchema>>;
