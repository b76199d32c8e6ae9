import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import type { ReviewTrigger } from '../model/review.js';

/**
 * Why a scheduled review is due: the policy interval since the last review, the referral order
 * panel's progress meetings, the date the practitioner set, the review before release from
 * custody, the review after release, or the end-of-order review.
 *
 * @example
 * const r: ScheduledReviewReason = 'end-of-order';
 */
export type ScheduledReviewReason =
  | 'interval'
  | 'referral-order-panel'
  | 'plan-review-date'
  | 'pre-release'
  | 'post-release'
  | 'end-of-order';

/**
 * A review the schedule calls for and that has not been held yet.
 *
 * @example
 * const s: ScheduledReview = { reason: 'interval', date: '2026-03-17', from: '2025-12-17', basis: 'Every 3 months, counted from the last completed review', overdue: false };
 */
export interface ScheduledReview {
  readonly reason: ScheduledReviewReason;
  /** The day the review is due by (held on or before it). */
  readonly date: IsoDate;
  /** The date the due date is counted from: the last review, the contract, release, the order's end. */
  readonly from: IsoDate;
  /** How the date is worked out, in plain words (names the policy field; no personal data). */
  readonly basis: string;
  /** `asOf` is after `date` and the review has not been completed. */
  readonly overdue: boolean;
  /** A review already triggered for it and still open. */
  readonly openReviewId?: Id;
}

/**
 * A review triggered by a change (new offence, change in risk or safety, change of placement,
 * non-compliance, a request), with the day it is due by.
 *
 * @example
 * const t: TriggeredReview = { reviewId: 'rv-1', trigger: 'new-offence', triggeredOn: '2025-11-10', dueBy: '2025-11-24', basis: 'Within 10 working days of the trigger', overdue: false };
 */
export interface TriggeredReview {
  readonly reviewId: Id;
  readonly trigger: ReviewTrigger;
  readonly triggeredOn: IsoDate;
  /** The earlier of the date recorded with the trigger and the policy's working days. */
  readonly dueBy: IsoDate;
  readonly basis: string;
  readonly completedOn?: IsoDate;
  /** Still open after `dueBy`. */
  readonly overdue: boolean;
}

/**
 * Something in the record that calls for a review but has none yet: breach action
 * (non-compliance), or a new order (the sentence after bail or remand, a resentence, a further
 * order), with no review triggered on or after it.
 *
 * @example
 * const p: UnactionedTrigger = { trigger: 'non-compliance', on: '2025-05-01', dueBy: '2025-05-16', source: { kind: 'breach-action', id: 'b-1' }, overdue: false };
 */
export interface UnactionedTrigger {
  readonly trigger: ReviewTrigger;
  readonly on: IsoDate;
  readonly dueBy: IsoDate;
  readonly source: { readonly kind: 'breach-action' | 'new-order'; readonly id: Id };
  readonly overdue: boolean;
}

/**
 * A case's review schedule at a date, for a practitioner's screen: the next scheduled review,
 * every scheduled review still to hold (earliest first), the reviews triggered by changes and
 * the changes not yet reviewed, and the key dates of the disposal.
 *
 * @example
 * const s: ReviewSchedule = reviewSchedule(state, { asOf: '2026-01-10' });
 * s.nextDue?.date; // '2026-02-17'
 */
export interface ReviewSchedule {
  readonly asOf: IsoDate;
  /** The earliest scheduled review not yet held; none once the case is closing or closed. */
  readonly nextDue?: ScheduledReview;
  readonly scheduled: readonly ScheduledReview[];
  readonly triggered: readonly TriggeredReview[];
  readonly unactionedTriggers: readonly UnactionedTrigger[];
  readonly lastReview?: { readonly reviewId: Id; readonly completedOn: IsoDate };
  /** When the disposal has an end: the day its end-of-order review is due by. */
  readonly endOfOrderReviewBy?: IsoDate;
  /** Custody: the pre-release review's due date, or after release the post-release review's. */
  readonly custodyReleaseReviewBy?: IsoDate;
}
