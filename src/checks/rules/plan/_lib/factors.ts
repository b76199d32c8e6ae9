/**
 * Assessed factors as the plan sees them: which are significant, which the plan addresses,
 * which it defers.
 * @internal
 */
import type { AssessedFactor, Assessment } from '../../../../model/assessment.js';
import type { InterventionPlan, Objective } from '../../../../model/plan.js';
import type { PlanPolicy } from '../../../policy/planPolicy.js';

const SIGNIFICANCE = ['low', 'medium', 'high'] as const;

/** @internal Factors at or above the policy's significance. */
export function significantFactors(assessment: Assessment, policy: PlanPolicy): AssessedFactor[] {
  const from = SIGNIFICANCE.indexOf(policy.significantFactorFrom);
  return assessment.factors.filter((f) => SIGNIFICANCE.indexOf(f.significance) >= from);
}

/** @internal Ids of the factors the objectives address. */
export const addressedFactorIds = (objectives: readonly Objective[]): Set<string> =>
  new Set(objectives.flatMap((o) => o.addresses.factorIds));

/** @internal Ids of the factors the plan deliberately sequences later. */
export const deferredFactorIds = (plan: InterventionPlan): Set<string> =>
  new Set(plan.deferredFactors.map((d) => d.factorId));
