import * as z from 'zod';

/**
 * Delivery and compliance numbers: overridable policy defaults from local practice and the
 * inspection evidence base (timely referrals; non-compliance handled proportionately, fairly
 * and transparently; re-engagement after enforcement), never law. Days counted as working days
 * exclude weekends and England and Wales bank holidays.
 *
 * @example
 * DeliveryPolicySchema.parse({ absenceThreshold: 2 }).reengagementWorkingDays; // 10
 */
export const DeliveryPolicySchema = z.strictObject({
  /**
   * Working days after a plan version is activated by which each action owned by a partner
   * agency should have its referral made.
   * @default 10
   */
  referralDeadlineWorkingDays: z.int().min(1).max(120).default(10),
  /**
   * Longest a child should wait, in calendar days from the referral, while the referral has no
   * answer from the partner agency or is on its waiting list.
   * @default 42
   */
  waitingListMaxDays: z.int().min(1).max(730).default(42),
  /**
   * Calendar days after an action's due date before it is reported as overdue.
   * @default 0
   */
  actionOverdueGraceDays: z.int().min(0).max(180).default(0),
  /**
   * How many unacceptable absences, not yet answered by any recorded response (an informal
   * response, a warning or breach action), call for one. Default 2: a single missed appointment
   * can be taken up at the next contact; a second calls for a recorded, proportionate response.
   * A practice default, not law. Under a youth rehabilitation order the law asks for a warning
   * or breach action for each unacceptable absence (Sentencing Act 2020 Sch. 7 para. 4), so
   * there every unacceptable absence is counted whatever this says.
   * @default 2
   */
  absenceThreshold: z.int().min(1).max(10).default(2),
  /**
   * Working days after the absence that reaches the threshold by which the response (an
   * informal response, a warning or breach action naming the absences) should be recorded.
   * @default 5
   */
  absenceResponseWorkingDays: z.int().min(0).max(30).default(5),
  /**
   * Working days after a warning, breach action or breach outcome within which the child
   * should be seen (an attended contact) or re-engagement recorded. A further warning or breach
   * step is not re-engagement.
   * @default 10
   */
  reengagementWorkingDays: z.int().min(1).max(60).default(10),
});

/**
 * Delivery and compliance numbers.
 *
 * @example
 * const days = (p: DeliveryPolicy) => p.waitingListMaxDays;
 */
export type DeliveryPolicy = z.infer<typeof DeliveryPolicySchema>;
