import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lifecycle/replay.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase, anAction, yroExampleEvents } from '../../../src/testing/index.js';
import { findingsOf, withPlan, withRecord } from './_fixtures.js';

/** A 6-month referral order running from 2025-09-23 (its last day 2026-03-22), in delivery. */
const base = aCase({ start: '2025-09-01' })
  .referralOrder({ months: 6, startDate: '2025-09-23' })
  .active()
  .state();

const RULE = 'plan.beyond-disposal';

const withAction = (state: typeof base, input: NonNullable<Parameters<typeof anAction>[0]>) =>
  withPlan(state, (p) => ({ ...p, actions: [...p.actions, anAction(input)] }));

const compelled = (dueDate: string) => ({
  id: 'act-late',
  objectiveId: 'o-thinking',
  description: 'Another session',
  owner: { kind: 'yos' as const },
  dueDate,
});

describe(RULE, () => {
  it('passes when every compelled action is due by the order’s last day', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(findingsOf(withAction(base, compelled('2026-03-22')), RULE)).toEqual([]);
  });

  it('flags a compelled action due the day after the order ends', () => {
    const [finding] = findingsOf(withAction(base, compelled('2026-03-23')), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['plan', 'actions', 'act-late'],
      evidence: { dueDate: '2026-03-23', disposalEndDate: '2026-03-22' },
    });
  });

  it('encourages voluntary support after the order instead of flagging it', () => {
    const state = withAction(base, { ...compelled('2026-06-01'), voluntary: true });
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('lets unpaid work run past a YRO’s end date within its 12 months (s.198(3))', () => {
    const yro = replay(yroExampleEvents());
    const sixMonths = withRecord(yro, (r) => ({
      ...r,
      disposal: { ...r.disposal, endDate: '2027-03-21' } as Disposal,
    }));
    const upw = (dueDate: string) =>
      withAction(sixMonths, {
        ...compelled(dueDate),
        objectiveId: 'o-curfew',
        deliversRequirement: 'req-upw',
      });
    const ids = (state: typeof base) => findingsOf(state, RULE).map((f) => f.path[2]);
    expect(ids(upw('2027-09-21'))).not.toContain('act-late');
    expect(ids(upw('2027-09-22'))).toContain('act-late');
    const supervision = withAction(sixMonths, {
      ...compelled('2027-04-01'),
      objectiveId: 'o-curfew',
    });
    expect(ids(supervision)).toContain('act-late');
  });

  it('says nothing for a disposal with no end date', () => {
    const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
    const state = withRecord(withAction(base, compelled('2030-01-01')), (r) => ({
      ...r,
      disposal: caution,
    }));
    expect(findingsOf(state, RULE)).toEqual([]);
  });
});
