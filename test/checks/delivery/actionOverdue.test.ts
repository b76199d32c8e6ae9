import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { add, kaiInDelivery } from '../../delivery/fixtures.js';

const RULE = 'delivery.action-overdue';
const run = (state: ReturnType<typeof kaiInDelivery>, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

// `act-pru-place` is due on 10 October 2025; the next action falls due on 31 October.
describe('delivery.action-overdue', () => {
  it('passes on the due date', () => {
    expect(run(kaiInDelivery(), '2025-10-10')).toEqual([]);
  });

  it('reports an action still planned the day after its due date', () => {
    expect(run(kaiInDelivery(), '2025-10-11')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: 'An action is 1 day past its due date and still planned',
        path: ['plan', 'actions', 'act-pru-place'],
        evidence: {
          actionId: 'act-pru-place',
          status: 'planned',
          dueDate: '2025-10-10',
          daysOverdue: 1,
          owner: 'partner-agency',
        },
      },
    ]);
  });

  it('reports an action in progress, with the status of its referral', () => {
    let state = add(kaiInDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-pru',
      on: '2025-09-25',
      agency: 'education',
      service: 'Pupil referral unit',
      actionId: 'act-pru-place',
    });
    state = add(state, 'referral.updated', '2025-10-02', {
      referralId: 'r-pru',
      on: '2025-10-02',
      status: 'waiting-list',
    });
    state = add(state, 'action.statusChanged', '2025-10-02', {
      actionId: 'act-pru-place',
      on: '2025-10-02',
      status: 'in-progress',
    });
    expect(run(state, '2025-10-20')).toMatchObject([
      { evidence: { status: 'in-progress', referralStatus: 'waiting-list' } },
    ]);
  });

  it('passes an action done, not delivered with a reason, or cancelled', () => {
    for (const status of ['done', 'cancelled'] as const) {
      const state = add(kaiInDelivery(), 'action.statusChanged', '2025-10-09', {
        actionId: 'act-pru-place',
        on: '2025-10-09',
        status,
      });
      expect(run(state, '2025-10-20')).toEqual([]);
    }
    const notDelivered = add(kaiInDelivery(), 'action.statusChanged', '2025-10-09', {
      actionId: 'act-pru-place',
      on: '2025-10-09',
      status: 'not-delivered',
      notDelivered: { reason: 'waiting-list' },
    });
    expect(run(notDelivered, '2025-10-20')).toEqual([]);
  });

  it('allows the policy’s days of grace', () => {
    const policy = { delivery: { actionOverdueGraceDays: 7 } };
    expect(run(kaiInDelivery(), '2025-10-17', policy)).toEqual([]);
    expect(run(kaiInDelivery(), '2025-10-18', policy)).toHaveLength(1);
  });
});
