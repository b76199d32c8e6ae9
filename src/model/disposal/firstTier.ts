import * as z from 'zod';
import { disposalCatalogue as C } from '../../law/disposals.js';
import { CONTRACT_ELEMENT_KINDS, contractElementCatalogue } from '../../law/referralOrder.js';
import { IsoDateSchema } from '../dates.js';
import { IdSchema, TextSchema } from '../ids.js';
import { uniqueIds } from '../refinements.js';
import { checkCourtDates, issue, whenFieldsValid } from './checks.js';
import { rangeText } from './lawLookup.js';
import { counted } from './requirements.js';

/** @internal The dates every court disposal records. */
export const sentenced = {
  id: IdSchema,
  convictionDate: IsoDateSchema,
  sentenceDate: IsoDateSchema,
};

/** @internal An absolute discharge (Sentencing Act 2020 s.79). */
export const AbsoluteDischargeSchema = z
  .strictObject({ type: z.literal('absolute-discharge'), ...sentenced })
  .superRefine(checkCourtDates, whenFieldsValid);

const cd = C['conditional-discharge'];

/** @internal A conditional discharge of up to 3 years (Sentencing Act 2020 s.80). */
export const ConditionalDischargeSchema = z
  .strictObject({
    type: z.literal('conditional-discharge'),
    ...sentenced,
    lengthMonths: counted(
      { min: 1, ...cd.lengthMonths },
      `A conditional discharge lasts ${rangeText(cd.lengthMonths, 'months')} (${cd.source})`,
    ),
  })
  .superRefine(checkCourtDates, whenFieldsValid);

/**
 * @internal A fine, and who is ordered to pay it (Sentencing Act 2020 ss.128, 380): for a child
 * under 16 a parent or guardian, unless the court was satisfied they cannot be found or that
 * ordering them to pay would be unreasonable (`parentPaymentExcused`; checked with the child).
 */
export const FineSchema = z
  .strictObject({
    type: z.literal('fine'),
    ...sentenced,
    payer: z.enum(['parent-or-guardian', 'child']),
    /** The court found the parent or guardian cannot be found, or that ordering them to pay would be unreasonable (s.380(2)). */
    parentPaymentExcused: z.boolean().optional(),
  })
  .superRefine(checkCourtDates, whenFieldsValid);

const rep = C['reparation-order'];

/** @internal A reparation order: at most 24 hours, within 3 months (Sentencing Act 2020 ss.109-114). */
export const ReparationOrderSchema = z
  .strictObject({
    type: z.literal('reparation-order'),
    ...sentenced,
    hours: counted(
      rep.hours,
      `A reparation order requires ${rangeText(rep.hours, 'hours')} of reparation (${rep.source})`,
    ),
  })
  .superRefine(checkCourtDates, whenFieldsValid);

/**
 * One term of a youth offender contract (Sentencing Act 2020 Sch. 3). Victim-related terms
 * record the victim's consent; electronic monitoring and physical restriction are never
 * allowed.
 *
 * @example
 * ContractElementSchema.parse({ id: 'c-1', kind: 'reparation-to-victim', victimConsented: true });
 */
export const ContractElementSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(CONTRACT_ELEMENT_KINDS),
  description: TextSchema.optional(),
  victimConsented: z.boolean().optional(),
});

const ref = C['referral-order'];

/** @internal A referral order of 3 to 12 months and its youth offender contract. */
export const ReferralOrderSchema = z
  .strictObject({
    type: z.literal('referral-order'),
    ...sentenced,
    /** The day the youth offender contract takes effect (the order runs from then). */
    startDate: IsoDateSchema.optional(),
    lengthMonths: counted(
      ref.lengthMonths,
      `A referral order runs for ${rangeText(ref.lengthMonths, 'months')} (${ref.source})`,
    ),
    /** The agreed contract's terms; absent until the panel and the child agree it. */
    contract: z.array(ContractElementSchema).optional(),
    parentOrderedToAttend: z.boolean(),
    /** The court found ordering a parent or guardian to attend would be unreasonable. */
    parentAttendanceUnreasonable: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    checkContractTerms(v.contract ?? [], ['contract'], ctx);
  }, whenFieldsValid);

/**
 * @internal The law on a youth offender contract's terms (Sentencing Act 2020 Sch. 3): unique ids,
 * no electronic monitoring or physical restriction, the victim's consent to victim-related terms.
 */
export function checkContractTerms(
  terms: readonly z.infer<typeof ContractElementSchema>[],
  path: readonly (string | number)[],
  ctx: z.RefinementCtx,
): void {
  uniqueIds(terms, path, ctx);
  terms.forEach((el, i) => {
    const law = contractElementCatalogue[el.kind];
    if ('prohibited' in law && law.prohibited) {
      issue(
        ctx,
        [...path, i, 'kind'],
        `A youth offender contract may not include electronic monitoring or physical restriction (${law.source})`,
      );
    }
    if ('victimConsentNeeded' in law && law.victimConsentNeeded && el.victimConsented !== true) {
      issue(
        ctx,
        [...path, i, 'victimConsented'],
        `A victim-related contract term needs the victim's consent (${law.source})`,
      );
    }
  });
}
