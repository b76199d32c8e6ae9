import { addDays } from '../../../_lib/calendar.js';
import { eighteenthBirthday, transitionDecisionOf } from '../../../lifecycle/agencyFacts.js';
import { defineRule } from '../../rule.js';
import { ordersEndAt } from '../_lib/orders.js';
import { planUnderCheck } from './_lib/subject.js';

/**
 * `plan.no-transition-plan` (warning): the disposal runs to the child's 18th birthday or beyond,
 * the birthday is within the policy's notice period (`plan.transitionNoticeWeeks`, default 26),
 * and no transfer-or-retain decision is recorded (`transition.decided`, or in an exit plan: a
 * transition to adult services, or `retainedUntilOrderEnds`). The evidence leaves out the birthday (it would reveal the date of birth).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-transition-plan'] });
 * // [{ path: ['plan', 'exitPlan', 'transitionToAdultServices'], evidence: { disposalEndDate: '2028-03-01', noticeWeeks: 26 } }]
 */
export const noTransitionPlan = defineRule({
  id: 'plan.no-transition-plan',
  title: 'Transition to adult services is planned before the child turns 18',
  description:
    'When the disposal is still in force on the child’s 18th birthday, the plan (or the closure’s exit plan) records the transition to adult services (`exitPlan.transitionToAdultServices`) from the start of the notice period before the birthday (`plan.transitionNoticeWeeks`, default 26 weeks: preparation from about 17 and a half), made with the child and family; or records a decision that the youth justice service keeps the case to the order’s end, which a service may decide for a child whose order ends soon after 18. The transfer-or-retain decision is recorded by `transition.decided` (with its reason); `exitPlan.retainedUntilOrderEnds`, the field that stood in for it, is still read (ADR 0063).',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation:
      'YJB, Case management guidance: "How to manage transitions" (prepare usually from 17 years and 6 months; a transition plan made with the child and family for every child who transfers to adult services); Joint National Protocol for transitions in England (a youth service may keep a child whose order ends soon after 18)',
  },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    const end = ordersEndAt(state, asOf);
    if (!version || end === undefined) return [];
    const turns18On = eighteenthBirthday(state.record.child.dateOfBirth);
    if (end < turns18On) return [];
    const noticeWeeks = policy.plan.transitionNoticeWeeks;
    const from = addDays(turns18On, -7 * noticeWeeks);
    const planned = transitionDecisionOf(
      state.record,
      [version.plan.exitPlan, state.record.closure?.exitPlan],
      asOf,
    );
    if (asOf < from || planned) return [];
    return [
      {
        message:
          'The disposal runs past the child’s 18th birthday and neither a transition to adult services nor a decision to keep the case to its end is recorded',
        path: ['plan', 'exitPlan', 'transitionToAdultServices'],
        evidence: { disposalEndDate: end, noticeWeeks },
      },
    ];
  },
});
