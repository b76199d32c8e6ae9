import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { DISPOSAL_TYPES } from '../law/disposals.js';
import { COURT_TYPES, OFFENCE_CATEGORIES, offenceScales, PLEAS } from '../law/offences.js';
import { IsoDateSchema } from './dates.js';
import { issue, whenFieldsValid } from './disposal/checks.js';
import { IdSchema, TextSchema } from './ids.js';
import { uniqueIds } from './refinements.js';

/**
 * One offence: when it was committed, its category, its seriousness on the police gravity matrix
 * (1-4) and the YJB seriousness score (1-8) where known, the plea, the court that dealt with it,
 * whether it is imprisonable for an adult, and offences connected with it (charged together).
 *
 * @example
 * OffenceSchema.parse({ id: 'off-1', committedOn: '2025-06-01', category: 'theft-and-handling', plea: 'guilty', court: 'youth-court', imprisonable: true });
 */
export const OffenceSchema = z
  .strictObject({
    id: IdSchema,
    committedOn: IsoDateSchema,
    category: z.enum(OFFENCE_CATEGORIES),
    description: TextSchema.optional(),
    /** Police gravity matrix score (1 low to 4 high): see `offenceScales`. */
    gravityScore: z
      .int()
      .min(offenceScales.gravityScore.min)
      .max(offenceScales.gravityScore.max)
      .optional(),
    /** YJB offence seriousness score (1 to 8): see `offenceScales`. */
    seriousnessScore: z
      .int()
      .min(offenceScales.seriousnessScore.min)
      .max(offenceScales.seriousnessScore.max)
      .optional(),
    plea: z.enum(PLEAS),
    court: z.enum(COURT_TYPES).optional(),
    convictedOn: IsoDateSchema.optional(),
    /** Punishable with imprisonment for an adult (a referral order is compulsory only then). */
    imprisonable: z.boolean().optional(),
    /** Offences connected with this one (ids in the same record). */
    connectedTo: z.array(IdSchema).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.convictedOn !== undefined && v.convictedOn < v.committedOn) {
      issue(ctx, ['convictedOn'], 'A conviction cannot be before the offence was committed');
    }
  }, whenFieldsValid);

/**
 * An offence; see {@link OffenceSchema}.
 *
 * @example
 * const o: Offence = parseOffence(json);
 */
export type Offence = Immutable<z.infer<typeof OffenceSchema>>;

/**
 * A disposal the child had before this case: its type (any youth disposal, or a serious custodial
 * sentence), the day of the decision or sentence, and whether it followed a conviction (derived from
 * the type unless recorded: a court sentence follows a conviction, an out-of-court disposal does
 * not).
 *
 * @example
 * EarlierDisposalSchema.parse({ id: 'h-1', type: 'youth-caution', on: '2024-03-02' });
 */
export const EarlierDisposalSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(DISPOSAL_TYPES),
  on: IsoDateSchema,
  offenceIds: z.array(IdSchema).optional(),
  /** Whether it counts as a conviction, where the type alone does not settle it. */
  conviction: z.boolean().optional(),
});

/**
 * An earlier disposal; see {@link EarlierDisposalSchema}.
 *
 * @example
 * const h: EarlierDisposal = { id: 'h-1', type: 'youth-caution', on: '2024-03-02' };
 */
export type EarlierDisposal = Immutable<z.infer<typeof EarlierDisposalSchema>>;

/**
 * A child's offences and earlier disposals, so the law's conditions on the history can be judged:
 * referral orders compulsory or discretionary, a first out-of-court disposal, a conditional
 * discharge after youth cautions. Offence ids are unique, and connections name offences held.
 *
 * @example
 * OffenceHistorySchema.parse({ offences: [offence], earlierDisposals: [] });
 */
export const OffenceHistorySchema = z
  .strictObject({
    offences: z.array(OffenceSchema),
    earlierDisposals: z.array(EarlierDisposalSchema),
  })
  .superRefine((v, ctx) => {
    uniqueIds(v.offences, ['offences'], ctx);
    uniqueIds(v.earlierDisposals, ['earlierDisposals'], ctx);
    const ids = new Set(v.offences.map((o) => o.id));
    v.offences.forEach((o, i) => {
      (o.connectedTo ?? []).forEach((id, j) => {
        if (!ids.has(id)) {
          issue(
            ctx,
            ['offences', i, 'connectedTo', j],
            'Names an offence this record does not hold',
          );
        }
      });
    });
  }, whenFieldsValid);

/**
 * Offences and earlier disposals; see {@link OffenceHistorySchema}.
 *
 * @example
 * const h: OffenceHistory = parseOffenceHistory(json);
 */
export type OffenceHistory = Immutable<z.infer<typeof OffenceHistorySchema>>;
