/**
 * Reviews called for by a change: those triggered (with their due dates), and breach action
 * (non-compliance) that no review has followed yet.
 * @internal
 */
import { madeOn, type OrderAsOf } from '../lifecycle/orders.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import { isChangeTrigger } from '../model/review.js';
import type { ReviewPolicy } from '../policy/reviewPolicy.js';
import { isCompletedBy } from './reviewFacts.js';
import type { TriggeredReview, UnactionedTrigger } from './types.js';
import { shiftWorkingDays } from './workingDayMath.js';

/**
 * @internal Every review triggered by a change on or before `asOf`, in the order triggered, with
 * its due date; a review completed after `asOf` shows as not completed yet.
 */
export function triggeredReviews(
  record: CaseRecord,
  asOf: IsoDate,
  policy: ReviewPolicy,
): TriggeredReview[] {
  const days = policy.triggeredReviewWorkingDays;
  return record.reviews
    .filter((r) => isChangeTrigger(r.trigger) && r.triggered.on <= asOf)
    .map((r) => {
      const byPolicy = shiftWorkingDays(r.triggered.on, days);
      const recorded = r.dueBy !== undefined && r.dueBy < byPolicy;
      const dueBy = recorded && r.dueBy !== undefined ? r.dueBy : byPolicy;
      const completedOn = isCompletedBy(r, asOf) ? r.outcome.completedOn : undefined;
      return {
        reviewId: r.id,
        trigger: r.trigger,
        triggeredOn: r.triggered.on,
        dueBy,
        basis: recorded
          ? 'The due date recorded when the review was triggered'
          : `Within ${days} working days of the trigger (reviews.triggeredReviewWorkingDays)`,
        ...(completedOn !== undefined && { completedOn }),
        overdue: completedOn === undefined && asOf > dueBy,
      };
    });
}

/**
 * @internal Changes that call for a review of the plan, each with no review triggered on or after
 * its date (and by `asOf`), due within `triggeredReviewWorkingDays`: breach action taken by
 * `asOf` (non-compliance), and a new order made by then (the sentence of a case opened on bail
 * or remand, a resentence, a further order).
 */
export function unactionedTriggers(
  record: CaseRecord,
  asOf: IsoDate,
  policy: ReviewPolicy,
  orders: readonly OrderAsOf[] = [],
): UnactionedTrigger[] {
  const out: UnactionedTrigger[] = [];
  const reviewedSince = (on: IsoDate) =>
    record.reviews.some((r) => r.triggered.on >= on && r.triggered.on <= asOf);
  const unactioned = (
    trigger: UnactionedTrigger['trigger'],
    on: IsoDate,
    source: UnactionedTrigger['source'],
  ) => {
    if (on > asOf || reviewedSince(on)) return;
    const dueBy = shiftWorkingDays(on, policy.triggeredReviewWorkingDays);
    out.push({ trigger, on, dueBy, source, overdue: asOf > dueBy });
  };
  for (const entry of record.compliance) {
    if (entry.kind !== 'breach-action') continue;
    unactioned('non-compliance', entry.on, { kind: 'breach-action', id: entry.id });
  }
  for (const o of orders) {
    if (o.record.made.how === 'opening') continue;
    unactioned('new-order', madeOn(o.record.order), { kind: 'new-order', id: o.id });
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
