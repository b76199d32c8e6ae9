import { defineRule } from '../../rule.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { assessmentUnderCheck, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.no-strengths` (warning): no objective builds on an assessed strength or protective
 * factor (or the assessment records none to build on).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-strengths'] });
 * // [{ path: ['plan', 'objectives'], evidence: { strengthsAssessed: 2, objectivesBuildingOnStrengths: 0 } }]
 */
export const noStrengths = defineRule({
  id: 'plan.no-strengths',
  title: 'The plan builds on the child’s strengths',
  description:
    'At least one objective (not withdrawn) builds on a strength or protective factor the assessment records. Plans built on strengths, interests and positive relationships engage children better than plans about deficits alone.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_YOUTH },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    const assessment = assessmentUnderCheck(state.record);
    if (!version || !assessment) return [];
    const strengths = new Set(assessment.strengths.map((s) => s.id));
    const building = liveObjectives(state.record, version).filter((o) =>
      o.addresses.strengthIds.some((id) => strengths.has(id)),
    );
    if (building.length > 0) return [];
    return [
      {
        message:
          strengths.size === 0
            ? 'The assessment records no strengths or protective factors for the plan to build on'
            : 'No objective builds on the strengths or protective factors the assessment records',
        path: ['plan', 'objectives'],
        evidence: { strengthsAssessed: strengths.size, objectivesBuildingOnStrengths: 0 },
      },
    ];
  },
});
