import { defineRule } from '../../rule.js';
import { PLANNING_PROBATION } from './_lib/sources.js';
import { assessmentUnderCheck, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.unlinked-objective` (warning): an objective addresses no factor and builds on no
 * strength of the assessment the plan rests on.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.unlinked-objective'] });
 * // [{ path: ['plan', 'objectives', 'o-3'], ... }]
 */
export const unlinkedObjective = defineRule({
  id: 'plan.unlinked-objective',
  title: 'Every objective follows from the assessment',
  description:
    'Each objective (not withdrawn) addresses at least one assessed factor or builds on at least one assessed strength or protective factor. References to factors or strengths the current assessment no longer holds do not count. Planning should translate what the assessment found into what will be done.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_PROBATION },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const assessment = assessmentUnderCheck(state.record);
    const factors = assessment && new Set(assessment.factors.map((f) => f.id));
    const strengths = assessment && new Set(assessment.strengths.map((s) => s.id));
    const findings = [];
    for (const o of liveObjectives(state.record, version)) {
      const linkedFactors = o.addresses.factorIds.filter((id) => !factors || factors.has(id));
      const linkedStrengths = o.addresses.strengthIds.filter(
        (id) => !strengths || strengths.has(id),
      );
      if (linkedFactors.length + linkedStrengths.length > 0) continue;
      findings.push({
        message: 'An objective addresses no assessed factor and builds on no assessed strength',
        path: ['plan', 'objectives', o.id],
        evidence: {
          objectiveId: o.id,
          factorIds: o.addresses.factorIds,
          strengthIds: o.addresses.strengthIds,
        },
      });
    }
    return findings;
  },
});
