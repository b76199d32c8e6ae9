import { addDays } from '../../../_lib/calendar.js';
import { filter } from '../../../_lib/lists.js';
import { defineRule } from '../../rule.js';
import { spoken } from './_lib/ratings.js';
import { PLANNING_PROBATION } from './_lib/sources.js';
import { assessmentUnderCheck, liveActions, planStart, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.front-loaded` (warning): more actions fall due in the plan's first weeks than the policy
 * allows for the intervention level (`plan.firstWeeks`).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.front-loaded'] });
 * // [{ evidence: { actionsDue: 6, maximum: 4, from: '2026-10-01', to: '2026-10-28', ... }, ... }]
 */
export const frontLoaded = defineRule({
  id: 'plan.front-loaded',
  title: 'The first weeks of the plan are manageable',
  description:
    'Counts the actions (not cancelled) due in the first weeks of the plan version, from the day it became active (or was drafted), and compares them with the policy’s maximum for the intervention level (default: 4 weeks; 3 standard, 4 enhanced, 6 intensive). An over-ambitious start loses the child; break the work into short, realistic steps.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_PROBATION },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    const level = assessmentUnderCheck(state.record)?.interventionLevel;
    if (!version || !level) return [];
    const { weeks, maxActionsDue } = policy.plan.firstWeeks;
    const from = planStart(version);
    const to = addDays(from, weeks * 7 - 1);
    const due = filter(
      liveActions(state.record, version),
      (a) => a.dueDate !== undefined && a.dueDate >= from && a.dueDate <= to,
    );
    const maximum = maxActionsDue[level];
    if (due.length <= maximum) return [];
    return [
      {
        message: `${due.length} actions fall due in the first ${weeks} weeks of the plan; the policy allows ${maximum} at the ${spoken(level)} level`,
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
