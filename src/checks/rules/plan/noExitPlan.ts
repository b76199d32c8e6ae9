import { addDays } from '../../../_lib/calendar.js';
import { disposalEndDate } from '../../../model/disposal/index.js';
import { defineRule } from '../../rule.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { planUnderCheck } from './_lib/subject.js';

/**
 * `plan.no-exit-plan` (warning): the disposal ends within the policy's notice period
 * (`plan.exitPlanNoticeWeeks`, default 8) of `asOf`, or has ended, and neither the plan nor the
 * case's closure records an exit plan.
 *
 * @example
 * checkCase(state, { asOf: '2027-08-01', rules: ['plan.no-exit-plan'] });
 * // [{ path: ['plan', 'exitPlan'], evidence: { disposalEndDate: '2027-09-13', from: '2027-07-19', noticeWeeks: 8 } }]
 */
export const noExitPlan = defineRule({
  id: 'plan.no-exit-plan',
  title: 'An exit plan is ready before the disposal ends',
  description:
    'From the start of the notice period before the disposal’s last day (`plan.exitPlanNoticeWeeks`, default 8 weeks), the plan (or the closure) records an exit plan: services that continue after the disposal, and transition where needed. Joint planning can identify services other agencies keep delivering after the disposal.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_YOUTH },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    const end = disposalEndDate(state.record.disposal);
    if (!version || end === undefined) return [];
    const noticeWeeks = policy.plan.exitPlanNoticeWeeks;
    const from = addDays(end, -7 * noticeWeeks);
    if (asOf < from || version.plan.exitPlan || state.record.closure?.exitPlan) return [];
    return [
      {
        message: `The disposal ends within ${noticeWeeks} weeks (or has ended) and there is no exit plan`,
        path: ['plan', 'exitPlan'],
        evidence: { disposalEndDate: end, from, noticeWeeks },
      },
    ];
  },
});
