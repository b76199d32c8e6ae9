/**
 * The store on PGlite, and on PostgreSQL when DATABASE_URL is set, against the same work done in
 * memory by the library in the same run: append throughput (one event per append, 1 and 8
 * writers), `load` of a 2,000-event case with and without a snapshot, and the import of 10,000
 * simulated cases. One bench iteration is one whole workload (named in the bench); events/s is
 * the workload's events times the reported hz. Run: `npx vitest bench --run test/store/store.bench.ts`
 * (the production build; `npm run bench` runs the development build, which deep-freezes states).
 */
import { afterAll, bench, describe } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { applyEvent, openCase } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { simulateCaseload } from '../../src/testing/index.js';
import { BACKENDS, openBackend } from './_backends.js';
import { caseIdOf, longCase } from './_cases.js';

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const few = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };
// Cheap workloads: many samples after a warm-up, so the schemas are compiled and the JIT settled.
const timed = { time: 3000, warmupTime: 1000, warmupIterations: 3 };

// Appends: 8 cases x 60 one-event appends after each case's opening = 480 appends per workload.
const CASES = 8;
const APPENDS = 60;
const appendCases = (round: number) =>
  Array.from({ length: CASES }, (_, i) => longCase(APPENDS, `case-a${round}-${i}`));
const JSONed = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const template = JSONed(appendCases(0));
const renamed = (round: number) =>
  template.map((log, i) =>
    log.map((e, j) =>
      j === 0 ? { ...e, payload: { ...(e.payload as object), caseId: `case-r${round}-${i}` } } : e,
    ),
  ) as CaseEventInput[][];

// A 2,000-event case, and 10,000 simulated cases (made once, outside every timing).
const long = JSONed(replay(longCase(1984)).events) as CaseEventInput[];
const caseload = [...simulateCaseload({ seed: 16, cases: 10_000 })].map(
  (f) => f.events as CaseEventInput[],
);
const caseloadEvents = caseload.reduce((n, c) => n + c.length, 0);
console.info(
  `store bench: ${CASES * APPENDS} appends per append workload; a ${long.length}-event case; ${caseload.length} cases, ${caseloadEvents} events to import`,
);

describe('in memory (reference, same run)', () => {
  bench(
    `applyEvent of the ${CASES * APPENDS} appended events, one at a time`,
    () => {
      for (const log of template) {
        let state: CaseState = openCase(log[0] as CaseEventInput);
        for (const e of log.slice(1)) state = applyEvent(state, e);
      }
    },
    timed,
  );
  bench(
    `replay of the ${long.length}-event case`,
    () => {
      replay(long);
    },
    timed,
  );
  bench(
    `replay + checkCase of the ${caseload.length} simulated cases`,
    () => {
      for (const events of caseload) {
        const state = replay(events);
        checkCase(state, { asOf: (events[events.length - 1]?.at ?? '').slice(0, 10) });
      }
    },
    once,
  );
});

for (const name of BACKENDS) {
  const backend = await openBackend(name);
  afterAll(() => backend.close());
  let round = 0;

  /** Each writer appends, one event per append, to its own share of the cases. */
  const appendAll = async (writers: number) => {
    const store = await backend.store();
    const logs = renamed(++round);
    for (const log of logs)
      await store.append(caseIdOf(log), log.slice(0, 1), { expectedVersion: 0 });
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = w; i < logs.length; i += writers) {
          const log = logs[i] as CaseEventInput[];
          for (let v = 1; v < log.length; v++) {
            await store.append(caseIdOf(log), [log[v] as CaseEventInput], { expectedVersion: v });
          }
        }
      }),
    );
  };

  const withSnapshots = await backend.store({ snapshotEvery: 100 });
  const withoutSnapshots = await backend.store({ snapshotEvery: 0 });
  for (const store of [withSnapshots, withoutSnapshots]) {
    await store.append('case-long', long.slice(0, 1950), { expectedVersion: 0 });
    for (let v = 1950; v < long.length; v += 10) {
      await store.append('case-long', long.slice(v, v + 10), { expectedVersion: v });
    }
  }

  describe(`${name}: append (${CASES * APPENDS} appends of one event)`, () => {
    bench(
      '1 writer',
      async () => {
        await appendAll(1);
      },
      few,
    );
    bench(
      '8 writers, each on its own cases',
      async () => {
        await appendAll(8);
      },
      few,
    );
  });

  describe(`${name}: load a ${long.length}-event case`, () => {
    bench(
      'with a snapshot (every 100 events)',
      async () => {
        await withSnapshots.load('case-long');
      },
      timed,
    );
    bench(
      'without snapshots (replay of every event)',
      async () => {
        await withoutSnapshots.load('case-long');
      },
      timed,
    );
    bench(
      'events(caseId) alone (the rows, no state: the floor of any load)',
      async () => {
        await withSnapshots.events('case-long');
      },
      timed,
    );
  });

  describe(`${name}: import ${caseload.length} simulated cases`, () => {
    bench(
      'one append per case, 1 writer',
      async () => {
        const store = await backend.store();
        for (const events of caseload)
          await store.append(caseIdOf(events), events, { expectedVersion: 0 });
      },
      once,
    );
    if (name === 'postgres') {
      bench(
        'one append per case, 8 writers',
        async () => {
          const store = await backend.store();
          await Promise.all(
            Array.from({ length: 8 }, async (_, w) => {
              for (let i = w; i < caseload.length; i += 8) {
                const events = caseload[i] as CaseEventInput[];
                await store.append(caseIdOf(events), events, { expectedVersion: 0 });
              }
            }),
          );
        },
        once,
      );
    }
  });
}
