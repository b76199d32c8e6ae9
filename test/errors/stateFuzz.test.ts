/**
 * Fuzzing the queries: whatever a JavaScript host passes as a case state or as options, every
 * function that reads a state answers with a YjplanError (or its result form), never a plain
 * error, and never changes a real state it was given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  type CaseState,
  checkCase,
  historyOf,
  involvementSummary,
  isYjplanError,
  planRevision,
  planView,
  replay,
  reviewSchedule,
  safeApplyEvent,
  serializeCase,
  stageLabel,
} from '../../src/index.js';
import { workedExampleEvents } from '../../src/testing/index.js';

const RUNS = Number(process.env.YJPLAN_FUZZ_RUNS ?? 200);
const real = replay(workedExampleEvents());
const realJson = JSON.stringify(real);

/** Things that are not case states, some of them nearly so. */
const notAState: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({
    caseId: fc.oneof(fc.string(), fc.integer()),
    stage: fc.string(),
    machineState: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })),
    record: fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 }), fc.constant(real.record)),
    events: fc.oneof(fc.constant(real.events), fc.array(fc.jsonValue({ maxDepth: 2 }))),
  }),
  fc.constant({ ...real, machineState: { nope: 'x' } }),
  fc.constant({ ...real, record: { ...real.record, plans: 'many' } }),
);

/** Options that are wrong in some way, or right. */
const options: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ asOf: '2026-03-31' }),
  fc.record({ asOf: fc.oneof(fc.string(), fc.constant('2025-02-30')) }),
  fc.record({ asOf: fc.constant('2026-03-31'), policy: fc.jsonValue({ maxDepth: 3 }) }),
  fc.jsonValue({ maxDepth: 2 }),
);

const QUERIES: Record<string, (state: unknown, options: unknown) => unknown> = {
  checkCase: (s, o) => checkCase(s as CaseState, o as never),
  reviewSchedule: (s, o) => reviewSchedule(s as CaseState, o as never),
  involvementSummary: (s, o) => involvementSummary(s as CaseState, o as never),
  planView: (s, o) => planView(s as CaseState, 'parentsCarers', o as never),
  planViewForAnyone: (s, o) => planView(s as CaseState, o as never, { asOf: '2026-03-31' }),
  historyOf: (s) => historyOf(s as CaseState),
  allowedEvents: (s) => allowedEvents(s as CaseState),
  serializeCase: (s) => serializeCase(s as CaseState),
  stageLabel: (s) => stageLabel(s as CaseState),
  planRevision: (s, o) => planRevision(s as CaseState, o as never, () => {}),
};

describe('every query of a case state', () => {
  for (const [name, query] of Object.entries(QUERIES)) {
    it(`${name} throws nothing but a YjplanError, whatever it is given`, () => {
      fc.assert(
        fc.property(fc.oneof(notAState, fc.constant(real)), options, (state, opts) => {
          try {
            query(state, opts);
          } catch (e) {
            expect(isYjplanError(e), `${name}: ${String(e)}`).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
      expect(JSON.stringify(real)).toBe(realJson);
    });
  }

  it('safeApplyEvent never throws, whatever the state', () => {
    fc.assert(
      fc.property(notAState, fc.jsonValue({ maxDepth: 2 }), (state, event) => {
        const r = safeApplyEvent(state as CaseState, event);
        expect(r.ok === false || r.ok === true).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
