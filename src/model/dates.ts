import { z } from 'zod';

/**
 * A calendar date `YYYY-MM-DD`, validated as a real date (no 30 February). Dates in the
 * domain are calendar dates: no time, no zone.
 *
 * @example
 * IsoDateSchema.parse('2024-02-29'); // ok, a leap day
 * IsoDateSchema.parse('2023-02-29'); // rejected
 */
export const IsoDateSchema = z.iso.date({ error: 'Expected a real calendar date YYYY-MM-DD' });

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An ISO 8601 timestamp with a zone offset, for when something was recorded
 * (`2025-03-04T10:15:00Z`, `2025-06-01T09:00:00+01:00`).
 *
 * @example
 * TimestampSchema.parse('2025-03-04T10:15:00Z');
 */
export const TimestampSchema = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 timestamp with offset',
});

/** An ISO 8601 timestamp with offset. */
export type Timestamp = z.infer<typeof TimestampSchema>;
