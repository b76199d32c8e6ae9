import { describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { applyEvent, openCase } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { eventsForPath, lifecyclePaths } from '../../src/testing/paths.js';
import { stageLabel } from '../../src/views/stageLabel.js';

const SLOW = { timeout: 120_000 };

/** What a host does: open the case with the first event, then apply the rest one by one. */
function walk(events: ReturnType<typeof eventsForPath>): CaseState {
  const [opened, ...rest] = events;
  if (!opened) throw new Error('no events');
  let state = openCase(opened);
  for (const event of rest) state = applyEvent(state, event);
  return state;
}

describe('eventsForPath: the event log of a lifecycle path', () => {
  it('walks every path, by states and by transitions, through applyEvent', SLOW, () => {
    for (const cover of ['states', 'transitions'] as const) {
      for (const path of lifecyclePaths({ cover })) {
        const events = eventsForPath(path);
        expect(events.map((e) => e.type)).toEqual([
          'case.opened',
          ...path.steps.map((s) => s.type),
        ]);
        expect(stageLabel(walk(events)), `${cover}: ${path.reaches}`).toBe(path.reaches);
      }
    }
  });

  it('goes on to closure from every state that has a way there', SLOW, () => {
    for (const path of lifecyclePaths()) {
      if (path.toClosure === null) continue;
      const state = walk(eventsForPath(path, { toClosure: true }));
      expect(state.stage, path.reaches).toBe('closed');
    }
  });

  it('opens a custodial order for a custodial path, on the day and with the id asked', () => {
    const path = lifecyclePaths().find((p) => p.reaches === 'delivery.custody+compliant');
    expect(path).toBeDefined();
    const events = eventsForPath(path as NonNullable<typeof path>, {
      caseId: 'case-7',
      start: '2025-03-03',
    });
    const opened = events[0] as { payload: { caseId: string; disposal: { type: string } } };
    expect(opened.payload.caseId).toBe('case-7');
    expect(opened.payload.disposal.type).toBe('detention-and-training-order');
    expect(events[0]?.at.slice(0, 10)).toBe('2025-03-03');
    expect(events[1]?.at.slice(0, 10)).toBe('2025-03-04');
  });

  it('refuses a transferred path with toClosure, and what is not a path, as invalid_input', () => {
    const transferred = lifecyclePaths().find((p) => p.reaches === 'transferred');
    expect(() =>
      eventsForPath(transferred as NonNullable<typeof transferred>, { toClosure: true }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [expect.objectContaining({ path: ['toClosure'] })],
      }),
    );
    for (const bad of [
      null,
      {},
      { custodial: false, steps: [{ type: 'case.reopened', facts: {} }], toClosure: [] },
    ]) {
      try {
        eventsForPath(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isYjplanError(e) && e.code).toBe('invalid_input');
      }
    }
    const first = lifecyclePaths()[0] as NonNullable<ReturnType<typeof lifecyclePaths>[0]>;
    expect(() => eventsForPath(first, { start: '2025-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
