import { addDays } from '../../../_lib/calendar.js';
import { ratingsInForce } from '../../../lifecycle/ratingsInForce.js';
import { defineRule } from '../../rule.js';
import { currentOrders } from '../_lib/orders.js';
import { isChildsLoad, requirementNatures } from './_lib/childLoad.js';
import { spoken } from './_lib/ratings.js';
import { PLANNING_PROBATION, PLANNING_YOUTH } from './_lib/sources.js';
import { liveActions, planStart, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.front-loaded` (warning): more of what the child must do or attend falls due in the
 * plan's first weeks than the policy allows for the intervention level in force
 * (`plan.firstWeeks`). Agencies', parents' and the YOS's own tasks are not counted.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.front-loaded'] });
 * // [{ evidence: { actionsDue: 6, maximum: 4, from: '2026-10-01', to: '2026-10-28', ... }, ... }]
 */
export const frontLoaded = defineRule({
  id: 'plan.front-loaded',
  title: 'The first weeks of the plan are manageable for the child',
  description:
    'Counts the actions (not cancelled) the child must do or attend that fall due in the first weeks of the plan version, from the day it became active (or was drafted), and compares them with the policy’s maximum for the intervention level in force (default: 4 weeks; 3 standard, 4 enhanced, 6 intensive). An action is the child’s when it says so (`childTakesPart`), else when the child owns it or it is a YOS session delivering a requirement the child attends; referrals, agency visits, parents’ tasks and the monitoring of restrictions are not, so a stabilising start by several agencies is not counted against the child. The first weeks are the same weeks whatever the order’s length, so the count is not scaled by it. An over-ambitious start loses the child; break the work into short, realistic steps.',
  severity: 'warning',
  source: { kind: 'evidence', citation: `${PLANNING_PROBATION}; ${PLANNING_YOUTH}` },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    const level = ratingsInForce(state.record, asOf)?.interventionLevel;
    if (!version || !level) return [];
    const { weeks, maxActionsDue } = policy.plan.firstWeeks;
    const from = planStart(version);
    const to = addDays(from, weeks * 7 - 1);
    const natures = requirementNatures(currentOrders(state, asOf));
    const due = liveActions(state.record, version).filter(
      (a) =>
        a.dueDate !== undefined && a.dueDate >= from && a.dueDate <= to && isChildsLoad(a, natures),
    );
    const maximum = maxActionsDue[level];
    if (due.length <= maximum) return [];
    return [
      {
        message: `${due.length} actions the child must do or attend fall due in the first ${weeks} weeks of the plan; the policy allows ${maximum} at the ${spoken(level)} level`,
        path: ['plan', 'actions'],
        evidence: {
          actionsDue: due.length,
          maximum,
          weeks,
          from,
          to,
          interventionLevel: level,
          actionIds: due.map((a) => a.id),
        },
      },
    ];
  },
});
