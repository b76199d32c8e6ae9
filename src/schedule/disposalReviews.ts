/**
 * The reviews the disposal itself calls for: before and after release from custody, and at the
 * end of the order.
 * @internal
 */

import { addDays } from '../_lib/calendar.js';
import { casePeriodEnd, type OrderAsOf } from '../lifecycle/orders.js';
import type { IsoDate } from '../model/dates.js';
import { isCustodial } from '../model/disposal/index.js';
import type { ReviewPolicy } from '../policy/reviewPolicy.js';
import type { DueItem } from './intervalReviews.js';
import type { ReviewFacts } from './reviewFacts.js';
import { shiftWorkingDays, workingDayOnOrBefore } from './workingDayMath.js';

/**
 * @internal Custody: before release, a review `preReleaseReviewWorkingDays` before the expected
 * release (held when a review triggered as `release-from-custody` is completed); after release
 * (on or before `asOf`), a review within `triggeredReviewWorkingDays` of it (held by any review
 * completed since).
 */
export function custodyReview(
  facts: ReviewFacts,
  policy: ReviewPolicy,
  asOf: IsoDate,
  orders: readonly OrderAsOf[],
): { due: DueItem; held: boolean } | undefined {
  // The custodial order the case is in now: the newest one not revoked.
  const custodial = orders.findLast((o) => o.revokedOn === undefined && isCustodial(o.disposal));
  if (custodial === undefined) return undefined;
  const released = custodial.record.releasedOn;
  if (released !== undefined && released <= asOf) {
    return {
      due: {
        reason: 'post-release',
        date: shiftWorkingDays(released, policy.triggeredReviewWorkingDays),
        from: released,
        basis: `Within ${policy.triggeredReviewWorkingDays} working days of release from custody (reviews.triggeredReviewWorkingDays)`,
      },
      held: facts.completed.some((r) => r.outcome.completedOn >= released),
    };
  }
  const release = custodial.custodyPhaseEnd;
  if (release === undefined) return undefined;
  return {
    due: {
      reason: 'pre-release',
      date: shiftWorkingDays(release, -policy.preReleaseReviewWorkingDays),
      from: release,
      basis: `${policy.preReleaseReviewWorkingDays} working days before the expected release from custody (reviews.preReleaseReviewWorkingDays)`,
    },
    held: facts.completed.some((r) => r.trigger === 'release-from-custody'),
  };
}

/**
 * @internal The end-of-order review, `endOfOrderReviewWeeksBefore` weeks before the last day of
 * the case's orders as known on the day (a referral order from its contract, an order as extended
 * or varied, the day before a revocation with no new sentence), brought back to the working day before when that day is a weekend or an England and
 * Wales bank holiday (a review is held on a working day); held by a review triggered as
 * `end-of-order` or one that decided to close.
 */
export function endOfOrderReview(
  facts: ReviewFacts,
  policy: ReviewPolicy,
  orders: readonly OrderAsOf[],
): { due: DueItem; held: boolean } | undefined {
  const end = casePeriodEnd(orders);
  if (end === undefined) return undefined;
  const weeks = policy.endOfOrderReviewWeeksBefore;
  return {
    due: {
      reason: 'end-of-order',
      date: workingDayOnOrBefore(addDays(end, -7 * weeks)),
      from: end,
      basis: `${weeks === 1 ? '1 week' : `${weeks} weeks`} before the disposal ends (reviews.endOfOrderReviewWeeksBefore), on the last working day by then`,
    },
    held: facts.completed.some(
      (r) => r.trigger === 'end-of-order' || r.outcome.decision === 'close',
    ),
  };
}
