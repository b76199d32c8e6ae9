/**
 * yjplan/testing: builders, fast-check arbitraries, worked examples and a seeded lifecycle
 * simulator for test suites that need realistic cases.
 */

// Writing event logs by hand
export { type EventLogOptions, eventLog } from './eventLog.js';

// Worked examples
export { WORKED_EXAMPLE, workedExampleEvents } from './examples/referralOrderCase.js';

// Builders

// fast-check arbitraries

// Simulator

// Model-based lifecycle paths
