import * as z from 'zod';
import { dtoPartMonthTerms, dtoTerms } from '../../law/custody.js';
import { disposalCatalogue as C } from '../../law/disposals.js';
import { IsoDateSchema } from '../dates.js';
import { IdSchema } from '../ids.js';
import { checkCourtDates, issue, whenFieldsValid } from './checks.js';
import { sentenced } from './firstTier.js';
import { dtoTermAllowed, lawOnSentenceDate, legalDate, rangeText } from './lawLookup.js';
import { termEnd } from './period.js';
import { counted } from './requirements.js';

const dto = C['detention-and-training-order'];

/** @internal The fields every custodial sentence records. */
export const custodial = {
  ...sentenced,
  /** The day the sentence starts, if not the sentence date (e.g. consecutive terms). */
  startDate: IsoDateSchema.optional(),
  /** The release date expected by the secure estate, when known (remand credit, early release). */
  expectedReleaseDate: IsoDateSchema.optional(),
};

/** @internal The expected release falls within the term. */
export function checkRelease(
  v: {
    sentenceDate: string;
    startDate?: string;
    termMonths: number;
    termDays?: number;
    expectedReleaseDate?: string;
  },
  ctx: z.RefinementCtx,
): void {
  if (v.expectedReleaseDate === undefined) return;
  const start = v.startDate ?? v.sentenceDate;
  if (
    v.expectedReleaseDate < start ||
    v.expectedReleaseDate > termEnd(start, v.termMonths, v.termDays ?? 0)
  ) {
    issue(ctx, ['expectedReleaseDate'], 'The expected release date must fall within the term');
  }
}

/** @internal The term rule for the day the order is made (docs/decisions/0045). */
function checkDtoTerm(
  v: { sentenceDate: string; termMonths: number; termDays?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  const days = v.termDays ?? 0;
  if (dtoTermAllowed(v.termMonths, v.sentenceDate, days)) return;
  const rule = lawOnSentenceDate(dtoTerms, v.sentenceDate);
  if (rule?.value.kind === 'one-of') {
    const months = rule.value.months;
    const list = `${months.slice(0, -1).join(', ')} or ${months.at(-1)}`;
    const when =
      rule.sentencedBefore !== undefined ? ` before ${legalDate(rule.sentencedBefore)}` : '';
    const path = days > 0 && months.includes(v.termMonths) ? 'termDays' : 'termMonths';
    issue(
      ctx,
      [path],
      `A detention and training order made${when} is for ${list} months, with no part months (${rule.source})`,
    );
    return;
  }
  issue(
    ctx,
    ['termDays'],
    `A detention and training order is for ${rangeText(dto.lengthMonths, 'months')} in all (${dto.lengthSource})`,
  );
}

/** @internal A detention and training order (Sentencing Act 2020 ss.233-248). */
export const DtoSchema = z
  .strictObject({
    type: z.literal('detention-and-training-order'),
    ...custodial,
    /** The whole months of the term. */
    termMonths: counted(
      dto.lengthMonths,
      `A detention and training order is for ${rangeText(dto.lengthMonths, 'months')} (${dto.lengthSource})`,
    ),
    /**
     * Days beyond the whole months, for a part-month term (orders made from 28 June 2022 only):
     * 4 months and 14 days is `termMonths: 4, termDays: 14`.
     */
    termDays: counted(
      { min: 0, max: dtoPartMonthTerms.maxExtraDays },
      `Part-month days of a detention and training order are 0 to ${dtoPartMonthTerms.maxExtraDays} (${dtoPartMonthTerms.source})`,
    ).optional(),
    /** The court's opinion that the child is a persistent offender (needed under 15). */
    persistentOffender: z.boolean().optional(),
    /**
     * The DTO this one runs after (consecutive terms): its id. The total is at most 24 months
     * (`consecutiveDtoTermIssues`).
     */
    consecutiveTo: IdSchema.optional(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    checkDtoTerm(v, ctx);
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
