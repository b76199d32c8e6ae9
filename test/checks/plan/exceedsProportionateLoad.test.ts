import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withExtraObjectives, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.exceeds-proportionate-load';
/**
 * A 6-month referral order in delivery as the testing kit builds it, at the enhanced level
 * (default maximum 5). Of its 3 objectives, 2 ask something of the child (lifestyle; thinking,
 * with the child's own reparation the contract requires); the education place (`act-ete-1`) is the
 * inclusion team's work. Extra objectives have no actions yet, so they count.
 */
const base = withPlan(
  aCase().referralOrder({ months: 6 }).assessed({ interventionLevel: 'enhanced' }).active().state(),
  (p) => ({
    ...p,
    actions: p.actions.map((a) =>
      a.deliversRequirement
        ? { ...a, objectiveId: 'o-thinking', owner: { kind: 'child' as const } }
        : a,
    ),
  }),
);

describe(RULE, () => {
  it('passes at exactly the maximum for the intervention level', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(findingsOf(withExtraObjectives(base, 3), RULE)).toEqual([]);
  });

  it('flags one objective more than the maximum, with the numbers as evidence', () => {
    const [finding] = findingsOf(withExtraObjectives(base, 4), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['plan', 'objectives'],
      evidence: { activeObjectives: 6, maximum: 5, interventionLevel: 'enhanced' },
    });
    expect(finding?.evidence.objectiveIds).not.toContain('o-ete');
  });

  it('counts only objectives asking something of the child: work wholly by agencies or parents is not the child’s load', () => {
    // 0.1.0 counted the education objective too (6 objectives, 5 allowed).
    expect(findingsOf(withExtraObjectives(base, 3), RULE)).toEqual([]);
    const attends = withPlan(withExtraObjectives(base, 3), (p) => ({
      ...p,
      actions: p.actions.map((a) => (a.id === 'act-ete-1' ? { ...a, childTakesPart: true } : a)),
    }));
    expect(findingsOf(attends, RULE)[0]?.evidence).toMatchObject({ activeObjectives: 6 });
  });

  it('does not count objectives that are completed', () => {
    const state = withRecord(withExtraObjectives(base, 4), (r) => ({
      ...r,
      objectiveUpdates: [
        {
          objectiveId: 'o-lifestyle',
          planVersion: 1,
          status: 'completed',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('takes the maximum from the policy, and from its override for the disposal type', () => {
    expect(
      findingsOf(base, RULE, { policy: { plan: { maxActiveObjectives: { enhanced: 1 } } } }),
    ).toHaveLength(1);
    const policy = {
      plan: { maxActiveObjectives: { enhanced: 1 } },
      byDisposalType: { 'referral-order': { plan: { maxActiveObjectives: { enhanced: 2 } } } },
    };
    expect(findingsOf(base, RULE, { policy })).toEqual([]);
  });

  it('scales the maximum down for a short order, by its length', () => {
    const short = withRecord(withExtraObjectives(base, 2), (r) => ({
      ...r,
      disposal: { ...r.disposal, lengthMonths: 3 } as Disposal,
    }));
    // 5 at the enhanced level, for 3 of the 6 months that get it in full: 3 (rounded up).
    expect(findingsOf(short, RULE)[0]?.evidence).toMatchObject({
      activeObjectives: 4,
      maximum: 3,
      levelMaximum: 5,
      disposalMonths: 3,
    });
    expect(findingsOf(short, RULE)[0]?.message).toContain('on a disposal of 3 months');
    expect(findingsOf(short, RULE, { policy: { plan: { fullLoadFromMonths: 3 } } })).toEqual([]);
  });

  describe('out of court', () => {
    const ycc = (first?: boolean): Disposal => ({
      type: 'youth-conditional-caution',
      id: 'ycc-1',
      decisionDate: '2025-09-02',
      conditions: [{ id: 'cond-1', description: 'Attend two sessions' }],
      ...(first !== undefined && { firstOutOfCourtDisposal: first }),
    });
    const on = (disposal: Disposal, extra = 1) =>
      withRecord(withExtraObjectives(base, extra), (r) => ({ ...r, disposal }));

    it('keeps a first out-of-court disposal light touch (default at most 2 objectives)', () => {
      expect(findingsOf(on(ycc(true)), RULE)[0]?.evidence).toMatchObject({
        activeObjectives: 3,
        maximum: 2,
        disposalCategory: 'out-of-court',
        firstOutOfCourtDisposal: true,
      });
      expect(findingsOf(on(ycc(true)), RULE)[0]?.message).toContain(
        'a first out-of-court disposal',
      );
      expect(
        findingsOf(on(ycc(true)), RULE, { policy: { plan: { outOfCourtMaxActiveObjectives: 3 } } }),
      ).toEqual([]);
    });

    it('holds a later out-of-court disposal, or one not known to be the first, to the level (the review’s second YCC)', () => {
      // 0.1.0 capped every out-of-court disposal at 2.
      expect(findingsOf(on(ycc(false)), RULE)).toEqual([]);
      expect(findingsOf(on(ycc()), RULE)).toEqual([]);
      const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
      expect(findingsOf(on(caution, 4), RULE)[0]?.evidence).toMatchObject({ maximum: 5 });
    });
  });
});
