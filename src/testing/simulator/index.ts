/**
 * The seeded lifecycle simulator: realistic, deterministic cases and caseloads.
 */

export { OPENED_BEFORE_SENTENCE } from './beforeSentence.js';
export { CHANCES, DISPOSAL_MIX, RESENTENCE } from './mix.js';
export {
  CASELOAD_PERIOD,
  SIMULATION_START,
  type SimulateCaseloadOptions,
  SimulateCaseloadOptionsSchema,
  type SimulateCaseOptions,
  SimulateCaseOptionsSchema,
} from './options.js';
export { SHORTFALLS, type Shortfall, ShortfallsSchema } from './shortfalls.js';
export { simulateCase } from './simulateCase.js';
export { simulateCaseload } from './simulateCaseload.js';
