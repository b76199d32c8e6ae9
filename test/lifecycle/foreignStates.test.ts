import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYjplanError, type YjplanError } from '../../src/errors/YjplanError.js';
import { historyOf } from '../../src/lifecycle/history.js';
import { serializeCase } from '../../src/lifecycle/persist.js';
import { allowedEvents, applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { restingValue } from '../../src/lifecycle/transitions.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { kaiAfter, kaiEvent } from './workedExample.js';

const managerChanged = kaiEvent('case.managerChanged', {
  caseManager: 'pr-alex',
  on: '2025-10-01',
});

/** Runs a throwing entry point: it may throw, but only a YjplanError. */
function thrown(run: () => unknown): YjplanError | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    expect(isYjplanError(e), String(e)).toBe(true);
    return e as YjplanError;
  }
}

/** What every entry point taking a state does with `state`, checked never to crash. */
function judge(state: unknown): YjplanError | undefined {
  const r = safeApplyEvent(state as CaseState, managerChanged);
  if (!r.ok) expect(isYjplanError(r.error)).toBe(true);
  thrown(() => allowedEvents(state as CaseState));
  thrown(() => historyOf(state as CaseState));
  thrown(() => serializeCase(state as CaseState));
  return r.ok ? undefined : r.error;
}

/** Values that look like state values but are not ones the case can rest in. */
const NEAR_MISSES: readonly unknown[] = [
  { nope: 'x' },
  'nope',
  'planning',
  { planning: 'nope' },
  { planning: { drafting: {} } },
  { delivery: 'phase' },
  { delivery: { phase: 'custody' } },
  { delivery: { phase: 'entering', compliance: 'entering' } },
  { delivery: { phase: 'custody', compliance: 'warned', extra: 'x' } },
  { planning: 'drafting', opened: 'x' },
  {},
  { opened: {} },
  [],
  ['opened'],
  { planning: ['drafting'] },
  Object.assign(Object.create({ inherited: true }), { planning: 'drafting' }),
  new Map([['planning', 'drafting']]),
];

describe('a machineState that is not a state of the lifecycle', () => {
  const real = kaiAfter('plan.activated');

  it('is refused as invalid_input at machineState by every entry point, never thrown as a plain error', () => {
    for (const machineState of NEAR_MISSES) {
      const state = { ...real, machineState };
      const r = safeApplyEvent(state as CaseState, managerChanged);
      expect(r.ok, JSON.stringify(machineState)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues.map((i) => i.path)).toEqual([['machineState']]);
      for (const run of [allowedEvents, historyOf, serializeCase]) {
        expect(thrown(() => run(state as CaseState))?.issues[0]?.path).toEqual(['machineState']);
      }
    }
  });

  it('is refused whatever it is (property), unless it is a state the case can rest in', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constantFrom(...NEAR_MISSES)), (machineState) => {
        const error = judge({ ...real, machineState });
        if (restingValue(machineState) === undefined) {
          expect(error?.code).toBe('invalid_input');
          expect(error?.issues[0]?.path).toEqual(['machineState']);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is accepted when it is a real state written another way: key order, or through JSON', () => {
    const reordered = JSON.parse(JSON.stringify(real.machineState), (_k, v) =>
      typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    const next = applyEvent({ ...real, machineState: reordered }, managerChanged);
    expect(stageLabel(next)).toBe(stageLabel(real));
    expect(next.machineState).toBe(applyEvent(real, managerChanged).machineState);
  });
});

describe('anything passed as a state', () => {
  it('is answered with a YjplanError by every entry point, never a crash (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (state) => {
        expect(judge(state)?.code).toBe('invalid_input');
      }),
      { numRuns: 300 },
    );
  });

  it('is answered with a YjplanError when it has a state’s shape around anything (property)', () => {
    const real = kaiAfter('plan.activated');
    const shaped = fc.record({
      caseId: fc.string(),
      stage: fc.anything(),
      machineState: fc.oneof(fc.constant(real.machineState), fc.constant('opened'), fc.anything()),
      record: fc.oneof(
        fc.object(),
        fc.constant(real.record),
        fc.constant({ ...real.record, plans: null }),
        fc.constant({ ...real.record, disposal: 7 }),
      ),
      events: fc.oneof(
        fc.array(fc.anything(), { minLength: 1 }),
        fc.constant(real.events),
        fc.constant([null]),
      ),
    });
    fc.assert(
      fc.property(shaped, (state) => {
        judge(state);
      }),
      { numRuns: 300 },
    );
  });
});
