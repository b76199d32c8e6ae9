import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withObjective } from './_fixtures.js';

const RULE = 'plan.unlinked-objective';

const addressing = (factorIds: string[], strengthIds: string[] = []) =>
  withObjective(kai, 'o-thinking', (o) => ({ ...o, addresses: { factorIds, strengthIds } }));

describe(RULE, () => {
  it('passes when every objective addresses a factor or builds on a strength', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
    expect(findingsOf(addressing([], ['s-football']), RULE)).toEqual([]);
  });

  it('flags an objective that addresses nothing from the assessment', () => {
    const [finding, ...rest] = findingsOf(addressing([]), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      path: ['plan', 'objectives', 'o-thinking'],
      evidence: { objectiveId: 'o-thinking', factorIds: [], strengthIds: [] },
    });
  });

  it('does not count a factor the current assessment no longer holds', () => {
    expect(findingsOf(addressing(['f-gone']), RULE)).toHaveLength(1);
  });
});
