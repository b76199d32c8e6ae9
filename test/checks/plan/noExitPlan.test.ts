import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.no-exit-plan';

/**
 * A 6-month referral order running from 2025-09-23, in delivery as the testing kit builds it,
 * with no exit plan yet: the order ends on 2026-03-22; 8 weeks before is 2026-01-25.
 */
const base = withPlan(
  aCase().referralOrder({ months: 6, startDate: '2025-09-23' }).active().state(),
  ({ exitPlan: _, ...p }) => p,
);

describe(RULE, () => {
  it('passes the day before the notice period starts', () => {
    expect(findingsOf(base, RULE, { asOf: '2026-01-24' })).toEqual([]);
  });

  it('flags a plan with no exit plan on the first day of the notice period', () => {
    const [finding] = findingsOf(base, RULE, { asOf: '2026-01-25' });
    expect(finding).toMatchObject({
      path: ['plan', 'exitPlan'],
      evidence: { disposalEndDate: '2026-03-22', from: '2026-01-25', noticeWeeks: 8 },
    });
  });

  it('passes once the plan or the closure records an exit plan', () => {
    const state = withPlan(base, (p) => ({ ...p, exitPlan: { continuingServices: [] } }));
    expect(findingsOf(state, RULE, { asOf: '2026-03-01' })).toEqual([]);
    const closed = aCase().referralOrder({ months: 6, startDate: '2025-09-23' }).closed().state();
    expect(closed.stage).toBe('closed');
    expect(findingsOf(closed, RULE, { asOf: '2026-03-31' })).toEqual([]);
  });

  it('takes the notice period from the policy', () => {
    expect(
      findingsOf(base, RULE, { asOf: '2026-01-24', policy: { plan: { exitPlanNoticeWeeks: 9 } } }),
    ).toHaveLength(1);
  });

  describe('for a disposal with no end date (a youth caution)', () => {
    const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
    // The plan's own work ends on 2026-02-27 (the action delivering the contract's reparation;
    // every other date of the plan is earlier): 8 weeks before is 2026-01-02. 0.1.0 never
    // reported a disposal with no end date.
    const onCaution = withRecord(
      withPlan(base, (p) => ({
        ...p,
        actions: p.actions.map((a) =>
          a.deliversRequirement ? { ...a, dueDate: '2026-02-27' } : a,
        ),
      })),
      (r) => ({ ...r, disposal: caution }),
    );

    it('expects an exit plan from 8 weeks before the plan’s own work ends', () => {
      expect(findingsOf(onCaution, RULE, { asOf: '2026-01-01' })).toEqual([]);
      const [finding] = findingsOf(onCaution, RULE, { asOf: '2026-01-02' });
      expect(finding).toMatchObject({
        path: ['plan', 'exitPlan'],
        evidence: { plannedEndDate: '2026-02-27', from: '2026-01-02', noticeWeeks: 8 },
      });
      expect(finding?.message).toContain('the disposal has no end date');
    });

    it('passes with an exit plan, and says nothing for a plan with no dates at all', () => {
      const planned = withPlan(onCaution, (p) => ({ ...p, exitPlan: { continuingServices: [] } }));
      expect(findingsOf(planned, RULE, { asOf: '2030-01-01' })).toEqual([]);
      const undated = withPlan(onCaution, (p) => ({
        ...p,
        objectives: p.objectives.map(({ targetDate: _, ...o }) => o),
        actions: p.actions.map(({ dueDate: _, ...a }) => a),
      }));
      expect(findingsOf(undated, RULE, { asOf: '2030-01-01' })).toEqual([]);
    });
  });
});
