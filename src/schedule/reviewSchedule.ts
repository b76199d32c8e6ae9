import { compareDates } from '../_lib/calendar.js';
import { casePeriodEnd, ordersOn } from '../lifecycle/orders.js';
import { readCaseOrThrow } from '../lifecycle/readCase.js';
import type { CaseState } from '../lifecycle/state.js';
import type { IsoDate } from '../model/dates.js';
import { queryOptions } from '../model/queryOptions.js';
import type { Policy, PolicyInput } from '../policy/index.js';
import type { ReviewPolicy } from '../policy/reviewPolicy.js';
import { custodyReview, endOfOrderReview } from './disposalReviews.js';
import {
  type DueItem,
  intervalReview,
  panelReview,
  practitionerReview,
} from './intervalReviews.js';
import { policyForCase } from './policyForCase.js';
import { reviewFacts } from './reviewFacts.js';
import { triggeredReviews, unactionedTriggers } from './triggeredReviews.js';
import type { ReviewSchedule, ScheduledReview, ScheduledReviewReason } from './types.js';

/**
 * Options for {@link reviewSchedule}.
 *
 * @example
 * const options: ReviewScheduleOptions = { asOf: '2026-01-10', policy: { reviews: { intervalMonths: 2 } } };
 */
export interface ReviewScheduleOptions {
  /** The date to work the schedule out at (never read from the clock). */
  readonly asOf: IsoDate;
  /** The YOS's policy; the documented defaults when omitted. */
  readonly policy?: PolicyInput | Policy;
}

/** No more reviews are scheduled once the closing review has decided, or the case has ended. */
const FINISHED = new Set(['closing', 'closed', 'transferred']);

/** Which open review (by its trigger) is the one a scheduled item waits for. */
const OPEN_FOR: Record<ScheduledReviewReason, string> = {
  interval: 'scheduled',
  'referral-order-panel': 'scheduled',
  'plan-review-date': 'scheduled',
  'pre-release': 'release-from-custody',
  'post-release': 'release-from-custody',
  'end-of-order': 'end-of-order',
};

/** On the same day, the review with the more specific reason comes first. */
const PRIORITY: Record<ScheduledReviewReason, number> = {
  'end-of-order': 0,
  'pre-release': 1,
  'post-release': 2,
  'referral-order-panel': 3,
  'plan-review-date': 4,
  interval: 5,
};

/**
 * @internal The schedule for a state at `asOf`, with the policy already resolved for its
 * disposal: reviews, contacts and release dated after `asOf` have not happened yet.
 */
export function scheduleFor(state: CaseState, asOf: IsoDate, policy: ReviewPolicy): ReviewSchedule {
  const { record } = state;
  const facts = reviewFacts(record, asOf);
  const orders = ordersOn(state, asOf);
  const custody = custodyReview(facts, policy, asOf, orders);
  const endOfOrder = endOfOrderReview(facts, policy, orders);
  const end = casePeriodEnd(orders);
  const due: DueItem[] = [];
  if (!FINISHED.has(state.stage)) {
    for (const item of [
      intervalReview(facts, policy),
      panelReview(record, policy, asOf, orders),
      practitionerReview(facts),
    ]) {
      if (item && (end === undefined || item.date <= end)) due.push(item);
    }
    if (custody && !custody.held) due.push(custody.due);
    if (endOfOrder && !endOfOrder.held) due.push(endOfOrder.due);
  }
  const open = facts.open;
  const scheduled = due
    .map(
      (item): ScheduledReview => ({
        ...item,
        overdue: asOf > item.date,
        ...(open && OPEN_FOR[item.reason] === open.trigger && { openReviewId: open.id }),
      }),
    )
    .sort((a, b) => compareDates(a.date, b.date) || PRIORITY[a.reason] - PRIORITY[b.reason]);
  const nextDue = scheduled[0];
  const last = facts.last;
  return {
    asOf,
    ...(nextDue && { nextDue }),
    scheduled,
    triggered: triggeredReviews(record, asOf, policy),
    unactionedTriggers: FINISHED.has(state.stage)
      ? []
      : unactionedTriggers(record, asOf, policy, orders),
    ...(last && { lastReview: { reviewId: last.id, completedOn: last.outcome.completedOn } }),
    ...(endOfOrder && { endOfOrderReviewBy: endOfOrder.due.date }),
    ...(custody && { custodyReleaseReviewBy: custody.due.date }),
  };
}

/**
 * A case's review schedule at `asOf`: the next scheduled review and its basis (the policy
 * interval, a referral order's panel meetings, the date the practitioner set, release from
 * custody, the end of the order), every scheduled review still to hold, the reviews triggered
 * by a change with their due dates (working days, England and Wales bank holidays excluded),
 * and breach action no review has followed yet. Pure: `asOf` is injected, never read.
 *
 * @throws {YjplanError} `invalid_input` for a bad `asOf`, `invalid_policy` for a bad policy.
 * @example
 * const s = reviewSchedule(state, { asOf: '2026-01-10' });
 * s.nextDue; // { reason: 'plan-review-date', date: '2026-02-17', overdue: false, ... }
 * s.triggered.filter((t) => t.overdue);
 */
export function reviewSchedule(state: CaseState, options: ReviewScheduleOptions): ReviewSchedule {
  const { asOf, policy } = queryOptions(options, ['policy']);
  return readCaseOrThrow(state, ({ state: own }) =>
    scheduleFor(
      own,
      asOf,
      policyForCase(own.record, policy as ReviewScheduleOptions['policy'], asOf).reviews,
    ),
  );
}
