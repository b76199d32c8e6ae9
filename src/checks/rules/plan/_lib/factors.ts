/**
 * Assessed factors as the plan sees them: which are significant, which the plan addresses,
 * which it defers.
 * @internal
 */
import type { AssessedFactor, Assessment } from '../../../../model/assessment.js';
import type { InterventionPlan, Objective } from '../../../../model/plan.js';
import type { PlanPolicy } from '../../../../policy/planPolicy.js';

const SIGNIFICANCE = ['low', 'medium', 'high'] as const;

/** @internal Factors at or above the policy's significance. */
export function significantFactors(assessment: Assessment, policy: PlanPolicy): AssessedFactor[] {
  const from = SIGNIFICANCE.indexOf(policy.significantFactorFrom);
  return assessment.factors.filter((f) => SIGNIFICANCE.indexOf(f.significance) >= from);
}

/** @internal Ids of the factors the objectives address. */
export function addressedFactorIds(objectives: readonly Objective[]): Set<string> {
  const ids = new Set<string>();
  for (const o of objectives) for (const id of o.addresses.factorIds) ids.add(id);
  return ids;
}

/** @internal Ids of the factors the plan deliberately sequences later. */
export const deferredFactorIds = (plan: InterventionPlan): Set<string> =>
  new Set(plan.deferredFactors.map((d) => d.factorId));

/** @internal Ids of the factors another agency's plan addresses (a child protection plan...). */
export const factorsAddressedElsewhere = (plan: InterventionPlan): Set<string> =>
  new Set((plan.addressedElsewhere ?? []).map((a) => a.factorId));
