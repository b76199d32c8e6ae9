/**
 * `load` of a 2,000-event case with and without a snapshot, interleaved round by round (A, B, C,
 * A, B, C, ...) so that load from other processes falls on every variant alike; medians of the
 * rounds. PGlite runs in this process, so its rows are timed in the process's CPU time; the
 * PostgreSQL rows (DATABASE_URL) in wall time, as the server works in its own processes. The
 * reference is `replay` of the same events in memory, in the same rounds.
 * Run: `npx vitest bench --run test/store/load.bench.ts` (the production build; `npm run bench`
 * runs the development build, which deep-freezes every state).
 */
import { afterAll, bench, describe } from 'vitest';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import { BACKENDS, openBackend } from './_backends.js';
import { longCase } from './_cases.js';

const ROUNDS = 40;
const long = JSON.parse(JSON.stringify(replay(longCase(1984)).events)) as CaseEventInput[];

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Median milliseconds of each variant over interleaved rounds (after two warm-up rounds). */
async function interleaved(
  variants: Record<string, () => unknown>,
  clock: () => number,
): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(variants).map((k) => [k, []]),
  );
  for (let round = -2; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const t = clock();
      await run();
      if (round >= 0) times[name]?.push(clock() - t);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

for (const name of BACKENDS) {
  const backend = await openBackend(name);
  afterAll(() => backend.close());
  const withSnapshots = await backend.store({ snapshotEvery: 100 });
  const withoutSnapshots = await backend.store({ snapshotEvery: 0 });
  for (const store of [withSnapshots, withoutSnapshots]) {
    await store.append('case-long', long.slice(0, 1950), { expectedVersion: 0 });
    for (let v = 1950; v < long.length; v += 10) {
      await store.append('case-long', long.slice(v, v + 10), { expectedVersion: v });
    }
  }
  const medians = await interleaved(
    {
      'replay in memory (reference)': () => replay(long),
      'load, snapshot at 2,000': () => withSnapshots.load('case-long'),
      'load, no snapshot (replay)': () => withoutSnapshots.load('case-long'),
      'events() alone (the rows)': () => withSnapshots.events('case-long'),
    },
    name === 'pglite' ? cpu : () => performance.now(),
  );
  const reference = medians['replay in memory (reference)'] ?? 1;
  console.info(
    `${name} (${name === 'pglite' ? 'CPU' : 'wall'} ms, medians of ${ROUNDS} interleaved rounds):\n${Object.entries(
      medians,
    )
      .map(
        ([k, v]) =>
          `  ${k.padEnd(30)} ${v.toFixed(1).padStart(7)}  ${(v / reference).toFixed(2)}x replay`,
      )
      .join('\n')}`,
  );
  describe(`${name}: load, interleaved`, () => {
    bench('(figures printed above)', () => undefined, { iterations: 1, time: 0 });
  });
}
