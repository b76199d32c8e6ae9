import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { caseSchedule } from './_lib/schedule.js';
import { HMIP_REVIEWING } from './_lib/sources.js';

/**
 * `review.trigger-not-actioned` (warning): a review triggered by a change still open after its
 * due date, or breach action (non-compliance) with no review triggered on or after it within
 * `reviews.triggeredReviewWorkingDays` working days; likewise a new order (sentence, resentence,
 * further order) with no review triggered since.
 *
 * @example
 * checkCase(state, { asOf, rules: ['review.trigger-not-actioned'] });
 * // [{ path: ['reviews', 'rv-4'], evidence: { trigger: 'new-offence', dueBy: '2025-11-24' } }]
 */
export const triggerNotActioned = defineRule({
  id: 'review.trigger-not-actioned',
  title: 'Significant changes lead to a review in time',
  description:
    'A review triggered by a change (new offence, change in risk or safety, significant change in circumstances, change of placement or accommodation, non-compliance, a request by the child or a parent/carer) is completed by its due date: the one recorded, or `reviews.triggeredReviewWorkingDays` working days (default 10) after the trigger if sooner. Breach action counts as non-compliance that calls for a review within the same working days, and so does a new order (the sentence of a case opened on bail or remand, a resentence, a further order). Reviewing should respond to changes in the child’s circumstances.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_REVIEWING },
  check: ({ state, asOf, policy }) => {
    const schedule = caseSchedule(state, asOf, policy.reviews);
    const findings: RawFinding[] = [];
    for (const t of schedule.triggered) {
      if (!t.overdue) continue;
      findings.push({
        message: `A review triggered by a change (${t.trigger.replaceAll('-', ' ')}) is past its due date and not completed`,
        path: ['reviews', t.reviewId],
        evidence: {
          reviewId: t.reviewId,
          trigger: t.trigger,
          triggeredOn: t.triggeredOn,
          dueBy: t.dueBy,
        },
      });
    }
    for (const u of schedule.unactionedTriggers) {
      if (!u.overdue) continue;
      findings.push(
        u.source.kind === 'breach-action'
          ? {
              message: 'Breach action was taken but no review of the plan has been triggered since',
              path: ['compliance', u.source.id],
              evidence: {
                trigger: u.trigger,
                breachActionId: u.source.id,
                on: u.on,
                dueBy: u.dueBy,
              },
            }
          : {
              message: 'A new order was made but no review of the plan has been triggered since',
              path: ['orders', u.source.id],
              evidence: { trigger: u.trigger, orderId: u.source.id, on: u.on, dueBy: u.dueBy },
            },
      );
    }
    return findings;
  },
});
