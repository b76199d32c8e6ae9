/**
 * The seeded lifecycle simulator: realistic, deterministic cases and caseloads.
 */

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
export { OPENED_BEFORE_SENTENCE, simulateCase, simulateCaseload } from './simulateCase.js';
