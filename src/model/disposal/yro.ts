import * as z from 'zod';
import { addMonths } from '../../_lib/calendar.js';
import {
  disposalCatalogue as C,
  type DisposalLaw,
  type DisposalType,
} from '../../law/disposals.js';
import { yroChanges } from '../../law/orderChanges.js';
import type { ByConvictionDate } from '../../law/types.js';
import { requirementLimits as L, type RequirementLaw } from '../../law/yroRequirements.js';
import { IsoDateSchema } from '../dates.js';
import { uniqueIds } from '../refinements.js';
import { checkCourtDates, issue, whenFieldsValid } from './checks.js';
import { sentenced } from './firstTier.js';
import { article, lawOn, legalDate } from './lawLookup.js';
import { periodEnd } from './period.js';
import { checkPilot } from './pilotChecks.js';
import { requirementPeriod } from './requirementPeriod.js';
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
  readonly endDateBeforeBreach?: string | undefined;
  readonly pilotArea?: boolean | undefined;
  readonly requirements: readonly YroRequirement[];
}

const ISS = 'youth-rehabilitation-order-iss';

const breach = yroChanges.onBreach;

/**
 * @internal An end date substituted on breach (Sch. 7 para. 10(4)-(6)): later than the end date
 * it replaced (`endDateBeforeBreach`, which keeps the limits of the order as made), at most
 * 6 months after it, and then free of the 3-year limit.
 */
function checkSubstitutedEndDate(v: YroFields, before: string, ctx: z.RefinementCtx): boolean {
  if (v.endDate <= before || v.endDate > addMonths(before, breach.endDateExtensionMonths)) {
    issue(
      ctx,
      ['endDate'],
      `An end date substituted on breach is later than the one it replaces and at most ${breach.endDateExtensionMonths} months after it, even past 3 years (${breach.source})`,
    );
    return false;
  }
  return true;
}

/** @internal The end date lies within the law's window after the order takes effect. */
function checkEndDate(v: YroFields, ctx: z.RefinementCtx): boolean {
  const start = v.startDate ?? v.sentenceDate;
  const law: DisposalLaw = C[v.type];
  const max = law.lengthMonths?.max ?? 36;
  const min = law.lengthMonths?.min;
  const asMade = v.endDateBeforeBreach ?? v.endDate;
  const field = v.endDateBeforeBreach === undefined ? 'endDate' : 'endDateBeforeBreach';
  if (asMade <= start) {
    issue(ctx, [field], 'The end date must be after the order takes effect');
    return false;
  }
  if (asMade > addMonths(start, max)) {
    issue(
      ctx,
      [field],
      `A youth rehabilitation order's end date is at most ${max / 12} years after it takes effect (${law.lengthSource})`,
    );
    return false;
  }
  if (min !== undefined && asMade < addMonths(start, min)) {
    issue(
      ctx,
      [field],
      `${law.label} has an end date at least ${min} months after it takes effect (${law.lengthSource})`,
    );
    return false;
  }
  return v.endDateBeforeBreach === undefined || checkSubstitutedEndDate(v, asMade, ctx);
}

const labelOf = (kind: YroRequirement['kind']) => L[kind].label.toLowerCase();
const requirementName = (kind: YroRequirement['kind']) =>
  `${article(labelOf(kind))} ${labelOf(kind)} requirement`;
const either = (names: readonly string[]) => names.join(' or ');

const weekCap = L.curfew.hoursPer7Days.max;
/** The longest day whose seven repetitions stay within the weekly cap (16 hours). */
const longestDayWithinWeekCap = Math.floor(weekCap / 7);

/**
 * @internal The limit a curfew's daily hours have for the conviction date; and, when 7 of the
 * longest day could pass the 112-hour weekly cap (a day of more than 16 hours, lawful only for
 * convictions from 28 June 2022), the week total must be recorded so the cap can be checked.
 */
function checkCurfewDay(v: YroFields, r: YroRequirement, i: number, ctx: z.RefinementCtx): void {
  if (r.kind !== 'curfew') return;
  const table: readonly ByConvictionDate<number>[] = L.curfew.maxHoursPerDayByConvictionDate;
  const law = lawOn(table, v.convictionDate);
  if (law && r.hoursPerDay > law.value) {
    const when =
      law.convictedBefore !== undefined
        ? `before ${legalDate(law.convictedBefore)}`
        : `on or after ${legalDate(law.convictedFrom ?? v.convictionDate)}`;
    issue(
      ctx,
      ['requirements', i, 'hoursPerDay'],
      `For a conviction ${when} a curfew is for at most ${law.value} hours a day (${law.source})`,
    );
  } else if (r.hoursPerDay > longestDayWithinWeekCap && r.hoursPer7Days === undefined) {
    issue(
      ctx,
      ['requirements', i, 'hoursPer7Days'],
      `A curfew of more than ${longestDayWithinWeekCap} hours on a day records the most hours in any 7 days, which may not exceed ${weekCap} (${L.curfew.hoursPer7DaysSource})`,
    );
  }
}

/**
 * @internal Where the catalogue limits a requirement to some orders (`onlyIn`, and the extended
 * activity's `extended.onlyIn`) or to orders with other requirements (`onlyWith`,
 * `needsAnotherRequirement`).
 */
function checkAvailability(v: YroFields, r: YroRequirement, i: number, ctx: z.RefinementCtx): void {
  const at = ['requirements', i, 'kind'];
  const law: RequirementLaw = L[r.kind];
  const orders = (types: readonly DisposalType[]) => either(types.map((t) => `a ${C[t].label}`));
  if (r.kind === 'activity' && r.days > L.activity.days.max) {
    const { onlyIn } = L.activity.extended;
    if (!(onlyIn as readonly string[]).includes(v.type)) {
      issue(
        ctx,
        ['requirements', i, 'days'],
        `An activity requirement of more than ${L.activity.days.max} days (extended activity) is only available in ${orders(onlyIn)} (${law.source})`,
      );
    }
  }
  if (law.onlyIn && !law.onlyIn.includes(v.type)) {
    issue(
      ctx,
      at,
      `${cap(requirementName(r.kind))} is only available in ${orders(law.onlyIn)} (${law.source})`,
    );
  }
  const { onlyWith } = law;
  if (onlyWith && !v.requirements.some((o) => onlyWith.includes(o.kind))) {
    issue(
      ctx,
      at,
      `${cap(requirementName(r.kind))} is only available with ${either(onlyWith.map(requirementName))} (${law.source})`,
    );
  }
  const needsAnother = (kind: YroRequirement['kind']) =>
    (L[kind] as RequirementLaw).needsAnotherRequirement === true;
  if (needsAnother(r.kind) && v.requirements.every((o) => needsAnother(o.kind))) {
    issue(
      ctx,
      at,
      `${cap(requirementName(r.kind))} is only available if the order imposes at least one other kind of requirement (${law.source})`,
    );
  }
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * @internal A requirement's period (months, or days where allowed) ends by the order's end date
 * (s.187(1), (3)), and a period in days stays within the law's limit in months.
 */
function checkPeriod(v: YroFields, r: YroRequirement, i: number, ctx: z.RefinementCtx): void {
  const period = requirementPeriod(r, v.startDate ?? v.sentenceDate);
  if (!period) return;
  const path = ['requirements', i, period.field];
  const law: RequirementLaw = L[r.kind];
  const maxMonths = law.months?.max;
  if (period.field === 'days' && maxMonths !== undefined) {
    if (period.end > periodEnd(period.start, maxMonths)) {
      issue(
        ctx,
        path,
        `${cap(requirementName(r.kind))} lasts at most ${maxMonths} months from the day it takes effect (${law.source})`,
      );
      return;
    }
  }
  if (period.end > v.endDate) {
    issue(
      ctx,
      path,
      `${cap(requirementName(r.kind))} must end on or before the order's end date (${C[v.type].endDateSource})`,
    );
  }
}

/**
 * @internal Limits that depend on the order variant, its dates or the conviction date; periods
 * are compared with the end date only once that is valid.
 */
function checkRequirement(
  v: YroFields,
  r: YroRequirement,
  i: number,
  ctx: z.RefinementCtx,
  endDateValid: boolean,
): void {
  checkCurfewDay(v, r, i, ctx);
  checkAvailability(v, r, i, ctx);
  if (endDateValid) checkPeriod(v, r, i, ctx);
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
  const endDateValid = checkEndDate(v, ctx);
  uniqueIds(v.requirements, ['requirements'], ctx);
  v.requirements.forEach((r, i) => {
    checkRequirement(v, r, i, ctx, endDateValid);
  });
  checkVariantContents(v, ctx);
  checkPilot(v, ctx);
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
  /**
   * The end date before a court substituted a later one on breach (Sentencing Act 2020 Sch. 7
   * para. 10(4)): set once, when `endDate` was extended; the order's 3-year limit applies to it.
   */
  endDateBeforeBreach: IsoDateSchema.optional(),
  /**
   * Made under the 2022 Act's pilot (S.I. 2023/705): the responsible officer is in a pilot youth
   * offending team and the order was made while the pilot was in force. Allows up to 365 days of
   * extended activity (ISS) and electronic whereabouts monitoring; see `issPilot`.
   */
  pilotArea: z.boolean().optional(),
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
