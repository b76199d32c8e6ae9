import * as z from 'zod';

/**
 * Review timescales: overridable policy defaults, never law. Current YJB guidance sets no
 * national deadline and asks for a review whenever the child's circumstances change
 * significantly; the former national standards' 3-monthly review is kept as the default
 * interval. Days counted as working days exclude weekends and England and Wales bank holidays.
 *
 * @example
 * ReviewPolicySchema.parse({ triggeredReviewWorkingDays: 5 }).intervalMonths; // 3
 */
export const ReviewPolicySchema = z.strictObject({
  /**
   * Longest gap between reviews, in months, counted from the last completed review (or from
   * the first plan's activation). Default 3: the former YJB National Standards.
   * @default 3
   */
  intervalMonths: z.int().min(1).max(12).default(3),
  /**
   * Referral orders: longest gap between youth offender panel progress meetings, in months,
   * counted from the contract taking effect. Sentencing Act 2020 s.99 sets no frequency; "at
   * least every three months" is the Ministry of Justice referral order guidance as summarised
   * in Halsbury's Laws (Sentencing, para. 166): unverified against the guidance itself.
   * @default 3
   */
  referralOrderPanelMonths: z.int().min(1).max(12).default(3),
  /**
   * Working days within which a review triggered by a change (new offence, change in risk or
   * safety, change of placement, non-compliance, a request), or following release from
   * custody, should be completed. Local-practice default.
   * @default 10
   */
  triggeredReviewWorkingDays: z.int().min(1).max(60).default(10),
  /**
   * Weeks before the disposal's last day by which the end-of-order review should be completed,
   * so the exit plan is in place before the order ends. Local-practice default.
   * @default 1
   */
  endOfOrderReviewWeeksBefore: z.int().min(0).max(26).default(1),
  /**
   * Custody (DTO, s.250 detention): working days before the expected release date by which
   * the pre-release review should be completed, so the community part is planned before the
   * child leaves custody. Local-practice default.
   * @default 10
   */
  preReleaseReviewWorkingDays: z.int().min(0).max(60).default(10),
  /**
   * Working days after a review that raised the risk of serious harm or the safety and
   * wellbeing rating by which the plan should be revised (a new version drafted), so it
   * responds to the change. Local-practice default; 0 reports an unrevised plan at once.
   * @default 5
   */
  riskRiseRevisionWorkingDays: z.int().min(0).max(60).default(5),
});

/**
 * Review timescales.
 *
 * @example
 * const weeks = (p: ReviewPolicy) => p.endOfOrderReviewWeeksBefore;
 */
export type ReviewPolicy = z.infer<typeof ReviewPolicySchema>;
