/**
 * The working-day functions check dates without zod (so a host that imports only them does not
 * load it): their check must accept exactly what the model's `IsoDateSchema` accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/_lib/calendar.js';
import { IsoDateSchema } from '../../src/model/dates.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Strings shaped like dates, most of them near the edges: day 0 and 32, month 13, year 1899. */
const dateLike = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

describe('isIsoDate', () => {
  it('accepts exactly what IsoDateSchema accepts, for date-shaped strings', () => {
    fc.assert(
      fc.property(dateLike, (s) => isIsoDate(s) === IsoDateSchema.safeParse(s).success),
      { numRuns: 20_000 },
    );
  });

  it('accepts exactly what IsoDateSchema accepts, for any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (v) => {
        return isIsoDate(v) === IsoDateSchema.safeParse(v).success;
      }),
      { numRuns: 2_000 },
    );
  });

  it('knows leap days, the years 1900 to 2199, and nothing but YYYY-MM-DD', () => {
    expect(['2024-02-29', '2000-02-29', '1900-01-01', '2199-12-31'].map(isIsoDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2023-02-29', '1900-02-29', '1899-12-31', '2200-01-01', '2025-1-01', ' 2025-01-01'].map(
        isIsoDate,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});
