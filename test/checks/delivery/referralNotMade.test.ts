import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { add, kaiInDelivery } from '../../delivery/fixtures.js';

const RULE = 'delivery.referral-not-made';
const run = (state: ReturnType<typeof kaiInDelivery>, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

// Plan v1 was activated on Wednesday 24 September 2025; `act-pru-place` is owned by the local
// authority's education team. 10 working days later is Wednesday 8 October.
describe('delivery.referral-not-made', () => {
  it('passes while the referral deadline has not passed (the deadline day itself)', () => {
    expect(run(kaiInDelivery(), '2025-10-08')).toEqual([]);
  });

  it('reports a partner-agency action with no referral the day after the deadline', () => {
    expect(run(kaiInDelivery(), '2025-10-09')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          'An action owned by a partner agency has no referral 10 working days after the plan started',
        path: ['plan', 'actions', 'act-pru-place'],
        evidence: {
          actionId: 'act-pru-place',
          agency: 'education',
          activatedOn: '2025-09-24',
          referralDueBy: '2025-10-08',
          workingDays: 10,
        },
      },
    ]);
  });

  it('passes once a referral is recorded against the action', () => {
    const state = add(kaiInDelivery(), 'referral.made', '2025-10-09', {
      referralId: 'r-pru',
      on: '2025-10-09',
      agency: 'education',
      service: 'Pupil referral unit',
      actionId: 'act-pru-place',
    });
    expect(run(state, '2025-10-20')).toEqual([]);
  });

  it('ignores actions owned by the child, a parent/carer or the YOS', () => {
    const paths = run(kaiInDelivery(), '2026-01-01').map((f) => f.path.join('/'));
    expect(paths).toEqual(['plan/actions/act-pru-place']);
  });

  it('reports an action recorded as not delivered because no referral was made', () => {
    const state = add(kaiInDelivery(), 'action.statusChanged', '2025-10-01', {
      actionId: 'act-pru-place',
      on: '2025-10-01',
      status: 'not-delivered',
      notDelivered: { reason: 'referral-not-made' },
    });
    expect(run(state, '2025-10-01')).toMatchObject([
      { path: ['plan', 'actions', 'act-pru-place'], evidence: { status: 'not-delivered' } },
    ]);
  });

  it('passes an action not delivered for another reason, or cancelled', () => {
    const notAvailable = add(kaiInDelivery(), 'action.statusChanged', '2025-10-01', {
      actionId: 'act-pru-place',
      on: '2025-10-01',
      status: 'not-delivered',
      notDelivered: { reason: 'not-available-locally' },
    });
    expect(run(notAvailable, '2025-12-01')).toEqual([]);
  });

  it('counts the deadline in working days from the policy', () => {
    const policy = { delivery: { referralDeadlineWorkingDays: 5 } };
    expect(run(kaiInDelivery(), '2025-10-01', policy)).toEqual([]);
    expect(run(kaiInDelivery(), '2025-10-02', policy)).toHaveLength(1);
  });
});
