import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withObjective, withRecord } from './_fixtures.js';

/** A referral order in delivery as the testing kit builds it, its lifestyle objective depending on the education one. */
const base = withObjective(aCase().referralOrder().active().state(), 'o-lifestyle', (o) => ({
  ...o,
  dependsOn: ['o-ete'],
}));

const RULE = 'plan.sequence-cycle';

describe(RULE, () => {
  it('passes for a chain of dependencies', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    const chain = withObjective(base, 'o-thinking', (o) => ({ ...o, dependsOn: ['o-lifestyle'] }));
    expect(findingsOf(chain, RULE)).toEqual([]);
  });

  it('flags two objectives that depend on each other, once, as an error', () => {
    const state = withObjective(base, 'o-ete', (o) => ({ ...o, dependsOn: ['o-lifestyle'] }));
    expect(findingsOf(state, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['plan', 'objectives', 'o-ete'],
        evidence: { objectiveIds: ['o-ete', 'o-lifestyle'] },
      }),
    ]);
  });

  it('flags a longer cycle and an objective that depends on itself', () => {
    const three = withObjective(
      withObjective(base, 'o-thinking', (o) => ({ ...o, dependsOn: ['o-lifestyle'] })),
      'o-ete',
      (o) => ({ ...o, dependsOn: ['o-thinking'] }),
    );
    expect(findingsOf(three, RULE)[0]?.evidence).toEqual({
      objectiveIds: ['o-ete', 'o-lifestyle', 'o-thinking'],
    });
    const self = withObjective(base, 'o-thinking', (o) => ({ ...o, dependsOn: ['o-thinking'] }));
    expect(findingsOf(self, RULE)[0]?.message).toContain('depends on itself');
  });

  it('leaves withdrawn objectives out: a cycle through one is no longer a cycle', () => {
    const cycle = withObjective(base, 'o-ete', (o) => ({ ...o, dependsOn: ['o-lifestyle'] }));
    const withdrawn = withRecord(cycle, (r) => ({
      ...r,
      objectiveUpdates: [
        {
          objectiveId: 'o-lifestyle',
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
