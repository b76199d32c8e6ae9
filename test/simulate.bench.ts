/**
 * Simulator throughput: simulate + replay (validating every event) + check whole lifecycles, at
 * 1,000, 10,000 and 100,000 cases (streamed one at a time), against replaying the same 1,000
 * pre-simulated cases as the reference.
 * PERFORMANCE.md target: >= 400 cases/s on one core at 1,000 and 10,000 cases, and a flat cost
 * per case to 100,000 (10x the cases <= 11x the time).
 * Run: `npx vitest bench --run test/simulate.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { checkCase } from '../src/checks/checkCase.js';
import { replay } from '../src/lifecycle/replay.js';
import { simulateCaseload } from '../src/testing/simulator/index.js';

function simulateReplayCheck(cases: number): void {
  for (const file of simulateCaseload({ seed: 1, cases })) {
    const state = replay(file.events);
    if (state.events.length !== file.events.length) throw new Error('replay diverged');
    checkCase(state, {
      asOf: file.events[file.events.length - 1]?.at.slice(0, 10) ?? '2026-01-01',
    });
  }
}

const simulated = [...simulateCaseload({ seed: 1, cases: 1000 })];

// One group, so the summary prints each run against the reference and the 10,000-case run's
// ratio to the 1,000-case run can be read off (linear: at most 11x).
describe('simulate + replay + check, against replaying 1,000 pre-simulated cases', () => {
  const options = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };
  bench(
    'replay 1,000 simulated cases (reference)',
    () => {
      for (const file of simulated) replay(file.events);
    },
    options,
  );
  bench('simulate + replay + check 1,000 cases', () => simulateReplayCheck(1000), options);
  const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
  bench(
    'simulate + replay + check 10,000 cases, streamed',
    () => simulateReplayCheck(10_000),
    once,
  );
  bench(
    'simulate + replay + check 100,000 cases, streamed',
    () => simulateReplayCheck(100_000),
    once,
  );
});
