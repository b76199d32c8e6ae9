/**
 * Validating a full case file with the library's schemas against a reference that reads every
 * value of the document once (test/fixtures/references.ts: each key and each leaf's type; no
 * schema, so nothing restated per event type). The case (test/fixtures/full-case-v1.json, a persisted case file) is a
 * simulated youth rehabilitation order from opening to closure: 387 events, 119 KiB of JSON
 * (2 assessments, 4 plan versions, 258 contacts, 37 involvement records, compliance, 7 reviews).
 * It is stored rather than simulated so the workload does not move when the simulator does.
 * PERFORMANCE.md target: >= 0.8x of a hand-written guard (this reference is faster than one:
 * it checks no enum, pattern or required key).
 * Run: `npx vitest bench --run --config test/bench.config.ts test/validate.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { safeParseCaseFile } from '../src/lifecycle/persist.js';
import { readsEveryValue } from './fixtures/references.js';

/** A full case as a host reads it from disk. */
const file = JSON.parse(
  readFileSync(new URL('./fixtures/full-case-v1.json', import.meta.url), 'utf8'),
) as { events: unknown[] };

if (file.events.length < 300 || !readsEveryValue(file) || !safeParseCaseFile(file).ok)
  throw new Error('the bench case file must be a valid full case');

describe(`validate a full case file (${file.events.length} events)`, () => {
  const options = { time: 3000, warmupTime: 1000 };
  bench(
    'hand-written validator (reference)',
    () => {
      if (!readsEveryValue(file)) throw new Error('invalid');
    },
    options,
  );
  bench(
    'yjplan safeParseCaseFile (every field, every legal limit)',
    () => {
      if (!safeParseCaseFile(file).ok) throw new Error('invalid');
    },
    options,
  );
});
