/**
 * What the review schedule reads from a case record as it stood at a date: the reviews
 * completed by then, the one open then, when delivery began and the plan version then in force.
 * @internal
 */

import { compareDates } from '../_lib/calendar.js';
import type { CaseRecord, PlanVersionRecord, ReviewRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { ReviewOutcome } from '../model/review.js';

/** @internal A review with its outcome. */
export type CompletedReview = ReviewRecord & { readonly outcome: ReviewOutcome };

/** @internal The facts the schedule needs at a date, gathered in one pass. */
export interface ReviewFacts {
  /** Reviews completed on or before the date, by completion date. */
  readonly completed: readonly CompletedReview[];
  readonly last?: CompletedReview;
  /** A review triggered on or before the date and not completed by then. */
  readonly open?: ReviewRecord;
  /** The day the first plan version was activated (delivery began), if on or before the date. */
  readonly deliveryBegan?: IsoDate;
  /** The plan version in force at the date: the one activated last on or before it. */
  readonly planInForce?: PlanVersionRecord;
}

/** @internal Whether a review had been completed by `asOf` (a later completion is not yet held). */
export const isCompletedBy = (r: ReviewRecord, asOf: IsoDate): r is CompletedReview =>
  r.outcome !== undefined && r.outcome.completedOn <= asOf;

/**
 * @internal Gathers the review facts of a record at `asOf`: a review completed after `asOf` is
 * still open at `asOf`, and one triggered after it does not exist yet.
 */
export function reviewFacts(record: CaseRecord, asOf: IsoDate): ReviewFacts {
  const completed = record.reviews
    .filter((r) => isCompletedBy(r, asOf))
    .sort((a, b) => compareDates(a.outcome.completedOn, b.outcome.completedOn));
  const open = record.reviews.find((r) => r.triggered.on <= asOf && !isCompletedBy(r, asOf));
  let deliveryBegan: IsoDate | undefined;
  let planInForce: PlanVersionRecord | undefined;
  for (const p of record.plans) {
    if (p.activatedOn === undefined || p.activatedOn > asOf) continue;
    if (deliveryBegan === undefined || p.activatedOn < deliveryBegan) deliveryBegan = p.activatedOn;
    if (planInForce?.activatedOn === undefined || p.activatedOn >= planInForce.activatedOn)
      planInForce = p;
  }
  const last = completed[completed.length - 1];
  return {
    completed,
    ...(last !== undefined && { last }),
    ...(open !== undefined && { open }),
    ...(deliveryBegan !== undefined && { deliveryBegan }),
    ...(planInForce !== undefined && { planInForce }),
  };
}
