import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withObjective, withPlan, withRecord } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'plan.not-specific';

describe(RULE, () => {
  it('passes when every objective has a measure, a target date and an action', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags an objective without a measure of success or a target date', () => {
    const state = withObjective(base, 'o-lifestyle', (o) => ({
      ...o,
      measureOfSuccess: undefined,
      targetDate: undefined,
    }));
    const [finding] = findingsOf(state, RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'objectives', 'o-lifestyle'],
      evidence: { missing: ['measure-of-success', 'target-date'] },
    });
    expect(finding?.message).toBe('An objective has no measure of success, no target date');
  });

  it('flags an objective whose only action is cancelled as having no owner', () => {
    const state = withRecord(base, (r) => ({
      ...r,
      actionUpdates: [
        {
          actionId: 'act-lifestyle-1',
          planVersion: 1,
          status: 'cancelled',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(state, RULE)[0]?.evidence).toEqual({
      objectiveId: 'o-lifestyle',
      missing: ['owner'],
    });
  });

  it('ignores a withdrawn objective', () => {
    const state = withRecord(
      withPlan(base, (p) => ({
        ...p,
        actions: p.actions.filter((a) => a.objectiveId !== 'o-lifestyle'),
      })),
      (r) => ({
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
      }),
    );
    expect(findingsOf(state, RULE)).toEqual([]);
  });
});
