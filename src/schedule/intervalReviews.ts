/**
 * The reviews due by the calendar: the policy interval since the last review, a referral
 * order's panel progress meetings, and the next review date the practitioner set.
 * @internal
 */
import { addMonths } from '../_lib/calendar.js';
import type { OrderAsOf } from '../lifecycle/orders.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import { disposalStartDate } from '../model/disposal/index.js';
import type { ReviewPolicy } from '../policy/reviewPolicy.js';
import { panelMeetingsHeld, referralOrderOf } from './panelMeetings.js';
import type { ReviewFacts } from './reviewFacts.js';
import type { ScheduledReview } from './types.js';

/** @internal A scheduled review before its status at `asOf` is known. */
export type DueItem = Omit<ScheduledReview, 'overdue' | 'openReviewId'>;

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

/** @internal At least every `intervalMonths`, from the last review or from the start of delivery. */
export function intervalReview(facts: ReviewFacts, policy: ReviewPolicy): DueItem | undefined {
  const from = facts.last?.outcome.completedOn ?? facts.deliveryBegan;
  if (from === undefined) return undefined;
  return {
    reason: 'interval',
    date: addMonths(from, policy.intervalMonths),
    from,
    basis: `At least every ${months(policy.intervalMonths)} (reviews.intervalMonths), counted from ${
      facts.last ? 'the last completed review' : 'the start of delivery of the first plan'
    }`,
  };
}

/**
 * @internal Referral orders: a youth offender panel progress meeting at least every
 * `referralOrderPanelMonths`, from the contract taking effect (the day the panel agreed it) or the
 * last panel meeting held by `asOf` (see `panelMeetingsHeld`); before the contract, from the order
 * being made. Only a panel meeting restarts it: a review the YOS holds without the panel does not.
 */
export function panelReview(
  record: CaseRecord,
  policy: ReviewPolicy,
  asOf: IsoDate,
  orders: readonly OrderAsOf[],
): DueItem | undefined {
  const referral = referralOrderOf(orders);
  if (referral === undefined) return undefined;
  const last = panelMeetingsHeld(record, asOf, orders).at(-1);
  const from = last?.on ?? disposalStartDate(referral);
  const what =
    last?.source === 'contact'
      ? 'the last panel meeting held'
      : last?.source === 'contract'
        ? 'the youth offender contract taking effect'
        : 'the referral order being made (no contract agreed yet)';
  return {
    reason: 'referral-order-panel',
    date: addMonths(from, policy.referralOrderPanelMonths),
    from,
    basis: `Youth offender panel progress meeting at least every ${months(
      policy.referralOrderPanelMonths,
    )} (reviews.referralOrderPanelMonths), counted from ${what}`,
  };
}

/**
 * @internal The next review date the practitioner set: at the last review, or in the plan
 * version in force at the date when that was activated later (a version activated after the
 * date is not in force yet).
 */
export function practitionerReview(facts: ReviewFacts): DueItem | undefined {
  const plan = facts.planInForce;
  const last = facts.last;
  const fromReview =
    last?.outcome.nextReviewDate !== undefined &&
    (plan?.activatedOn === undefined || last.outcome.completedOn >= plan.activatedOn);
  if (fromReview && last?.outcome.nextReviewDate !== undefined) {
    return {
      reason: 'plan-review-date',
      date: last.outcome.nextReviewDate,
      from: last.outcome.completedOn,
      basis: 'The next review date set at the last review',
    };
  }
  if (plan?.plan.nextReviewDate === undefined || plan.activatedOn === undefined) return undefined;
  return {
    reason: 'plan-review-date',
    date: plan.plan.nextReviewDate,
    from: plan.activatedOn,
    basis: 'The review date set in the active plan',
  };
}
