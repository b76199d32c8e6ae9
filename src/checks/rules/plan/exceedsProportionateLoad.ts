import { filter } from '../../../_lib/lists.js';
import { disposalCategory } from '../../../model/disposal/index.js';
import { defineRule } from '../../rule.js';
import { spoken } from './_lib/ratings.js';
import { DESISTANCE_PLANNING, PLANNING_YOUTH } from './_lib/sources.js';
import {
  assessmentUnderCheck,
  isActiveObjective,
  liveObjectives,
  planUnderCheck,
} from './_lib/subject.js';

/**
 * `plan.exceeds-proportionate-load` (warning): more objectives active at once than the policy
 * allows for the disposal and the intervention level (`plan.maxActiveObjectives`, or
 * `plan.outOfCourtMaxActiveObjectives` for an out-of-court disposal).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.exceeds-proportionate-load'] });
 * // [{ evidence: { activeObjectives: 6, maximum: 5, interventionLevel: 'enhanced', ... }, ... }]
 */
export const exceedsProportionateLoad = defineRule({
  id: 'plan.exceeds-proportionate-load',
  title: 'The plan is proportionate to the disposal and the intervention level',
  description:
    'Counts the objectives active at once (active or proposed) and compares them with the policy’s maximum for the intervention level (default 3 standard, 5 enhanced, 7 intensive) or, for an out-of-court disposal, the light-touch maximum (default 2). Children with many needs do better with a few realistic steps at a time than with everything at once.',
  severity: 'warning',
  source: { kind: 'evidence', citation: `${PLANNING_YOUTH}; ${DESISTANCE_PLANNING}` },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const category = disposalCategory(state.record.disposal);
    const level = assessmentUnderCheck(state.record)?.interventionLevel;
    const maximum =
      category === 'out-of-court'
        ? policy.plan.outOfCourtMaxActiveObjectives
        : level && policy.plan.maxActiveObjectives[level];
    if (maximum === undefined) return [];
    const active = filter(liveObjectives(state.record, version), isActiveObjective);
    if (active.length <= maximum) return [];
    const why =
      category === 'out-of-court' ? 'an out-of-court disposal' : `the ${spoken(level ?? '')} level`;
    return [
      {
        message: `The plan has ${active.length} objectives active at once; the policy allows ${maximum} for ${why}`,
        path: ['plan', 'objectives'],
        evidence: {
          activeObjectives: active.length,
          maximum,
          disposalCategory: category,
          ...(level && { interventionLevel: level }),
          objectiveIds: active.map((o) => o.id),
        },
      },
    ];
  },
});
