import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import { type CaseStore, createCaseStore } from '../../src/store/index.js';
import { arbitraries } from '../../src/testing/arbitraries/index.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf } from './_cases.js';

/** Cut points that split a log of `n` events into non-empty appends. */
const cuts = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, n - 1) }), { maxLength: 6 })
    .map((c) => [...c].filter((x) => x < n).sort((a, b) => a - b));

describe.each(BACKENDS)('the store, for any case (property) on %s', (name) => {
  let backend: Backend;
  let schema: string;
  beforeAll(async () => {
    backend = await openBackend(name);
    schema = (await backend.store()).schema;
  }, 60_000);
  afterAll(() => backend?.close());

  const storeWith = (snapshotEvery: number): CaseStore =>
    createCaseStore({ db: backend.db, schema, snapshotEvery });

  it('loads what replay gives, however the log is split into appends and however often it snapshots', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraries
          .validEventSequence()
          .chain((events) =>
            fc.tuple(fc.constant(events), cuts(events.length), fc.integer({ min: 0, max: 12 })),
          ),
        async ([events, at, snapshotEvery]) => {
          const store = storeWith(snapshotEvery);
          const caseId = caseIdOf(events);
          const bounds = [0, ...at, events.length];
          try {
            for (let i = 0; i + 1 < bounds.length; i++) {
              const from = bounds[i] as number;
              await store.append(caseId, events.slice(from, bounds[i + 1]), {
                expectedVersion: from,
              });
            }
            expect(await store.load(caseId)).toEqual(replay(events));
          } finally {
            await store.eraseCase(caseId, { reason: 'test', asOf: '2026-01-01' });
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('refuses any invalid event with the error applyEvent gives, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraries.validEventSequence().chain((events) => {
          const state = replay(events);
          return fc.tuple(fc.constant(events), arbitraries.invalidEventFor(state));
        }),
        async ([events, invalid]) => {
          const store = storeWith(5);
          const caseId = caseIdOf(events);
          try {
            await store.append(caseId, events, { expectedVersion: 0 });
            const error = await store
              .append(caseId, [invalid.event as CaseEventInput], { expectedVersion: events.length })
              .catch((e: unknown) => e);
            expect(isYjplanError(error) && error.code).toBe(invalid.expectedCode);
            expect(await store.events(caseId)).toHaveLength(events.length);
          } finally {
            await store.eraseCase(caseId, { reason: 'test', asOf: '2026-01-01' });
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
