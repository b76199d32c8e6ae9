import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { aCase } from '../../src/testing/index.js';

const LEVELS = ['low', 'medium', 'high', 'very-high'] as const;

describe('cases the builders make', () => {
  it.each(LEVELS)('are clean under every rule with every rating %s', (level) => {
    const state = aCase()
      .yro()
      .assessed({
        ratings: {
          likelihoodOfReoffending: level === 'very-high' ? 'high' : level,
          safetyAndWellbeing: level,
          riskOfSeriousHarm: level,
        },
      })
      .active()
      .state();
    const asOf = state.events.at(-1)?.at.slice(0, 10) ?? '';
    expect(checkCase(state, { asOf }).map((f) => f.rule)).toEqual([]);
  });

  it.each(['referral-order', 'detention-and-training-order', 'youth-caution'] as const)(
    'are clean under every rule in delivery on a %s',
    (type) => {
      const state = aCase().disposal(type).active().state();
      const asOf = state.events.at(-1)?.at.slice(0, 10) ?? '';
      expect(checkCase(state, { asOf }).map((f) => f.rule)).toEqual([]);
    },
  );
});
