import * as z from 'zod';
import { dtoTerms } from '../../law/custody.js';
import { disposalCatalogue as C } from '../../law/disposals.js';
import { IsoDateSchema } from '../dates.js';
import { checkCourtDates, issue, whenFieldsValid } from './checks.js';
import { sentenced } from './firstTier.js';
import { dtoTermAllowed, lawOn, legalDate, rangeText } from './lawLookup.js';
import { periodEnd } from './period.js';
import { counted } from './requirements.js';

const dto = C['detention-and-training-order'];

const custodial = {
  ...sentenced,
  /** The day the sentence starts, if not the sentence date (e.g. consecutive terms). */
  startDate: IsoDateSchema.optional(),
  /** The release date expected by the secure estate, when known (remand credit, early release). */
  expectedReleaseDate: IsoDateSchema.optional(),
};

/** @internal The expected release falls within the term. */
function checkRelease(
  v: { sentenceDate: string; startDate?: string; termMonths: number; expectedReleaseDate?: string },
  ctx: z.RefinementCtx,
): void {
  if (v.expectedReleaseDate === undefined) return;
  const start = v.startDate ?? v.sentenceDate;
  if (v.expectedReleaseDate < start || v.expectedReleaseDate > periodEnd(start, v.termMonths)) {
    issue(ctx, ['expectedReleaseDate'], 'The expected release date must fall within the term');
  }
}

/** @internal A detention and training order (Sentencing Act 2020 ss.233-248). */
export const DtoSchema = z
  .strictObject({
    type: z.literal('detention-and-training-order'),
    ...custodial,
    termMonths: counted(
      dto.lengthMonths,
      `A detention and training order is for ${rangeText(dto.lengthMonths, 'months')} (${dto.lengthSource})`,
    ),
    /** The court's opinion that the child is a persistent offender (needed under 15). */
    persistentOffender: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    const rule = lawOn(dtoTerms, v.convictionDate);
    if (rule?.value.kind === 'one-of' && !dtoTermAllowed(v.termMonths, v.convictionDate)) {
      const months = rule.value.months;
      const list = `${months.slice(0, -1).join(', ')} or ${months.at(-1)}`;
      const when =
        rule.convictedBefore !== undefined ? ` before ${legalDate(rule.convictedBefore)}` : '';
      issue(
        ctx,
        ['termMonths'],
        `For a conviction${when} a detention and training order is for ${list} months (${rule.source})`,
      );
    }
    checkRelease(v, ctx);
  }, whenFieldsValid);

/** @internal Long-term detention under s.250: custody, then licence to the end of the term. */
export const LongTermDetentionSchema = z
  .strictObject({
    type: z.literal('long-term-detention'),
    ...custodial,
    termMonths: z.number().int({ error: 'Expected a whole number' }).positive(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    checkRelease(v, ctx);
  }, whenFieldsValid);
