import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFromZod } from '../../src/errors/fromZod.js';
import { libraryParseOptions } from '../../src/errors/messages.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { CaseEventSchema, eventDefinition } from '../../src/lifecycle/events/index.js';
import { historyOf } from '../../src/lifecycle/history.js';
import { parseEvent } from '../../src/lifecycle/parse.js';
import { deserializeCase, serializeCase } from '../../src/lifecycle/persist.js';
import {
  allowedEvents,
  applyEvent,
  openCase,
  safeApplyEvent,
} from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { PRIVATE_TEXT } from '../../src/testing/_lifecycle/sampler.js';
import {
  eventsOfScript,
  invalidEventFor,
  lifecycleScript,
  validEventSequence,
} from '../../src/testing/arbitraries/events.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { applyPatch, json } from './support.js';

const RUNS = { numRuns: 150 };
/** Property tests take seconds on a busy machine. */
const SLOW = { timeout: 120_000 };

/** A valid log, a point in it, and the case at that point. */
const logAndPoint = lifecycleScript({ maxCycles: 3 }).chain((script) => {
  const events = eventsOfScript(script);
  return fc.nat({ max: events.length - 1 }).map((k) => ({ events, k }));
});

describe('replay over valid event logs', () => {
  it('equals applying the events one by one, and accepts every event', SLOW, () => {
    fc.assert(
      fc.property(lifecycleScript(), (script) => {
        const events = eventsOfScript(script);
        const [first, ...rest] = events;
        if (!first) throw new Error('A generated log is never empty');
        let state = openCase(first);
        for (const event of rest) state = applyEvent(state, event);
        expect(replay(events)).toStrictEqual(state);
      }),
      RUNS,
    );
  });

  it('applies only events the case allowed at that moment', SLOW, () => {
    fc.assert(
      fc.property(validEventSequence(), (events) => {
        const [first, ...rest] = events;
        let state = openCase(first as never);
        for (const event of rest) {
          expect(allowedEvents(state)).toContain(event.type);
          state = applyEvent(state, event);
        }
      }),
      RUNS,
    );
  });
});

describe('invalid events', () => {
  it('are refused with the expected typed error and leave the case exactly as it was', SLOW, () => {
    fc.assert(
      fc.property(
        logAndPoint.chain(({ events, k }) => {
          const state = replay(events.slice(0, k + 1));
          return invalidEventFor(state).map((bad) => ({ events, k, state, bad }));
        }),
        ({ events, k, state, bad }) => {
          const snapshot = structuredClone(state);
          const { record, events: log } = state;
          const r = safeApplyEvent(state, bad.event);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(isYjplanError(r.error)).toBe(true);
          expect(r.error.code).toBe(bad.expectedCode);
          expect(r.error.issues.length).toBeGreaterThan(0);
          if (bad.path) expect(r.error.issues.map((i) => i.path)).toContainEqual(bad.path);
          for (const text of [r.error.message, ...r.error.issues.map((i) => i.message)]) {
            expect(text).not.toContain(PRIVATE_TEXT);
          }
          expect(state).toStrictEqual(snapshot);
          expect(state.record).toBe(record);
          expect(state.events).toBe(log);
          // The refused event leaves no trace: the rest of the log still applies as before.
          let next: CaseState = state;
          for (const event of events.slice(k + 1)) next = applyEvent(next, event);
          expect(next).toStrictEqual(replay(events));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('are refused the same way when thrown', SLOW, () => {
    fc.assert(
      fc.property(
        logAndPoint.chain(({ events, k }) => {
          const state = replay(events.slice(0, k + 1));
          return invalidEventFor(state).map((bad) => ({ state, bad }));
        }),
        ({ state, bad }) => {
          expect(() => applyEvent(state, bad.event as never)).toThrow(
            expect.objectContaining({ name: 'YjplanError', code: bad.expectedCode }),
          );
        },
      ),
      RUNS,
    );
  });
});

describe('persistence', () => {
  it(
    'deserialize(serialize(case)) is the case, and serialising again gives the same text',
    SLOW,
    () => {
      fc.assert(
        fc.property(validEventSequence({ maxCycles: 3 }), (events) => {
          const state = replay(events);
          const text = serializeCase(state);
          const loaded = deserializeCase(text);
          expect(loaded).toStrictEqual(state);
          expect(serializeCase(loaded)).toBe(text);
        }),
        RUNS,
      );
    },
  );
});

describe('history', () => {
  it('has one entry per event, and its patches rebuild the record step by step', SLOW, () => {
    fc.assert(
      fc.property(validEventSequence({ maxCycles: 3 }), (events) => {
        const state = replay(events);
        const history = historyOf(state);
        expect(history.map((h) => h.eventId)).toEqual(state.events.map((e) => e.id));
        expect(history.map((h) => [h.at, h.by])).toEqual(state.events.map((e) => [e.at, e.by]));
        let doc: unknown = {};
        history.forEach((entry, i) => {
          doc = applyPatch(doc, entry.changes);
          expect(doc).toEqual(json(replay(events.slice(0, i + 1)).record));
        });
        expect(history.at(-1)?.stageAfter).toBe(stageLabel(state));
        for (const h of history) expect(h.summary).not.toContain(PRIVATE_TEXT);
      }),
      { numRuns: 40 },
    );
  });
});

describe('parseEvent', () => {
  const anyEvent = validEventSequence({ maxCycles: 2 }).chain((events) =>
    fc.constantFrom(...events),
  );

  it('gives what the CaseEvent schema gives, for valid events', SLOW, () => {
    fc.assert(
      fc.property(anyEvent, (event) => {
        const r = parseEvent(event);
        expect(r.ok && r.value).toEqual(CaseEventSchema.parse(event));
      }),
      RUNS,
    );
  });

  it(
    'gives the same issues as the CaseEvent schema for invalid events of known types',
    SLOW,
    () => {
      fc.assert(
        fc.property(
          logAndPoint.chain(({ events, k }) => invalidEventFor(replay(events.slice(0, k + 1)))),
          ({ event }) => {
            const type = (event as { type?: unknown } | null)?.type;
            fc.pre(typeof type !== 'string' || eventDefinition(type) !== undefined);
            const expected = CaseEventSchema.safeParse(event, libraryParseOptions);
            const r = parseEvent(event);
            if (expected.success) {
              expect(r.ok && r.value).toEqual(expected.data);
            } else {
              expect(r.ok ? undefined : r.error.toJSON()).toEqual(
                errorFromZod(expected.error, 'event').toJSON(),
              );
            }
          },
        ),
        RUNS,
      );
    },
  );
});
