/**
 * What the review schedule reads from a case record: the completed reviews, the open one, and
 * when delivery began.
 * @internal
 */
import { compareDates } from '../_lib/calendar.js';
import type { CaseRecord, ReviewRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { ReviewOutcome } from '../model/review.js';

/** @internal A review with its outcome. */
export type CompletedReview = ReviewRecord & { readonly outcome: ReviewOutcome };

/** @internal The facts the schedule needs, gathered in one pass. */
export interface ReviewFacts {
  /** Completed reviews, by completion date. */
  readonly completed: readonly CompletedReview[];
  readonly last?: CompletedReview;
  readonly open?: ReviewRecord;
  /** The day the first plan version was activated (delivery began). */
  readonly deliveryBegan?: IsoDate;
}

/** @internal Gathers the review facts of a record. */
export function reviewFacts(record: CaseRecord): ReviewFacts {
  const completed = record.reviews
    .filter((r): r is CompletedReview => r.outcome !== undefined)
    .sort((a, b) => compareDates(a.outcome.completedOn, b.outcome.completedOn));
  const open = record.reviews.find((r) => r.outcome === undefined);
  let deliveryBegan: IsoDate | undefined;
  for (const p of record.plans) {
    if (
      p.activatedOn !== undefined &&
      (deliveryBegan === undefined || p.activatedOn < deliveryBegan)
    ) {
      deliveryBegan = p.activatedOn;
    }
  }
  const last = completed[completed.length - 1];
  return {
    completed,
    ...(last !== undefined && { last }),
    ...(open !== undefined && { open }),
    ...(deliveryBegan !== undefined && { deliveryBegan }),
  };
}
