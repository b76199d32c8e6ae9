import { maxDate } from '../../../_lib/calendar.js';
import { activePlan } from '../../../lifecycle/derive.js';
import type { CaseRecord, PlanVersionRecord } from '../../../lifecycle/record.js';
import type { IsoDate } from '../../../model/dates.js';
import type { PlanAction } from '../../../model/plan.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { actionStatuses } from '../plan/_lib/subject.js';
import { actionActivatedOn, judgedUpTo } from './_lib/caseDates.js';
import { HMIP_DELIVERY } from './_lib/sources.js';

/**
 * When the objectives an action's objective depends on were all done (completed or withdrawn)
 * by `upTo`: the latest such day, the plan's activation when none waits on anything, or
 * `undefined` while one is still open (the work is sequenced later and not due for referral).
 */
function sequencedFrom(
  record: CaseRecord,
  version: PlanVersionRecord,
  action: PlanAction,
  upTo: IsoDate,
  activatedOn: IsoDate,
): IsoDate | undefined {
  const objective = version.plan.objectives.find((o) => o.id === action.objectiveId);
  let from = activatedOn;
  for (const id of objective?.dependsOn ?? []) {
    const prerequisite = version.plan.objectives.find((o) => o.id === id);
    if (!prerequisite) continue;
    const latest = record.objectiveUpdates.findLast(
      (u) =>
        u.objectiveId === id &&
        u.planVersion <= version.version &&
        u.on <= upTo &&
        u.status !== undefined,
    );
    const status = latest?.status ?? prerequisite.status;
    if (status !== 'completed' && status !== 'withdrawn') return undefined;
    if (latest) from = maxDate(from, latest.on);
  }
  return from;
}

/**
 * `delivery.referral-not-made` (warning): an action of the active plan owned by a partner agency
 * with no referral by the day it is due: `delivery.referralDeadlineWorkingDays` working days
 * after the plan version holding it was activated (or after the objectives it waits on were
 * done), and not before the action's planned start (`startsOn`; else, for work that delivers no
 * requirement of the order, that many working days before its due date). Also reported: an
 * action not delivered because no referral was made.
 * Work an agency already does (`continuingService`) needs no referral.
 *
 * @example
 * checkCase(state, { asOf, rules: ['delivery.referral-not-made'] });
 * // [{ path: ['plan', 'actions', 'act-camhs'], evidence: { actionId: 'act-camhs', referralDueBy: '2025-10-08', ... } }]
 */
export const referralNotMade = defineRule({
  id: 'delivery.referral-not-made',
  title: 'Referrals to partner agencies are made in time',
  description:
    'Each action of the active plan owned by a partner agency has a referral recorded against it by the day it is due: `delivery.referralDeadlineWorkingDays` working days (default 10, weekends and bank holidays excluded) after the plan version holding it was activated, or after the objectives its objective depends on were completed (work sequenced later is not due while it waits), and never before the action’s planned start (`startsOn`; else, for work that delivers no requirement of the order, that many working days before its due date): a careers referral planned for February is not late in October. A requirement of the order is in force from its start, so the referral for an action delivering one is due from activation whatever its due date, unless a later `startsOn` is recorded. Work a partner agency already does with the child and goes on doing (`continuingService`, such as a social worker’s existing visits) needs no referral. An action recorded as not delivered because no referral was made is reported too. Inspection finds that interventions too often go undelivered because referrals were never made.',
  severity: 'warning',
  source: {
    kind: 'inspection',
    citation: `${HMIP_DELIVERY}; HM Inspectorate of Probation, effective practice evidence base: "Implementation and delivery" (2020): timely referrals, interventions in the most effective order`,
  },
  check: ({ state: { record }, asOf, policy }) => {
    const version = activePlan(record);
    if (!version) return [];
    const upTo = judgedUpTo(record, asOf);
    const days = policy.delivery.referralDeadlineWorkingDays;
    const findings: RawFinding[] = [];
    for (const action of version.plan.actions) {
      if (action.owner.kind !== 'partner-agency') continue;
      const status = actionStatuses(record, version).get(action.id) ?? action.status;
      const path = ['plan', 'actions', action.id];
      if (status === 'not-delivered') {
        const reason = record.actionUpdates.findLast(
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
      if (status === 'done' || status === 'cancelled' || action.continuingService) continue;
      if (record.referrals.some((r) => r.actionId === action.id)) continue;
      const activatedOn = actionActivatedOn(record, action.id);
      if (activatedOn === undefined) continue;
      const sequenced = sequencedFrom(record, version, action, upTo, activatedOn);
      if (sequenced === undefined) continue;
      // A requirement of the order is in force from its start, so its referral is due from
      // activation whatever the action's due date (often the order's end); other work due
      // later is not referred before it needs to be.
      const plannedStart =
        action.startsOn ??
        (action.dueDate === undefined || action.deliversRequirement !== undefined
          ? undefined
          : shiftWorkingDays(action.dueDate, -days));
      const afterActivation = shiftWorkingDays(sequenced, days);
      const referralDueBy =
        plannedStart === undefined ? afterActivation : maxDate(afterActivation, plannedStart);
      if (upTo <= referralDueBy) continue;
      findings.push({
        message: `An action owned by a partner agency has no referral, and one was due by ${referralDueBy}`,
        path,
        evidence: {
          actionId: action.id,
          agency: action.owner.agency,
          activatedOn,
          referralDueBy,
          workingDays: days,
          ...(sequenced !== activatedOn && { sequencedFrom: sequenced }),
          ...(action.startsOn !== undefined && { startsOn: action.startsOn }),
        },
      });
    }
    return findings;
  },
});
