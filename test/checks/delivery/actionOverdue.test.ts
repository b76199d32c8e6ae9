import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { aCase } from '../../../src/testing/index.js';
import { add } from '../../delivery/fixtures.js';
import { withPlan } from '../plan/_fixtures.js';

const RULE = 'delivery.action-overdue';
const run = (state: CaseState, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/**
 * A referral order in delivery as the testing kit builds it, whose education placement
 * (`act-ete-1`, the inclusion team's) is due on 10 October 2025 and every other action on
 * 31 October.
 */
const inDelivery = (): CaseState =>
  withPlan(aCase().referralOrder().active().state(), (p) => ({
    ...p,
    actions: p.actions.map((a) => ({
      ...a,
      dueDate: a.id === 'act-ete-1' ? '2025-10-10' : '2025-10-31',
    })),
  }));
describe('delivery.action-overdue', () => {
  it('passes on the due date', () => {
    expect(run(inDelivery(), '2025-10-10')).toEqual([]);
  });

  it('reports an action still planned the day after its due date', () => {
    expect(run(inDelivery(), '2025-10-11')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: 'An action is 1 day past its due date and still planned',
        path: ['plan', 'actions', 'act-ete-1'],
        evidence: {
          actionId: 'act-ete-1',
          status: 'planned',
          dueDate: '2025-10-10',
          daysOverdue: 1,
          owner: 'partner-agency',
        },
      },
    ]);
  });

  it('reports an action in progress, with the status of its referral', () => {
    let state = add(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-ete',
      on: '2025-09-25',
      agency: 'education',
      service: 'Inclusion team',
      actionId: 'act-ete-1',
    });
    state = add(state, 'referral.updated', '2025-10-02', {
      referralId: 'r-ete',
      on: '2025-10-02',
      status: 'waiting-list',
    });
    state = add(state, 'action.statusChanged', '2025-10-02', {
      actionId: 'act-ete-1',
      on: '2025-10-02',
      status: 'in-progress',
    });
    expect(run(state, '2025-10-20')).toMatchObject([
      { evidence: { status: 'in-progress', referralStatus: 'waiting-list' } },
    ]);
  });

  it('passes an action done, not delivered with a reason, or cancelled', () => {
    for (const status of ['done', 'cancelled'] as const) {
      const state = add(inDelivery(), 'action.statusChanged', '2025-10-09', {
        actionId: 'act-ete-1',
        on: '2025-10-09',
        status,
      });
      expect(run(state, '2025-10-20')).toEqual([]);
    }
    const notDelivered = add(inDelivery(), 'action.statusChanged', '2025-10-09', {
      actionId: 'act-ete-1',
      on: '2025-10-09',
      status: 'not-delivered',
      notDelivered: { reason: 'waiting-list' },
    });
    expect(run(notDelivered, '2025-10-20')).toEqual([]);
  });

  it('allows the policy’s days of grace', () => {
    const policy = { delivery: { actionOverdueGraceDays: 7 } };
    expect(run(inDelivery(), '2025-10-17', policy)).toEqual([]);
    expect(run(inDelivery(), '2025-10-18', policy)).toHaveLength(1);
  });
});
