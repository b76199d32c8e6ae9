import {
  type DisposalCategory,
  type DisposalType,
  disposalCatalogue,
} from '../../law/disposals.js';
import { type ContractElementKind, contractElementCatalogue } from '../../law/referralOrder.js';
import type { SeriousCustodyType } from '../../law/seriousCustody.js';
import { requirementLimits, type YroRequirementKind } from '../../law/yroRequirements.js';
import type { IsoDate } from '../dates.js';
import { periodEnd, termEnd, termHalfWay } from './period.js';
import type { Disposal } from './schema.js';
import { seriousCustodyDates } from './seriousCustody.js';

/**
 * The day a disposal starts: the decision date out of court; in court, the day the order takes
 * effect (`startDate`, e.g. when a referral order's contract is signed) or else the sentence
 * date.
 *
 * @example
 * disposalStartDate({ type: 'youth-caution', id: 'yc-1', decisionDate: '2025-01-10' }); // '2025-01-10'
 */
export function disposalStartDate(d: Disposal): IsoDate {
  if ('decisionDate' in d) return d.decisionDate;
  return 'startDate' in d && d.startDate !== undefined ? d.startDate : d.sentenceDate;
}

/**
 * The last day a disposal is in force, or `undefined` when it has no length (cautions without a
 * comply-by date, absolute discharge, fine). Periods of months end the day before the
 * corresponding date, or on the last day of a shorter month (6 months from 31 August end on
 * 28/29 February).
 *
 * @example
 * disposalEndDate(referralOrder); // 6 months from 2025-03-03: '2025-09-02'
 */
export function disposalEndDate(d: Disposal): IsoDate | undefined {
  const start = disposalStartDate(d);
  switch (d.type) {
    case 'youth-conditional-caution':
      return d.complyByDate;
    case 'conditional-discharge':
    case 'referral-order':
      return periodEnd(start, d.lengthMonths);
    case 'reparation-order':
      return periodEnd(start, disposalCatalogue['reparation-order'].lengthMonths.max);
    case 'youth-rehabilitation-order':
    case 'youth-rehabilitation-order-iss':
    case 'youth-rehabilitation-order-fostering':
      return d.endDate;
    case 'detention-and-training-order':
      return termEnd(start, d.termMonths, d.termDays ?? 0);
    case 'long-term-detention':
      return periodEnd(start, d.termMonths);
    case 'extended-sentence-of-detention':
    case 'special-custodial-sentence':
      // The sentence ends with its licence (the extension or further licence period).
      return seriousCustodyDates(d).licenceEnd;
    default:
      // Detention during His Majesty's pleasure: a licence for life, no end date.
      return undefined;
  }
}

/**
 * For custody, the day the custodial part ends and the child is released to supervision (DTO)
 * or licence (s.250, s.254, s.259, s.252A): the recorded expected release date, else the
 * half-way point of the term (Sentencing Act 2020 s.241(2) for a DTO; a policy default for
 * s.250), or for the serious custodial sentences the expected release of `seriousCustodyDates`
 * (parole eligibility unless recorded). `undefined` otherwise.
 *
 * @example
 * custodyPhaseEnd({ ...dto, startDate: '2024-01-10', termMonths: 12 }); // '2024-07-10'
 */
export function custodyPhaseEnd(d: Disposal): IsoDate | undefined {
  if (
    d.type === 'extended-sentence-of-detention' ||
    d.type === 'special-custodial-sentence' ||
    d.type === 'detention-at-his-majestys-pleasure'
  ) {
    return seriousCustodyDates(d).expectedRelease;
  }
  if (d.type !== 'detention-and-training-order' && d.type !== 'long-term-detention') {
    return undefined;
  }
  const days = d.type === 'detention-and-training-order' ? (d.termDays ?? 0) : 0;
  return d.expectedReleaseDate ?? termHalfWay(disposalStartDate(d), d.termMonths, days);
}

/**
 * The disposal's tier, from the law catalogue.
 *
 * @example
 * disposalCategory(referralOrder); // 'first-tier'
 */
export function disposalCategory(d: Disposal): DisposalCategory {
  return disposalCatalogue[d.type].category;
}

/**
 * Whether the disposal is custodial (a DTO, long-term detention, or a serious custodial sentence).
 *
 * @example
 * isCustodial(dto); // true
 */
export function isCustodial(d: Disposal): boolean {
  return disposalCategory(d) === 'custody';
}

/**
 * Whether a disposal type is custodial, for the youth disposals and the serious custodial
 * sentences (s.254, s.259, s.252A) alike.
 *
 * @example
 * isCustodialType('detention-at-his-majestys-pleasure'); // true
 * isCustodialType('referral-order');                     // false
 */
export function isCustodialType(type: DisposalType | SeriousCustodyType): boolean {
  return disposalCatalogue[type].category === 'custody';
}

/**
 * Whether a court imposed the disposal (as opposed to an out-of-court decision).
 *
 * @example
 * isCourtOrder({ type: 'youth-caution', id: 'yc-1', decisionDate: '2025-01-10' }); // false
 */
export function isCourtOrder(d: Disposal): boolean {
  return disposalCatalogue[d.type].courtOrder;
}

/**
 * Something a disposal requires of the child, which plan actions can say they deliver: a YRO
 * requirement, a youth offender contract term, or a conditional caution's condition.
 *
 * @example
 * const r: DisposalRequirement = { id: 'req-1', kind: 'curfew', label: 'Curfew' };
 */
export interface DisposalRequirement {
  readonly id: string;
  readonly kind: YroRequirementKind | ContractElementKind | 'caution-condition';
  readonly label: string;
}

/**
 * The requirements of a disposal, uniformly: YRO requirements, referral order contract terms,
 * or conditional caution conditions (labelled with their description). Empty for the rest.
 *
 * @example
 * requirementsOf(yro).map((r) => r.label); // ['Supervision', 'Curfew', 'Unpaid work']
 */
export function requirementsOf(d: Disposal): DisposalRequirement[] {
  switch (d.type) {
    case 'youth-rehabilitation-order':
    case 'youth-rehabilitation-order-iss':
    case 'youth-rehabilitation-order-fostering':
      return d.requirements.map((r) => ({
        id: r.id,
        kind: r.kind,
        label: requirementLimits[r.kind].label,
      }));
    case 'referral-order':
      return (d.contract ?? []).map((c) => ({
        id: c.id,
        kind: c.kind,
        label: contractElementCatalogue[c.kind].label,
      }));
    case 'youth-conditional-caution':
      return d.conditions.map((c) => ({
        id: c.id,
        kind: 'caution-condition',
        label: c.description,
      }));
    default:
      return [];
  }
}
