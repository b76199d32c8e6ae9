/**
 * Builders: valid domain objects and whole cases with sensible defaults and fluent overrides.
 * Every builder validates what it makes with the library's own schemas.
 */
export { type AssessmentOverrides, anAssessment } from './assessment.js';
export {
  aCase,
  CaseBuilder,
} from './case/CaseBuilder.js';
export {
  type AssessedOptions,
  CASE_STAGES,
  type CaseBuilderOptions,
  type CaseBuilderStage,
  type ContactOptions,
  type PlannedOptions,
  type ReviewedOptions,
} from './case/config.js';
export { aChild, type ChildOverrides } from './child.js';
export { BUILDER_IDS, BUILDER_START, dateOfBirthForAge } from './defaults.js';
export {
  aDisposal,
  aDisposalOfType,
  type DisposalOptions,
  type LengthOptions,
} from './disposal.js';
export { aParentCarer } from './parentCarer.js';
export { aFactor, anAction, anObjective } from './parts.js';
export { aPlan, type PlanOverrides } from './plan.js';
