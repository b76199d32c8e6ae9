import { addDays, maxDate } from '../../../_lib/calendar.js';
import type { CaseRecord, PlanVersionRecord } from '../../../lifecycle/record.js';
import type { IsoDate } from '../../../model/dates.js';
import { defineRule } from '../../rule.js';
import { ordersAt, ordersEndAt } from '../_lib/orders.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { liveActions, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * When the plan's own work ends, for a disposal with no end date (a youth caution, outcome 22, a
 * community resolution, a conditional caution with no comply-by date): the latest target date of
 * its objectives and due date of its actions, not withdrawn or cancelled.
 */
function plannedEnd(record: CaseRecord, version: PlanVersionRecord): IsoDate | undefined {
  let end: IsoDate | undefined;
  for (const o of liveObjectives(record, version)) {
    if (o.targetDate !== undefined)
      end = end === undefined ? o.targetDate : maxDate(end, o.targetDate);
  }
  for (const a of liveActions(record, version)) {
    if (a.dueDate !== undefined) end = end === undefined ? a.dueDate : maxDate(end, a.dueDate);
  }
  return end;
}

/**
 * `plan.no-exit-plan` (warning): the disposal ends within the policy's notice period
 * (`plan.exitPlanNoticeWeeks`, default 8) of `asOf`, or has ended, and neither the plan nor the
 * case's closure records an exit plan. For a disposal with no end date, the plan's own work
 * ending (its latest target or due date) stands in for the disposal's end.
 *
 * @example
 * checkCase(state, { asOf: '2027-08-01', rules: ['plan.no-exit-plan'] });
 * // [{ path: ['plan', 'exitPlan'], evidence: { disposalEndDate: '2027-09-13', from: '2027-07-19', noticeWeeks: 8 } }]
 */
export const noExitPlan = defineRule({
  id: 'plan.no-exit-plan',
  title: 'An exit plan is ready before the disposal ends',
  description:
    'From the start of the notice period before the disposal’s last day (`plan.exitPlanNoticeWeeks`, default 8 weeks), the plan (or the closure) records an exit plan: services that continue after the disposal, and transition where needed. For a disposal with no end date (a youth caution, outcome 22, a community resolution, a conditional caution with no comply-by date), the notice runs to the end of the plan’s own work: the latest target date of its objectives or due date of its actions. Before any sentence (a case on bail or remand) nothing is asked: the exit follows the sentence or the acquittal. Joint planning can identify services other agencies keep delivering after the disposal.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_YOUTH },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    // Before any sentence (bail or remand) the case ends at sentence or acquittal, not with the plan's work.
    if (!version || ordersAt(state, asOf).length === 0) return [];
    const disposalEnd = ordersEndAt(state, asOf);
    const end = disposalEnd ?? plannedEnd(state.record, version);
    if (end === undefined) return [];
    const noticeWeeks = policy.plan.exitPlanNoticeWeeks;
    const from = addDays(end, -7 * noticeWeeks);
    if (asOf < from || version.plan.exitPlan || state.record.closure?.exitPlan) return [];
    return [
      {
        message:
          disposalEnd === undefined
            ? `The plan’s work ends within ${noticeWeeks} weeks (or has ended), the disposal has no end date, and there is no exit plan`
            : `The disposal ends within ${noticeWeeks} weeks (or has ended) and there is no exit plan`,
        path: ['plan', 'exitPlan'],
        evidence:
          disposalEnd === undefined
            ? { plannedEndDate: end, from, noticeWeeks }
            : { disposalEndDate: end, from, noticeWeeks },
      },
    ];
  },
});
