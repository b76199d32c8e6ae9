/**
 * Simulator throughput: simulate + replay whole lifecycles, at 1,000 and 10,000 cases (streamed
 * one at a time), against replaying the same 1,000 pre-simulated cases as the reference.
 * PERFORMANCE.md target: >= 400 cases/s on one core, and linear (10x the cases <= 11x the time).
 * Run: `npx vitest bench --run test/simulate.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { replay } from '../src/lifecycle/replay.js';
import { simulateCaseload } from '../src/testing/simulator/index.js';

function simulateAndReplay(cases: number): void {
  for (const file of simulateCaseload({ seed: 1, cases })) {
    if (replay(file.events).events.length !== file.events.length)
      throw new Error('replay diverged');
  }
}

const simulated = [...simulateCaseload({ seed: 1, cases: 1000 })];

describe('1,000 cases', () => {
  const options = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };
  bench(
    'replay 1,000 simulated cases (reference)',
    () => {
      for (const file of simulated) replay(file.events);
    },
    options,
  );
  bench('simulate + replay 1,000 cases', () => simulateAndReplay(1000), options);
});

describe('10,000 cases', () => {
  bench('simulate + replay 10,000 cases, streamed', () => simulateAndReplay(10_000), {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
});
