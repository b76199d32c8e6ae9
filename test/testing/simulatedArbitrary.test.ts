import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { parseCaseEvent } from '../../src/lifecycle/parsers.js';
import { replay } from '../../src/lifecycle/replay.js';
import { arbitraries } from '../../src/testing/arbitraries/index.js';

describe('arbitraries.simulatedCase: the simulator with fast-check making its choices', () => {
  it('writes cases that replay, hold complete events and carry no error finding', () => {
    fc.assert(
      fc.property(arbitraries.simulatedCase(), (file) => {
        const state = replay(file.events);
        expect(state.events).toHaveLength(file.events.length);
        for (const event of file.events.slice(0, 20)) expect(parseCaseEvent(event)).toEqual(event);
        const last = file.events.at(-1)?.at.slice(0, 10) ?? '2026-01-01';
        const errors = checkCase(state, { asOf: last }).filter((f) => f.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('shrinks a failing case to a plainer one than it first found', () => {
    const failing = (file: { events: readonly { type: string }[] }) =>
      !file.events.some((e) => e.type === 'compliance.warningIssued');
    const result = fc.check(
      fc.property(
        arbitraries.simulatedCase({ disposalType: 'youth-rehabilitation-order' }),
        failing,
      ),
      { seed: 11, numRuns: 300 },
    );
    expect(result.failed).toBe(true);
    const [shrunk] = result.counterexample ?? [];
    expect(shrunk?.events.some((e) => e.type === 'compliance.warningIssued')).toBe(true);
    expect(result.numShrinks).toBeGreaterThan(0);
  });
});
