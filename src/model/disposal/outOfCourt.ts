import * as z from 'zod';
import { disposalCatalogue } from '../../law/disposals.js';
import { IsoDateSchema } from '../dates.js';
import { IdSchema, TextSchema } from '../ids.js';
import { uniqueIds } from '../refinements.js';
import { issue, whenFieldsValid } from './checks.js';

const decided = {
  id: IdSchema,
  decisionDate: IsoDateSchema,
  /**
   * Whether this is the child's first out-of-court disposal, as the host knows it from the
   * child's offending history: a first out-of-court disposal may need only a light touch, so the
   * checks cap it lower. Optional; when it is not recorded the light-touch cap is not applied.
   */
  firstOutOfCourtDisposal: z.boolean().optional(),
};

/**
 * One condition of a youth conditional caution; its `id` lets plan actions name it.
 *
 * @example
 * CautionConditionSchema.parse({ id: 'cond-1', description: 'Attend two victim awareness sessions' });
 */
export const CautionConditionSchema = z.strictObject({ id: IdSchema, description: TextSchema });

/** @internal A community resolution (not statutory). */
export const CommunityResolutionSchema = z.strictObject({
  type: z.literal('community-resolution'),
  ...decided,
});

/** @internal Police outcome 22 (not statutory). */
export const Outcome22Schema = z.strictObject({ type: z.literal('outcome-22'), ...decided });

/** @internal A youth caution (Crime and Disorder Act 1998 ss.66ZA-66ZB). */
export const YouthCautionSchema = z.strictObject({ type: z.literal('youth-caution'), ...decided });

const ycc = disposalCatalogue['youth-conditional-caution'];

/** @internal A youth conditional caution (Crime and Disorder Act 1998 ss.66A-66H). */
export const YouthConditionalCautionSchema = z
  .strictObject({
    type: z.literal('youth-conditional-caution'),
    ...decided,
    conditions: z.array(CautionConditionSchema).min(1, {
      error: `A youth conditional caution has at least one condition (${ycc.source})`,
    }),
    /** The date by which the conditions must be complied with, if set. */
    complyByDate: IsoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    uniqueIds(v.conditions, ['conditions'], ctx);
    if (v.complyByDate !== undefined && v.complyByDate < v.decisionDate) {
      issue(ctx, ['complyByDate'], 'The comply-by date cannot be before the decision date');
    }
  }, whenFieldsValid);
