/**
 * Growth with the length of a case's log (issue: a case lives for years). `historyOf` and
 * `applyEvent` at 2,500, 10,000 and 40,000 events: linear means 4x the events costs about 4x
 * the time for the history, and one event's `applyEvent` costs about 4x as much (it copies the
 * lists it adds to). Run: `npx vitest bench --run --config test/vitest.config.ts test/growth.bench.ts`
 * (the production project: `--project production` is not used by bench; the figures in
 * docs/performance.md come from this file).
 */
import { bench, describe } from 'vitest';
import type { CaseEventInput } from '../src/lifecycle/events/index.js';
import { historyOf } from '../src/lifecycle/history.js';
import { applyEvent } from '../src/lifecycle/reducer.js';
import { replay } from '../src/lifecycle/replay.js';
import type { CaseState } from '../src/lifecycle/state.js';
import { longCaseEvents } from './fixtures/longCase.js';

/** A long case still in delivery: the long case's log up to its last contact. */
function delivering(size: number): CaseState {
  const events = longCaseEvents(size);
  return replay(events.slice(0, events.map((e) => e.type).lastIndexOf('contact.recorded') + 1));
}

const contact = (i: number): CaseEventInput => ({
  id: `bench-${i}`,
  type: 'contact.recorded',
  at: '2026-01-01T09:00:00Z',
  by: 'pr-sam',
  payload: {
    contact: {
      id: `c-bench-${i}`,
      date: '2026-01-01',
      kind: 'supervision',
      attendance: 'attended',
      deliveredBy: { kind: 'yos' },
    },
  },
});

const options = { time: 2000, warmupIterations: 3 };

for (const size of [2_500, 10_000, 40_000]) {
  const state = delivering(size);
  describe(`a log of ${size.toLocaleString('en-GB')} events`, () => {
    bench(
      'historyOf',
      () => {
        historyOf(state);
      },
      options,
    );
    let i = 0;
    bench(
      'applyEvent (one event at the end)',
      () => {
        applyEvent(state, contact(i++));
      },
      options,
    );
  });
}
