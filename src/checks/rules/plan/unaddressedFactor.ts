import { defineRule } from '../../rule.js';
import {
  addressedFactorIds,
  deferredFactorIds,
  factorsAddressedElsewhere,
  significantFactors,
} from './_lib/factors.js';
import { DESISTANCE_PLANNING, PLANNING_PROBATION, PLANNING_YOUTH } from './_lib/sources.js';
import { assessmentUnderCheck, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.unaddressed-factor` (warning): a significant assessed factor that no objective addresses,
 * the plan does not deliberately defer (`deferredFactors`), and no other agency's plan is
 * recorded as addressing (`addressedElsewhere`).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.unaddressed-factor'] });
 * // [{ path: ['assessment', 'factors', 'f-housing'], evidence: { significance: 'high', ... } }]
 */
export const unaddressedFactor = defineRule({
  id: 'plan.unaddressed-factor',
  title:
    'Every significant factor is addressed, here or in another agency’s plan, or sequenced later',
  description:
    'Each assessed factor of at least the policy’s significance (`plan.significantFactorFrom`, default medium) is addressed by an objective (not withdrawn), recorded in `deferredFactors` with the reason it waits, or recorded as addressed in another agency’s plan (`addressedElsewhere`: a child protection or care plan, an education, health and care plan), so work is coordinated rather than duplicated. Not everything can be tackled at once, but leaving a need out should be a decision, not an omission.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${DESISTANCE_PLANNING}; ${PLANNING_PROBATION}; ${PLANNING_YOUTH} (the work of other agencies)`,
  },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    const assessment = assessmentUnderCheck(state.record);
    if (!version || !assessment) return [];
    const addressed = addressedFactorIds(liveObjectives(state.record, version));
    const deferred = deferredFactorIds(version.plan);
    const elsewhere = factorsAddressedElsewhere(version.plan);
    return significantFactors(assessment, policy.plan)
      .filter((f) => !addressed.has(f.id) && !deferred.has(f.id) && !elsewhere.has(f.id))
      .map((f) => ({
        message: `A ${f.significance}-significance factor (${f.domain.replaceAll('-', ' ')}) is neither addressed by an objective, nor deferred with a reason, nor addressed in another agency’s plan`,
        path: ['assessment', 'factors', f.id],
        evidence: { factorId: f.id, domain: f.domain, significance: f.significance },
      }));
  },
});
