import type { CaseRecord } from '../../../lifecycle/record.js';
import type { IsoDate } from '../../../model/dates.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import { defineRule, type RawFinding } from '../../rule.js';
import { judgedUpTo } from '../delivery/_lib/caseDates.js';
import { PLANNING_PANEL } from './sources.js';

/** The plan versions that can hold what a meeting agreed: in force at it, or drafted since. */
function versionsFrom(record: CaseRecord, on: IsoDate, upTo: IsoDate) {
  const before = record.plans.filter((p) => p.drafted.on <= on);
  const inForce =
    before.filter((p) => p.activatedOn !== undefined && p.activatedOn <= on).at(-1) ??
    before.at(-1);
  return record.plans.filter((p) => p === inForce || (p.drafted.on >= on && p.drafted.on <= upTo));
}

/**
 * `plan.meeting-actions-not-in-plan` (warning): actions agreed at a meeting are not in the plan
 * `plan.meetingActionsWorkingDays` working days after it (default 10): no plan version in force
 * at the meeting or drafted since holds an action with the agreed action's id.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.meeting-actions-not-in-plan'] });
 * // [{ path: ['meetings', 'm-planning', 'actionsAgreed'], evidence: { actionIds: ['act-housing'], ... } }]
 */
export const meetingActionsNotInPlan = defineRule({
  id: 'plan.meeting-actions-not-in-plan',
  title: 'Actions agreed at a meeting become plan actions',
  description:
    'Each action agreed at a meeting (`meeting.held`, `actionsAgreed`, in order of priority) is in the plan within `plan.meetingActionsWorkingDays` working days (default 10): a plan version in force at the meeting, or drafted since, holds an action with the agreed action’s id (`actionId`). The meeting records what the agencies agreed; the plan is what is delivered, reviewed and shared, so an agreement that never reaches it is lost to them all.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_PANEL },
  check: ({ state: { record }, asOf, policy }) => {
    const upTo = judgedUpTo(record, asOf);
    const days = policy.plan.meetingActionsWorkingDays;
    const findings: RawFinding[] = [];
    for (const { meeting } of record.meetings) {
      if (meeting.actionsAgreed.length === 0) continue;
      const by = shiftWorkingDays(meeting.on, days);
      if (upTo <= by) continue;
      const versions = versionsFrom(record, meeting.on, upTo);
      const missing = meeting.actionsAgreed
        .filter((a) => !versions.some((v) => v.plan.actions.some((x) => x.id === a.actionId)))
        .map((a) => a.actionId);
      if (missing.length === 0) continue;
      findings.push({
        message: `${missing.length} action${missing.length > 1 ? 's' : ''} agreed at a meeting ${missing.length > 1 ? 'are' : 'is'} not in the plan`,
        path: ['meetings', meeting.id, 'actionsAgreed'],
        evidence: {
          meetingId: meeting.id,
          kind: meeting.kind,
          meetingOn: meeting.on,
          actionIds: missing,
          inPlanBy: by,
        },
      });
    }
    return findings;
  },
});
