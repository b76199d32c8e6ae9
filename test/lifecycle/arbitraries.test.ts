import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/lifecycle/events/index.js';
import { historyOf } from '../../src/lifecycle/history.js';
import { parseCaseEvent, safeParseCaseEvent } from '../../src/lifecycle/parsers.js';
import { replay } from '../../src/lifecycle/replay.js';
import { STAGES } from '../../src/lifecycle/stages.js';
import {
  breaksOfType,
  eventsOfScript,
  invalidEventFor,
  lifecycleScript,
  sampleEventOf,
  validEventSequence,
} from '../../src/testing/arbitraries/events.js';
import { kaiAfter } from './workedExample.js';

const SLOW = { timeout: 60_000 };
const logs = () => fc.sample(validEventSequence(), { numRuns: 300, seed: 20261123 });

describe('validEventSequence', () => {
  it('writes every event type the library knows, across a few hundred cases', SLOW, () => {
    const seen = new Set(logs().flatMap((events) => events.map((e) => e.type)));
    expect([...EVENT_TYPES].filter((t) => !seen.has(t))).toEqual([]);
  });

  it(
    'ends cases closed, transferred and still open, and passes through every nested state',
    SLOW,
    () => {
      const ends = new Set<string>();
      const labels = new Set<string>();
      for (const events of logs()) {
        const state = replay(events);
        ends.add(state.stage);
        for (const entry of historyOf(state)) labels.add(entry.stageAfter);
      }
      for (const end of ['closed', 'transferred', 'delivery', 'planning']) {
        expect(ends).toContain(end);
      }
      for (const label of [
        'assessment.awaitingSignOff',
        'planning.signedOff',
        'delivery.custody+enforcement',
        'delivery.community+reengaging',
        'review',
        'closing',
      ]) {
        expect(labels).toContain(label);
      }
    },
  );

  it('reaches every stage', SLOW, () => {
    const stages = new Set(
      logs().flatMap((events) =>
        historyOf(replay(events)).map((h) => h.stageAfter.split(/[.+]/)[0]),
      ),
    );
    expect([...stages].sort()).toEqual([...STAGES].sort());
  });

  it('shrinks a failing log to a shorter one that still fails', SLOW, () => {
    const warned = (events: readonly { type: string }[]) =>
      events.some((e) => e.type === 'compliance.warningIssued');
    const result = fc.check(
      fc.property(validEventSequence(), (events) => !warned(events)),
      { seed: 11, numRuns: 300 },
    );
    expect(result.failed).toBe(true);
    const [shrunk] = result.counterexample ?? [];
    expect(warned(shrunk ?? [])).toBe(true);
    expect(result.numShrinks).toBeGreaterThan(0);
    expect(shrunk?.length).toBeLessThan(25);
  });

  it('is deterministic for a script, so a failing case can be replayed from its script', () => {
    const [script] = fc.sample(lifecycleScript(), { numRuns: 1, seed: 7 });
    if (!script) throw new Error('fast-check gave no sample');
    expect(eventsOfScript(script)).toEqual(eventsOfScript(script));
  });
});

describe('invalidEventFor', () => {
  it('has a schema-valid sample of every event type to break', SLOW, () => {
    for (const type of EVENT_TYPES) expect(parseCaseEvent(sampleEventOf(type)).type).toBe(type);
  });

  it(
    'breaks every field of every event type in each way its schema refuses, and the library names the field',
    SLOW,
    () => {
      let breaks = 0;
      for (const type of EVENT_TYPES) {
        for (const { path, value } of breaksOfType(type)) {
          breaks += 1;
          const r = safeParseCaseEvent(value);
          expect(r.ok, `${type} ${path.join('.')}`).toBe(false);
          if (!r.ok) expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
        }
        // Its envelope at least: the id, the time and who recorded it.
        expect(breaksOfType(type).map((b) => b.path[0])).toEqual(
          expect.arrayContaining(['id', 'at', 'by', 'payload']),
        );
      }
      expect(breaks).toBeGreaterThan(EVENT_TYPES.length * 10);
    },
  );

  it('produces every kind of invalid event', () => {
    const kinds = new Set(
      fc
        .sample(invalidEventFor(kaiAfter('plan.activated')), { numRuns: 300, seed: 1 })
        .map((bad) => bad.kind),
    );
    expect(kinds).toEqual(
      new Set([
        'wrong-stage',
        'bad-payload',
        'duplicate-id',
        'unknown-type',
        'proto-key',
        'not-an-event',
      ]),
    );
  });
});
