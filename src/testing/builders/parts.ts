import type * as z from 'zod';
import { type AssessedFactor, AssessedFactorSchema } from '../../model/assessment.js';
import {
  type Objective,
  ObjectiveSchema,
  type PlanAction,
  PlanActionSchema,
} from '../../model/plan.js';
import { validated } from '../_lib/validate.js';
import { anAssessment } from './assessment.js';
import { aPlan } from './plan.js';

/**
 * A valid assessed factor: the first factor of {@link anAssessment} (`f-ete`, education, medium
 * significance, bearing on desistance), with any field overridden.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid factor.
 * @example
 * aFactor({ id: 'f-1', domain: 'lifestyle', significance: 'high' });
 */
export function aFactor(
  overrides: Partial<z.input<typeof AssessedFactorSchema>> = {},
): AssessedFactor {
  const typical = anAssessment().factors[0];
  return validated(AssessedFactorSchema, { ...typical, ...overrides }, 'factor');
}

/**
 * A valid objective: the first objective of {@link aPlan} (`o-ete`, addressing `f-ete`, with a
 * measure of success and a target date), with any field overridden.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid objective.
 * @example
 * anObjective({ id: 'o-1', dependsOn: ['o-2'], addresses: { factorIds: ['f-1'] } });
 */
export function anObjective(overrides: Partial<z.input<typeof ObjectiveSchema>> = {}): Objective {
  const typical = aPlan().objectives[0];
  return validated(ObjectiveSchema, { ...typical, ...overrides }, 'objective');
}

/**
 * A valid action: the first action of {@link aPlan} that delivers no requirement of the order
 * (for objective `o-ete`, owned by the case manager, with a due date), with any field overridden.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid action.
 * @example
 * anAction({ id: 'act-1', objectiveId: 'o-1', dueDate: '2025-10-01' });
 */
export function anAction(overrides: Partial<z.input<typeof PlanActionSchema>> = {}): PlanAction {
  const { actions } = aPlan();
  const typical = actions.find((a) => a.deliversRequirement === undefined) ?? actions[0];
  return validated(PlanActionSchema, { ...typical, ...overrides }, 'action');
}
