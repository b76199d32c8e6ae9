import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withObjective, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.not-specific';

describe(RULE, () => {
  it('passes when every objective has a measure, a target date and an action', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
  });

  it('flags an objective without a measure of success or a target date', () => {
    const state = withObjective(kai, 'o-peers', (o) => ({
      ...o,
      measureOfSuccess: undefined,
      targetDate: undefined,
    }));
    const [finding] = findingsOf(state, RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'objectives', 'o-peers'],
      evidence: { missing: ['measure-of-success', 'target-date'] },
    });
    expect(finding?.message).toBe('An objective has no measure of success, no target date');
  });

  it('flags an objective whose only action is cancelled as having no owner', () => {
    const state = withRecord(kai, (r) => ({
      ...r,
      actionUpdates: [
        {
          actionId: 'act-football',
          planVersion: 1,
          status: 'cancelled',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(state, RULE)[0]?.evidence).toEqual({
      objectiveId: 'o-peers',
      missing: ['owner'],
    });
  });

  it('ignores a withdrawn objective', () => {
    const state = withRecord(
      withPlan(kai, (p) => ({
        ...p,
        actions: p.actions.filter((a) => a.objectiveId !== 'o-peers'),
      })),
      (r) => ({
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
      }),
    );
    expect(findingsOf(state, RULE)).toEqual([]);
  });
});
