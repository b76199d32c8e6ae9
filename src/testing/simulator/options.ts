import * as z from 'zod';
import { parsers } from '../../errors/parse.js';
import { DISPOSAL_TYPES } from '../../law/disposals.js';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema } from '../../model/ids.js';
import { ShortfallsSchema } from './shortfalls.js';

/**
 * The day a simulated case starts when no `start` is given: a fixed date, never the clock.
 *
 * @example
 * simulateCase({ seed: 1 }).events[0]?.payload; // opened on SIMULATION_START
 */
export const SIMULATION_START = '2025-01-06';

/**
 * The default period of a simulated caseload.
 *
 * @example
 * simulateCaseload({ seed: 1, cases: 10 }); // opens cases from CASELOAD_PERIOD.from to .to
 */
export const CASELOAD_PERIOD = { from: '2024-01-01', to: '2025-12-31' } as const;

const SeedSchema = z.int({ error: 'Expected a whole-number seed' });

/**
 * Options of {@link simulateCase}.
 *
 * @example
 * SimulateCaseOptionsSchema.parse({ seed: 42, disposalType: 'referral-order' });
 */
export const SimulateCaseOptionsSchema = z
  .strictObject({
    /** Any whole number: the same seed always gives the same case, byte for byte. */
    seed: SeedSchema,
    /** The day the disposal is decided or passed and the case opens (default {@link SIMULATION_START}). */
    start: IsoDateSchema.default(SIMULATION_START),
    /** The disposal; drawn from the caseload mix when absent. */
    disposalType: z.enum(DISPOSAL_TYPES).optional(),
    /** Stop the case at the end of this day (an open case), instead of running it to its end. */
    until: IsoDateSchema.optional(),
    caseId: IdSchema.optional(),
    /** The share of cases with each kind of shortfall (default {@link SHORTFALLS}). */
    shortfalls: ShortfallsSchema.optional(),
  })
  .refine((o) => o.until === undefined || o.until >= o.start, {
    path: ['until'],
    message: 'The case cannot stop before it starts',
  });

/**
 * What {@link simulateCase} accepts.
 *
 * @example
 * const o: SimulateCaseOptions = { seed: 7, disposalType: 'detention-and-training-order', until: '2025-06-30' };
 */
export type SimulateCaseOptions = z.input<typeof SimulateCaseOptionsSchema>;

/**
 * Options of {@link simulateCaseload}.
 *
 * @example
 * SimulateCaseloadOptionsSchema.parse({ seed: 7, cases: 100 });
 */
export const SimulateCaseloadOptionsSchema = z
  .strictObject({
    seed: SeedSchema,
    /** How many cases (at most 1,000,000). */
    cases: z.int().min(0).max(1_000_000),
    /** Cases open between `from` and `to`; events after `to` are not written (open cases). */
    from: IsoDateSchema.default(CASELOAD_PERIOD.from),
    to: IsoDateSchema.default(CASELOAD_PERIOD.to),
    /** The share of cases with each kind of shortfall (default {@link SHORTFALLS}). */
    shortfalls: ShortfallsSchema.optional(),
  })
  .refine((o) => o.from <= o.to, {
    path: ['to'],
    message: 'The period must end on or after it starts',
  });

/**
 * What {@link simulateCaseload} accepts.
 *
 * @example
 * const o: SimulateCaseloadOptions = { seed: 7, cases: 10_000, from: '2024-01-01', to: '2025-12-31' };
 */
export type SimulateCaseloadOptions = z.input<typeof SimulateCaseloadOptionsSchema>;

/** @internal Validated options, or a `YjplanError` (`invalid_input`). */
export const caseOptions = parsers(SimulateCaseOptionsSchema, 'simulation options');
/** @internal */
export const caseloadOptions = parsers(
  SimulateCaseloadOptionsSchema,
  'caseload simulation options',
);
