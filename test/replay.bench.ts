/**
 * Replay of a ~500-event case against a plain spread reducer over generic payloads
 * (test/fixtures/references.ts: each payload appended to a list per type, with spreads; no
 * validation, no statechart, no domain), and the same over a copy of each event (what keeping
 * one's own copy costs, as replay must: ADR 0014). PERFORMANCE.md target: replay >= 0.5x the
 * reference (goal 0.8x). Run: `npx vitest bench --run --config test/bench.config.ts test/replay.bench.ts`.
 */
import { bench, describe } from 'vitest';

import { replay, replayParsed } from '../src/lifecycle/replay.js';
import { parseCaseEvent } from '../src/schemas.js';
import { longCaseEvents } from './fixtures/longCase.js';
import { copyingSpreadReplay, spreadReplay } from './fixtures/references.js';

// What a host loads from disk: the JSON of a case file's events (defaults already written out).
const events = JSON.parse(JSON.stringify(replay(longCaseEvents(500)).events)) as unknown[];
const expectedStage = 'closed';
// The same events already validated: isolates the reducer and statechart from validation.
const parsed = events.map((e) => parseCaseEvent(e));

// Long enough runs, after warm-up, that the JIT and the lazily compiled schemas have settled.
const options = { time: 3000, warmupTime: 1000, warmupIterations: 50 };

describe(`replay ${events.length} events`, () => {
  bench(
    'plain spread reducer over generic payloads (reference)',
    () => {
      if (spreadReplay(events).count !== events.length) throw new Error('reference diverged');
    },
    options,
  );
  bench(
    'plain spread reducer over a copy of each event (reference that keeps its own copy)',
    () => {
      if (copyingSpreadReplay(events).count !== events.length)
        throw new Error('reference diverged');
    },
    options,
  );
  bench(
    'yjplan replay (validate + statechart + reducer)',
    () => {
      if (replay(events as never).stage !== expectedStage) throw new Error('replay diverged');
    },
    options,
  );
  bench(
    'yjplan reducer + statechart over parsed events (no validation)',
    () => {
      const r = replayParsed(parsed);
      if (!r.ok || r.value.stage !== expectedStage) throw new Error('replayParsed diverged');
    },
    options,
  );
});
