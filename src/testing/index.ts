/**
 * yjplan/testing: builders, worked examples and a seeded lifecycle simulator for test suites
 * that need realistic cases. It needs no optional peer: the fast-check arbitraries are in
 * `yjplan/testing/arbitraries` and the model-based paths in `yjplan/testing/paths`.
 */

// Writing event logs by hand
export { type EventLogOptions, eventLog } from './eventLog.js';

// Worked examples
export { WORKED_EXAMPLE, workedExampleEvents } from './examples/referralOrderCase.js';
export { YRO_EXAMPLE, yroExampleEvents } from './examples/yroCase.js';
export { DTO_EXAMPLE, dtoExampleEvents } from './examples/dtoCase.js';
export { MULTI_AGENCY_EXAMPLE, multiAgencyExampleEvents } from './examples/multiAgencyCase.js';
export { REMAND_EXAMPLE, remandExampleEvents } from './examples/remandCase.js';
export { YRO_BREACH_EXAMPLE, yroBreachExampleEvents } from './examples/yroBreachCase.js';

// Builders
export {
  type AssessedOptions,
  type AssessmentOverrides,
  aCase,
  aChild,
  aDisposal,
  aDisposalOfType,
  aFactor,
  anAction,
  anAssessment,
  anObjective,
  aParentCarer,
  aPlan,
  BUILDER_IDS,
  BUILDER_START,
  CASE_STAGES,
  CaseBuilder,
  type CaseBuilderOptions,
  type CaseBuilderStage,
  type ChildOverrides,
  type ContactOptions,
  type DisposalOptions,
  dateOfBirthForAge,
  type LengthOptions,
  type PlannedOptions,
  type PlanOverrides,
  type ReviewedOptions,
} from './builders/index.js';

// Simulator
export {
  CASELOAD_PERIOD,
  CHANCES,
  DISPOSAL_MIX,
  OPENED_BEFORE_SENTENCE,
  RESENTENCE,
  SHORTFALLS,
  SIMULATION_START,
  type Shortfall,
  ShortfallsSchema,
  type SimulateCaseloadOptions,
  SimulateCaseloadOptionsSchema,
  type SimulateCaseOptions,
  SimulateCaseOptionsSchema,
  simulateCase,
  simulateCaseload,
} from './simulator/index.js';

// Event logs for model-based lifecycle paths (the paths themselves: yjplan/testing/paths)
export type { LifecyclePath, LifecyclePathStep } from './lifecyclePaths.js';
export {
  type EventsForPathOptions,
  EventsForPathOptionsSchema,
  eventsForPath,
} from './eventsForPath.js';
