import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lifecycle/replay.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { workedExampleEvents } from '../../../src/testing/examples/referralOrderCase.js';
import { findingsOf, kai, withPlan, withRecord } from './_fixtures.js';

const RULE = 'disposal.requirement-unaddressed';

const withoutDelivering = (requirementId: string) =>
  withPlan(kai, (p) => ({
    ...p,
    actions: p.actions.map((a) =>
      a.deliversRequirement === requirementId ? { ...a, deliversRequirement: undefined } : a,
    ),
  }));

describe(RULE, () => {
  it('passes when every contract term has an action delivering it', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
  });

  it('flags a contract term that no action delivers, as an error at the requirement', () => {
    const [finding, ...rest] = findingsOf(withoutDelivering('ct-reparation'), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      path: ['disposal', 'requirements', 'ct-reparation'],
      evidence: { requirementId: 'ct-reparation', kind: 'reparation-to-victim' },
    });
    expect(finding?.message).toContain('reparation to the victim');
  });

  it('does not count an action that has been cancelled', () => {
    const state = withRecord(kai, (r) => ({
      ...r,
      actionUpdates: [
        {
          actionId: 'act-letter',
          planVersion: 1,
          status: 'cancelled',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(state, RULE).map((f) => f.path[2])).toEqual(['ct-reparation']);
  });

  it('never repeats a caution condition’s wording, which may hold personal data', () => {
    const caution: Disposal = {
      type: 'youth-conditional-caution',
      id: 'ycc-1',
      decisionDate: '2025-09-02',
      conditions: [{ id: 'cond-1', description: 'Write to Mrs Example at her home address' }],
    };
    const [finding] = findingsOf(
      withRecord(kai, (r) => ({ ...r, disposal: caution })),
      RULE,
    );
    expect(finding?.path).toEqual(['disposal', 'requirements', 'cond-1']);
    expect(finding?.message).not.toContain('Example');
  });

  it('says nothing before a plan is drafted', () => {
    const opened = replay(workedExampleEvents().slice(0, 1));
    expect(findingsOf(withoutDelivering('ct-reparation'), RULE)).toHaveLength(1);
    expect(findingsOf(opened, RULE)).toEqual([]);
  });
});
