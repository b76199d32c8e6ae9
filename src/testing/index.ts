/**
 * yjplan/testing: builders, fast-check arbitraries, worked examples and a seeded lifecycle
 * simulator for test suites that need realistic cases.
 */
export {};
