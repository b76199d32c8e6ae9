import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { findingsOf, kai, withExtraObjectives, withRecord } from './_fixtures.js';

const RULE = 'plan.exceeds-proportionate-load';
// Kai is at the enhanced level (default maximum 5) with 3 objectives.

describe(RULE, () => {
  it('passes at exactly the maximum for the intervention level', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
    expect(findingsOf(withExtraObjectives(kai, 2), RULE)).toEqual([]);
  });

  it('flags one objective more than the maximum, with the numbers as evidence', () => {
    const [finding] = findingsOf(withExtraObjectives(kai, 3), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['plan', 'objectives'],
      evidence: { activeObjectives: 6, maximum: 5, interventionLevel: 'enhanced' },
    });
  });

  it('does not count objectives that are completed', () => {
    const state = withRecord(withExtraObjectives(kai, 3), (r) => ({
      ...r,
      objectiveUpdates: [
        {
          objectiveId: 'o-school',
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
      findingsOf(kai, RULE, { policy: { plan: { maxActiveObjectives: { enhanced: 2 } } } }),
    ).toHaveLength(1);
    const policy = {
      plan: { maxActiveObjectives: { enhanced: 2 } },
      byDisposalType: { 'referral-order': { plan: { maxActiveObjectives: { enhanced: 3 } } } },
    };
    expect(findingsOf(kai, RULE, { policy })).toEqual([]);
  });

  it('keeps an out-of-court disposal light touch (default at most 2 objectives)', () => {
    const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
    const state = withRecord(kai, (r) => ({ ...r, disposal: caution }));
    expect(findingsOf(state, RULE)[0]?.evidence).toMatchObject({
      activeObjectives: 3,
      maximum: 2,
      disposalCategory: 'out-of-court',
    });
    expect(
      findingsOf(state, RULE, { policy: { plan: { outOfCourtMaxActiveObjectives: 3 } } }),
    ).toEqual([]);
  });
});
