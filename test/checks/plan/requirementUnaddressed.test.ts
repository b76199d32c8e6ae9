import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lifecycle/replay.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase, YRO_EXAMPLE, yroExampleEvents } from '../../../src/testing/index.js';
import { findingsOf, withPlan, withRecord } from './_fixtures.js';

const RULE = 'disposal.requirement-unaddressed';

/**
 * A referral order in delivery as the testing kit builds it: its contract's one term, reparation
 * to the victim (`ct-1`), delivered by the plan's action `act-ct-1`.
 */
const referralOrder = aCase().referralOrder();
const base = referralOrder.active().state();

const withoutDelivering = (requirementId: string) =>
  withPlan(base, (p) => ({
    ...p,
    actions: p.actions.map((a) =>
      a.deliversRequirement === requirementId ? { ...a, deliversRequirement: undefined } : a,
    ),
  }));

describe(RULE, () => {
  it('passes when every contract term has an action delivering it', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a contract term the child takes part in that no action delivers, as a warning at the requirement', () => {
    const [finding, ...rest] = findingsOf(withoutDelivering('ct-1'), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['disposal', 'requirements', 'ct-1'],
      evidence: {
        requirementId: 'ct-1',
        kind: 'reparation-to-victim',
        nature: 'delivered',
      },
    });
    expect(finding?.message).toContain('reparation to the victim');
  });

  describe('restrictions the child complies with (Remi’s curfew)', () => {
    const remi = replay(yroExampleEvents());
    const asOf = YRO_EXAMPLE.asOf;
    /** Remi's plan without the "keep to the curfew" objective and its actions. */
    const noCurfewObjective = withPlan(remi, (p) => ({
      ...p,
      objectives: p.objectives.filter((o) => o.id !== 'o-curfew'),
      actions: p.actions.filter((a) => a.objectiveId !== 'o-curfew'),
    }));
    const monitored = withPlan(noCurfewObjective, (p) => ({
      ...p,
      monitoring: [
        {
          requirementId: 'req-curfew',
          monitoredBy: { kind: 'partner-agency', agency: 'other', name: 'Electronic monitoring' },
          how: 'Tag; violations reported to the case manager the next working day',
          visibility: { child: true, parentsCarers: true, agencies: true },
        },
      ],
    }));
    const curfew = (state: typeof remi) =>
      findingsOf(state, RULE, { asOf }).filter((f) => f.path[2] === 'req-curfew');

    it('is met by a monitoring arrangement, with no objective for it: the review’s example', () => {
      // 0.1.0: "error: The curfew requirement of the disposal has no plan action delivering it".
      expect(curfew(monitored)).toEqual([]);
    });

    it('asks for a monitoring arrangement, as a warning, where none is recorded', () => {
      const [finding] = curfew(noCurfewObjective);
      expect(finding).toMatchObject({
        severity: 'warning',
        evidence: { requirementId: 'req-curfew', kind: 'curfew', nature: 'complied-with' },
      });
      expect(finding?.message).toContain('no monitoring arrangement');
    });

    it('still accepts an action delivering it, the older way of recording the arrangement', () => {
      expect(curfew(remi)).toEqual([]);
    });

    it('never takes a monitoring arrangement for a requirement the child attends', () => {
      const upwMonitored = withPlan(monitored, (p) => ({
        ...p,
        monitoring: [
          ...(p.monitoring ?? []),
          {
            requirementId: 'req-upw',
            monitoredBy: { kind: 'yos', role: 'case-manager' },
            how: 'Hours checked weekly',
            visibility: { child: true, parentsCarers: true, agencies: true },
          },
        ],
      }));
      expect(
        findingsOf(upwMonitored, RULE, { asOf }).map((f) => [f.path[2], f.evidence.nature]),
      ).toEqual([['req-upw', 'delivered']]);
    });
  });

  it('does not count an action that has been cancelled', () => {
    const state = withRecord(base, (r) => ({
      ...r,
      actionUpdates: [
        {
          actionId: 'act-ct-1',
          planVersion: 1,
          status: 'cancelled',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(state, RULE).map((f) => f.path[2])).toEqual(['ct-1']);
  });

  it('never repeats a caution condition’s wording, which may hold personal data', () => {
    const caution: Disposal = {
      type: 'youth-conditional-caution',
      id: 'ycc-1',
      decisionDate: '2025-09-02',
      conditions: [{ id: 'cond-1', description: 'Write to Mrs Example at her home address' }],
    };
    const [finding] = findingsOf(
      withRecord(base, (r) => ({ ...r, disposal: caution })),
      RULE,
    );
    expect(finding?.path).toEqual(['disposal', 'requirements', 'cond-1']);
    expect(finding?.message).not.toContain('Example');
  });

  it('says nothing before a plan is drafted', () => {
    const opened = referralOrder.state();
    expect(findingsOf(withoutDelivering('ct-1'), RULE)).toHaveLength(1);
    expect(findingsOf(opened, RULE)).toEqual([]);
  });
});
