import { findLast, some } from '../../../_lib/lists.js';
import { activePlan } from '../../../lifecycle/derive.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { actionStatuses } from '../plan/_lib/subject.js';
import { actionActivatedOn, judgedUpTo } from './_lib/caseDates.js';
import { HMIP_DELIVERY } from './_lib/sources.js';

/**
 * `delivery.referral-not-made` (warning): an action of the active plan owned by a partner agency
 * with no referral to it `delivery.referralDeadlineWorkingDays` working days after the plan
 * version holding it was activated, or recorded as not delivered because no referral was made.
 *
 * @example
 * checkCase(state, { asOf, rules: ['delivery.referral-not-made'] });
 * // [{ path: ['plan', 'actions', 'act-camhs'], evidence: { actionId: 'act-camhs', referralDueBy: '2025-10-08', ... } }]
 */
export const referralNotMade = defineRule({
  id: 'delivery.referral-not-made',
  title: 'Referrals to partner agencies are made in time',
  description:
    'Each action of the active plan owned by a partner agency has a referral recorded against it within `delivery.referralDeadlineWorkingDays` working days (default 10, weekends and bank holidays excluded) of the plan version holding it being activated. An action recorded as not delivered because no referral was made is reported too. Inspection finds that interventions too often go undelivered because referrals were never made.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_DELIVERY },
  check: ({ state: { record }, asOf, policy }) => {
    const version = activePlan(record);
    if (!version) return [];
    const upTo = judgedUpTo(record, asOf);
    const findings: RawFinding[] = [];
    for (const action of version.plan.actions) {
      if (action.owner.kind !== 'partner-agency') continue;
      const status = actionStatuses(record, version).get(action.id) ?? action.status;
      const path = ['plan', 'actions', action.id];
      if (status === 'not-delivered') {
        const reason = findLast(
          record.actionUpdates,
          (u) => u.actionId === action.id && u.planVersion === version.version,
        )?.notDelivered?.reason;
        if (reason === 'referral-not-made') {
          findings.push({
            message:
              'An action for a partner agency was not delivered because no referral was made',
            path,
            evidence: { actionId: action.id, agency: action.owner.agency, status },
          });
        }
        continue;
      }
      if (status === 'done' || status === 'cancelled') continue;
      if (some(record.referrals, (r) => r.actionId === action.id)) continue;
      const activatedOn = actionActivatedOn(record, action.id);
      if (activatedOn === undefined) continue;
      const referralDueBy = shiftWorkingDays(
        activatedOn,
        policy.delivery.referralDeadlineWorkingDays,
      );
      if (upTo <= referralDueBy) continue;
      findings.push({
        message: `An action owned by a partner agency has no referral ${policy.delivery.referralDeadlineWorkingDays} working days after the plan started`,
        path,
        evidence: {
          actionId: action.id,
          agency: action.owner.agency,
          activatedOn,
          referralDueBy,
          workingDays: policy.delivery.referralDeadlineWorkingDays,
        },
      });
    }
    return findings;
  },
});
