/**
 * Small building blocks for the arbitraries: every value is made from a small choice (an index, a
 * day offset, a pick from a short list), so shrinking ends on readable values: `o-1`,
 * `2025-01-01`, the first phrase of a list.
 * @internal
 */
import fc from 'fast-check';
import { addMonths } from '../../_lib/calendar.js';
import type { IsoDate } from '../../model/dates.js';
import { addDays } from '../_lib/days.js';

/**
 * The date generated dates count from (offsets shrink toward it).
 *
 * @example
 * dateArb(); // BASE_DATE to two years after, shrinking to BASE_DATE
 */
export const BASE_DATE: IsoDate = '2025-01-01';

/** @internal An id `${prefix}-${n}` for n from 1 to `max` (shrinks to `${prefix}-1`). */
export const idArb = (prefix: string, max = 9): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max }).map((n) => `${prefix}-${n}`);

/** @internal A date `days` 0 to `span` after `from` (shrinks to `from`). */
export const dateArb = (from: IsoDate = BASE_DATE, span = 730): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: 0, max: span }).map((d) => addDays(from, d));

/** @internal A date from 0 to `maxDays` days after `date`. */
export const after = (date: IsoDate, days: number): IsoDate => addDays(date, days);

/** @internal A date `months` months after `date`. */
export const monthsAfter = (date: IsoDate, months: number): IsoDate => addMonths(date, months);

/** @internal One of a few short, invented phrases (free text never needs to be random). */
export const textArb = (...phrases: [string, ...string[]]): fc.Arbitrary<string> =>
  fc.constantFrom(...phrases);

/** @internal The practitioner ids used across arbitraries. */
export const practitionerArb = idArb('pr', 5);

/** @internal The parent/carer ids used across arbitraries. */
export const personIdArb = idArb('pc', 3);

/**
 * @internal An object with `required` fields and `optional` ones that may each be left out
 * (shrinking drops them first).
 */
export function withOptional<R extends object, O extends object>(
  required: { [K in keyof R]: fc.Arbitrary<R[K]> },
  optional: { [K in keyof O]: fc.Arbitrary<O[K]> },
): fc.Arbitrary<R & Partial<O>> {
  return fc
    .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }))
    .map(([r, o]) => ({ ...r, ...o }) as R & Partial<O>);
}
