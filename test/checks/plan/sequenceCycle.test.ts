import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withObjective, withRecord } from './_fixtures.js';

const RULE = 'plan.sequence-cycle';
// Kai: the peers objective depends on the school objective.

describe(RULE, () => {
  it('passes for a chain of dependencies', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
    const chain = withObjective(kai, 'o-thinking', (o) => ({ ...o, dependsOn: ['o-peers'] }));
    expect(findingsOf(chain, RULE)).toEqual([]);
  });

  it('flags two objectives that depend on each other, once, as an error', () => {
    const state = withObjective(kai, 'o-school', (o) => ({ ...o, dependsOn: ['o-peers'] }));
    expect(findingsOf(state, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['plan', 'objectives', 'o-peers'],
        evidence: { objectiveIds: ['o-peers', 'o-school'] },
      }),
    ]);
  });

  it('flags a longer cycle and an objective that depends on itself', () => {
    const three = withObjective(
      withObjective(kai, 'o-thinking', (o) => ({ ...o, dependsOn: ['o-peers'] })),
      'o-school',
      (o) => ({ ...o, dependsOn: ['o-thinking'] }),
    );
    expect(findingsOf(three, RULE)[0]?.evidence).toEqual({
      objectiveIds: ['o-peers', 'o-school', 'o-thinking'],
    });
    const self = withObjective(kai, 'o-thinking', (o) => ({ ...o, dependsOn: ['o-thinking'] }));
    expect(findingsOf(self, RULE)[0]?.message).toContain('depends on itself');
  });

  it('leaves withdrawn objectives out: a cycle through one is no longer a cycle', () => {
    const cycle = withObjective(kai, 'o-school', (o) => ({ ...o, dependsOn: ['o-peers'] }));
    const withdrawn = withRecord(cycle, (r) => ({
      ...r,
      objectiveUpdates: [
        {
          objectiveId: 'o-peers',
          planVersion: 1,
          status: 'withdrawn',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(cycle, RULE)).toHaveLength(1);
    expect(findingsOf(withdrawn, RULE)).toEqual([]);
  });
});
