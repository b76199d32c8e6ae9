import { daysBetween } from '../../../_lib/calendar.js';
import { activePlan } from '../../../lifecycle/derive.js';
import { referralStatus } from '../../../model/delivery.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { actionStatuses } from '../plan/_lib/subject.js';
import { judgedUpTo } from './_lib/caseDates.js';
import { HMIP_DELIVERY } from './_lib/sources.js';

/**
 * `delivery.action-overdue` (warning): an action of the active plan still planned or in progress
 * more than `delivery.actionOverdueGraceDays` days after its due date.
 *
 * @example
 * checkCase(state, { asOf, rules: ['delivery.action-overdue'] });
 * // [{ path: ['plan', 'actions', 'act-pru-place'], evidence: { dueDate: '2025-10-10', daysOverdue: 12, ... } }]
 */
export const actionOverdue = defineRule({
  id: 'delivery.action-overdue',
  title: 'Actions are delivered by their due dates',
  description:
    'Each action of the active plan that is still planned or in progress is no more than `delivery.actionOverdueGraceDays` days (default 0) past its due date, judged up to the case’s closure. Record it as done, or as not delivered with the reason (referral not made, child unwilling, not available locally, waiting list), or revise the plan.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_DELIVERY },
  volatileEvidence: ['daysOverdue'],
  check: ({ state: { record }, asOf, policy }) => {
    const version = activePlan(record);
    if (!version) return [];
    const upTo = judgedUpTo(record, asOf);
    const grace = policy.delivery.actionOverdueGraceDays;
    const findings: RawFinding[] = [];
    for (const action of version.plan.actions) {
      if (action.dueDate === undefined) continue;
      const status = actionStatuses(record, version).get(action.id) ?? action.status;
      if (status !== 'planned' && status !== 'in-progress') continue;
      const daysOverdue = daysBetween(action.dueDate, upTo);
      if (daysOverdue <= grace) continue;
      const referral = record.referrals.findLast((r) => r.actionId === action.id);
      findings.push({
        message: `An action is ${daysOverdue} day${daysOverdue === 1 ? '' : 's'} past its due date and still ${status}`,
        path: ['plan', 'actions', action.id],
        evidence: {
          actionId: action.id,
          status,
          dueDate: action.dueDate,
          daysOverdue,
          owner: action.owner.kind,
          ...(referral && {
            referralStatus: referralStatus(referral),
          }),
        },
      });
    }
    return findings;
  },
});
