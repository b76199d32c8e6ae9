import { daysBetween } from '../../../_lib/calendar.js';
import type { ScheduledReview } from '../../../schedule/types.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { caseSchedule } from './_lib/schedule.js';
import { REVIEW_GUIDANCE } from './_lib/sources.js';

/**
 * `review.overdue` (warning): a scheduled review (the policy interval, a referral order's panel
 * meeting, the date the practitioner set, before or after release from custody, the end of the
 * order) whose due date has passed without it being completed. Reviews due the same day are
 * reported once.
 *
 * @example
 * checkCase(state, { asOf, rules: ['review.overdue'] });
 * // [{ path: ['reviews', 'due', '2025-12-18'], evidence: { reasons: ['plan-review-date'], daysOverdue: 4, ... } }]
 */
export const reviewOverdue = defineRule({
  id: 'review.overdue',
  title: 'Reviews are held when they are due',
  description:
    'No scheduled review is past its due date: at least every `reviews.intervalMonths` months (default 3) since the last review; for a referral order, a panel progress meeting at least every `reviews.referralOrderPanelMonths` months; the next review date the practitioner set; for custody, `reviews.preReleaseReviewWorkingDays` working days before the expected release and within `reviews.triggeredReviewWorkingDays` after it; and the end-of-order review `reviews.endOfOrderReviewWeeksBefore` weeks before the disposal ends. Plans are living documents, reviewed on a schedule.',
  severity: 'warning',
  source: { kind: 'yjb-guidance', citation: REVIEW_GUIDANCE },
  volatileEvidence: ['daysOverdue'],
  check: ({ state, asOf, policy }) => {
    const byDate = new Map<string, ScheduledReview[]>();
    for (const item of caseSchedule(state, asOf, policy.reviews).scheduled) {
      if (item.overdue) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
    }
    const findings: RawFinding[] = [];
    for (const [date, items] of byDate) {
      const daysOverdue = daysBetween(date, asOf);
      findings.push({
        message: `A review was due ${daysOverdue} day${daysOverdue === 1 ? '' : 's'} ago and has not been completed (${items.map((i) => i.reason.replaceAll('-', ' ')).join(', ')})`,
        path: ['reviews', 'due', date],
        evidence: {
          dueDate: date,
          daysOverdue,
          reasons: items.map((i) => i.reason),
          from: items.map((i) => i.from),
          ...(items[0]?.openReviewId !== undefined && { openReviewId: items[0].openReviewId }),
        },
      });
    }
    return findings;
  },
});
