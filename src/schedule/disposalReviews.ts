/**
 * The reviews the disposal itself calls for: before and after release from custody, and at the
 * end of the order.
 * @internal
 */

import { addDays } from '../_lib/calendar.js';
import { some } from '../_lib/lists.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import { custodyPhaseEnd, disposalEndDate } from '../model/disposal/index.js';
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
  record: CaseRecord,
  facts: ReviewFacts,
  policy: ReviewPolicy,
  asOf: IsoDate,
): { due: DueItem; held: boolean } | undefined {
  const released = record.custodyPhaseEndedOn;
  if (released !== undefined && released <= asOf) {
    return {
      due: {
        reason: 'post-release',
        date: shiftWorkingDays(released, policy.triggeredReviewWorkingDays),
        from: released,
        basis: `Within ${policy.triggeredReviewWorkingDays} working days of release from custody (reviews.triggeredReviewWorkingDays)`,
      },
      held: some(facts.completed, (r) => r.outcome.completedOn >= released),
    };
  }
  const release = custodyPhaseEnd(record.disposal);
  if (release === undefined) return undefined;
  return {
    due: {
      reason: 'pre-release',
      date: shiftWorkingDays(release, -policy.preReleaseReviewWorkingDays),
      from: release,
      basis: `${policy.preReleaseReviewWorkingDays} working days before the expected release from custody (reviews.preReleaseReviewWorkingDays)`,
    },
    held: some(facts.completed, (r) => r.trigger === 'release-from-custody'),
  };
}

/**
 * @internal The end-of-order review, `endOfOrderReviewWeeksBefore` weeks before the disposal's
 * last day, brought back to the working day before when that day is a weekend or an England and
 * Wales bank holiday (a review is held on a working day); held by a review triggered as
 * `end-of-order` or one that decided to close.
 */
export function endOfOrderReview(
  record: CaseRecord,
  facts: ReviewFacts,
  policy: ReviewPolicy,
): { due: DueItem; held: boolean } | undefined {
  const end = disposalEndDate(record.disposal);
  if (end === undefined) return undefined;
  const weeks = policy.endOfOrderReviewWeeksBefore;
  return {
    due: {
      reason: 'end-of-order',
      date: workingDayOnOrBefore(addDays(end, -7 * weeks)),
      from: end,
      basis: `${weeks === 1 ? '1 week' : `${weeks} weeks`} before the disposal ends (reviews.endOfOrderReviewWeeksBefore), on the last working day by then`,
    },
    held: some(
      facts.completed,
      (r) => r.trigger === 'end-of-order' || r.outcome.decision === 'close',
    ),
  };
}
