import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withObjective } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'plan.unlinked-objective';

const addressing = (factorIds: string[], strengthIds: string[] = []) =>
  withObjective(base, 'o-thinking', (o) => ({ ...o, addresses: { factorIds, strengthIds } }));

describe(RULE, () => {
  it('passes when every objective addresses a factor or builds on a strength', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(findingsOf(addressing([], ['s-ete']), RULE)).toEqual([]);
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
