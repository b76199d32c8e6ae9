/**
 * Reviews called for by a change: those triggered (with their due dates), and breach action
 * (non-compliance) that no review has followed yet.
 * @internal
 */
import { filter, some } from '../_lib/lists.js';
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
  return filter(record.reviews, (r) => isChangeTrigger(r.trigger) && r.triggered.on <= asOf).map(
    (r) => {
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
    },
  );
}

/**
 * @internal Breach action is non-compliance serious enough to review the plan: each one taken by
 * `asOf` with no review triggered on or after its date (and by `asOf`), due within
 * `triggeredReviewWorkingDays`.
 */
export function unactionedTriggers(
  record: CaseRecord,
  asOf: IsoDate,
  policy: ReviewPolicy,
): UnactionedTrigger[] {
  const out: UnactionedTrigger[] = [];
  for (const entry of record.compliance) {
    if (entry.kind !== 'breach-action' || entry.on > asOf) continue;
    if (some(record.reviews, (r) => r.triggered.on >= entry.on && r.triggered.on <= asOf)) continue;
    const dueBy = shiftWorkingDays(entry.on, policy.triggeredReviewWorkingDays);
    out.push({
      trigger: 'non-compliance',
      on: entry.on,
      dueBy,
      source: { kind: 'breach-action', id: entry.id },
      overdue: asOf > dueBy,
    });
  }
  return out;
}
