import * as z from 'zod';
import { addMonths } from '../../_lib/calendar.js';
import { disposalCatalogue as C } from '../../law/disposals.js';
import { requirementLimits as L } from '../../law/yroRequirements.js';
import { IsoDateSchema } from '../dates.js';
import { uniqueIds } from '../refinements.js';
import { checkCourtDates, issue, whenFieldsValid } from './checks.js';
import { sentenced } from './firstTier.js';
import { lawOn } from './lawLookup.js';
import { type YroRequirement, YroRequirementSchema } from './requirements.js';

type YroType =
  | 'youth-rehabilitation-order'
  | 'youth-rehabilitation-order-iss'
  | 'youth-rehabilitation-order-fostering';

interface YroFields {
  readonly type: YroType;
  readonly convictionDate: string;
  readonly sentenceDate: string;
  readonly startDate?: string | undefined;
  readonly endDate: string;
  readonly requirements: readonly YroRequirement[];
}

const ISS = 'youth-rehabilitation-order-iss';

/** @internal The end date lies within the law's window after the order takes effect. */
function checkEndDate(v: YroFields, ctx: z.RefinementCtx): void {
  const start = v.startDate ?? v.sentenceDate;
  const law = C[v.type];
  const max = law.lengthMonths.max;
  const min = 'min' in law.lengthMonths ? law.lengthMonths.min : undefined;
  if (v.endDate <= start) {
    issue(ctx, ['endDate'], 'The end date must be after the order takes effect');
  } else if (v.endDate > addMonths(start, max)) {
    issue(
      ctx,
      ['endDate'],
      `A youth rehabilitation order's end date is at most ${max / 12} years after it takes effect (Sentencing Act 2020 s.187(2)(a))`,
    );
  } else if (min !== undefined && v.endDate < addMonths(start, min)) {
    issue(
      ctx,
      ['endDate'],
      `A YRO with ISS has an end date at least ${min} months after it takes effect (Sentencing Act 2020 s.187(2)(b))`,
    );
  }
}

/** @internal Limits that depend on the order variant or the conviction date. */
function checkRequirement(v: YroFields, r: YroRequirement, i: number, ctx: z.RefinementCtx): void {
  const at = (field: string) => ['requirements', i, field];
  if (r.kind === 'activity' && r.days > L.activity.days.max && v.type !== ISS) {
    issue(
      ctx,
      at('days'),
      `An activity requirement of more than 90 days (extended activity) is only available in a YRO with ISS (${L.activity.source})`,
    );
  }
  if (r.kind === 'curfew') {
    const law = lawOn(L.curfew.maxHoursPerDayByConvictionDate, v.convictionDate);
    if (law && r.hoursPerDay > law.value) {
      const when = 'convictedBefore' in law ? 'before' : 'on or after';
      issue(
        ctx,
        at('hoursPerDay'),
        `For a conviction ${when} 28 June 2022 a curfew is for at most ${law.value} hours a day (${law.source})`,
      );
    }
  }
  if (r.kind === 'fostering' && v.type !== 'youth-rehabilitation-order-fostering') {
    issue(
      ctx,
      at('kind'),
      `A fostering requirement is only available in a YRO with fostering (${L.fostering.source})`,
    );
  }
  if (r.kind === 'drug-testing' && !v.requirements.some((o) => o.kind === 'drug-treatment')) {
    issue(
      ctx,
      at('kind'),
      `A drug testing requirement is only available with a drug treatment requirement (${L['drug-testing'].source})`,
    );
  }
  if (r.kind === 'electronic-monitoring' && v.requirements.length === 1) {
    issue(
      ctx,
      at('kind'),
      `Electronic monitoring is only available with at least one other requirement (${L['electronic-monitoring'].source})`,
    );
  }
}

/** @internal What a YRO with ISS or with fostering must contain. */
function checkVariantContents(v: YroFields, ctx: z.RefinementCtx): void {
  const has = (kind: YroRequirement['kind']) => v.requirements.some((r) => r.kind === kind);
  if (v.type === ISS) {
    const extended = v.requirements.some(
      (r) => r.kind === 'activity' && r.days > L.activity.days.max,
    );
    if (!extended || !has('supervision') || !has('curfew')) {
      issue(
        ctx,
        ['requirements'],
        `A YRO with ISS includes an extended activity requirement (more than 90 days), a supervision requirement and a curfew requirement (${C[ISS].source})`,
      );
    }
  }
  if (v.type === 'youth-rehabilitation-order-fostering' && !has('fostering')) {
    issue(
      ctx,
      ['requirements'],
      `A YRO with fostering includes a fostering requirement (${C['youth-rehabilitation-order-fostering'].source})`,
    );
  }
}

/** @internal Every rule of a YRO that does not depend on the child's age. */
function checkYro(v: YroFields, ctx: z.RefinementCtx): void {
  checkCourtDates(v, ctx);
  checkEndDate(v, ctx);
  uniqueIds(v.requirements, ['requirements'], ctx);
  v.requirements.forEach((r, i) => {
    checkRequirement(v, r, i, ctx);
  });
  checkVariantContents(v, ctx);
}

const ordered = {
  ...sentenced,
  /** The day the order takes effect, if not the sentence date. */
  startDate: IsoDateSchema.optional(),
  /** The date by which every requirement must have been complied with (s.187). */
  endDate: IsoDateSchema,
  requirements: z.array(YroRequirementSchema).min(1, {
    error:
      'A youth rehabilitation order imposes at least one requirement (Sentencing Act 2020 s.173)',
  }),
};

/** @internal A youth rehabilitation order. */
export const YroSchema = z
  .strictObject({ type: z.literal('youth-rehabilitation-order'), ...ordered })
  .superRefine(checkYro, whenFieldsValid);

/** @internal A YRO with intensive supervision and surveillance. */
export const YroIssSchema = z
  .strictObject({
    type: z.literal(ISS),
    ...ordered,
    /** The court's opinion that the child is a persistent offender (needed under 15). */
    persistentOffender: z.boolean().optional(),
  })
  .superRefine(checkYro, whenFieldsValid);

/** @internal A YRO with fostering. */
export const YroFosteringSchema = z
  .strictObject({ type: z.literal('youth-rehabilitation-order-fostering'), ...ordered })
  .superRefine(checkYro, whenFieldsValid);
