/**
 * The production build does not freeze states (ADR 0013): a caller can write to one. These
 * tests write to states as a careless or hostile host would, and check that what the library
 * answers about a case never depends on it: the library keeps its own copy of the log, refuses
 * any rejected event without touching the state, and never hangs or crashes on what it reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT } from '../../src/_lib/development.js';
import { checkCase } from '../../src/checks/checkCase.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import type { CaseEvent, CaseEventInput } from '../../src/lifecycle/events/index.js';
import { historyOf } from '../../src/lifecycle/history.js';
import { serializeCase } from '../../src/lifecycle/persist.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { kaiAfter, kaiEvent, logThrough } from './workedExample.js';

const contact = (id: string, eventId: string): CaseEventInput => ({
  ...kaiEvent('contact.recorded', {
    contact: {
      id,
      date: '2025-09-26',
      kind: 'supervision',
      attendance: 'attended',
      deliveredBy: { kind: 'yos' },
    },
  }),
  id: eventId,
});

/** Whether `run` answered with a typed error (never a plain one), or a value. */
function typedOrValue(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (e) {
    return isYjplanError(e);
  }
}

describe('in the production build', () => {
  it('does not freeze a state’s log or record (no cost on a host’s reads)', () => {
    expect(DEVELOPMENT).toBe(false);
    const state = replay(logThrough('plan.activated'));
    expect(Object.isFrozen(state.events)).toBe(false);
    expect(Object.isFrozen(state.record.contacts)).toBe(false);
    expect(Object.isFrozen(state.record.plans[0])).toBe(false);
  });

  it('keeps its own log: a push onto state.events changes neither duplicates nor the saved case', () => {
    const state = replay(logThrough('plan.activated'));
    const saved = serializeCase(state);
    const pushed = { ...contact('c-1', 'e-pushed'), payload: {} } as unknown as CaseEvent;
    (state.events as CaseEvent[]).push(pushed);
    (state.events as CaseEvent[]).splice(1, 1);
    expect(serializeCase(state)).toBe(saved);
    expect(historyOf(state)).toHaveLength(JSON.parse(saved).events.length);
    // The pushed id is not in the case: an event with it is accepted, once.
    const next = applyEvent(state, contact('c-1', 'e-pushed'));
    expect(next.events.filter((e) => e.id === 'e-pushed')).toHaveLength(1);
    expect(safeApplyEvent(next, contact('c-2', 'e-pushed')).ok).toBe(false);
  });

  it('cannot have a state’s fields reassigned: the state object itself is frozen', () => {
    const state = kaiAfter('plan.activated');
    expect(() => {
      (state as { record: unknown }).record = {};
    }).toThrow(TypeError);
  });

  it('leaves a case exactly as it was when an event is refused (property)', () => {
    const base = replay(logThrough('plan.activated'));
    fc.assert(
      fc.property(
        fc.anything(),
        fc.constantFrom(...workedExampleEvents().slice(1)),
        (junk, real) => {
          const before = structuredClone({ record: base.record, events: base.events });
          const event = fc.sample(fc.constantFrom(junk, { ...real, id: 'dup' }, real), 1)[0];
          safeApplyEvent(base, event);
          expect({ record: base.record, events: base.events }).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers with a typed error, never a hang or a plain error, after a host writes garbage into a state (property)', () => {
    const garbage = fc.oneof(
      fc.constant('x'),
      fc.constant(null),
      fc.constant(Number.NaN),
      fc.string(),
      fc.integer(),
      fc.constant({}),
      fc.constant([]),
    );
    const where = fc.constantFrom(
      (s: Record<string, unknown>, v: unknown) =>
        (((s.compliance as Record<string, unknown>[])[0] ?? {}).on = v),
      (s: Record<string, unknown>, v: unknown) =>
        (((s.plans as Record<string, unknown>[])[0] ?? {}).activatedOn = v),
      (s: Record<string, unknown>, v: unknown) =>
        (((s.contacts as Record<string, unknown>[])[0] ?? {}).date = v),
      (s: Record<string, unknown>, v: unknown) => (s.openedOn = v),
      (s: Record<string, unknown>, v: unknown) => (s.plans = v),
      (s: Record<string, unknown>, v: unknown) =>
        (((s.reviews as Record<string, unknown>[])[0] ?? {}).dueBy = v),
      (s: Record<string, unknown>, v: unknown) => (s.disposal = v),
    );
    fc.assert(
      fc.property(where, garbage, (write, value) => {
        const state = replay(workedExampleEvents());
        write(state.record as unknown as Record<string, unknown>, value);
        expect(typedOrValue(() => checkCase(state, { asOf: '2026-01-10' }))).toBe(true);
        expect(typedOrValue(() => reviewSchedule(state, { asOf: '2026-01-10' }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
