import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { replay } from '../../../src/lifecycle/replay.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { aCase, workedExampleEvents } from '../../../src/testing/index.js';
import { add } from '../../delivery/fixtures.js';

const RULE = 'delivery.waiting-too-long';
/** A referral order in delivery as the testing kit builds it: `act-ete-1` is the inclusion team's. */
const inDelivery = (): CaseState => aCase().referralOrder().active().state();
const run = (state: CaseState, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/** A referral made on 25 September 2025, on a waiting list from 2 October. */
function waiting() {
  const state = add(inDelivery(), 'referral.made', '2025-09-25', {
    referralId: 'r-ete',
    on: '2025-09-25',
    agency: 'education',
    service: 'Inclusion team',
    actionId: 'act-ete-1',
  });
  return add(state, 'referral.updated', '2025-10-02', {
    referralId: 'r-ete',
    on: '2025-10-02',
    status: 'waiting-list',
  });
}

describe('delivery.waiting-too-long', () => {
  it('passes at 42 days since the referral (the policy maximum)', () => {
    expect(run(waiting(), '2025-11-06')).toEqual([]);
  });

  it('reports a referral still on the waiting list at 43 days', () => {
    expect(run(waiting(), '2025-11-07')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: 'A referral has waited 43 days for the service to start (policy: at most 42)',
        path: ['referrals', 'r-ete'],
        evidence: {
          referralId: 'r-ete',
          agency: 'education',
          status: 'waiting-list',
          madeOn: '2025-09-25',
          days: 43,
          maxDays: 42,
          actionId: 'act-ete-1',
        },
      },
    ]);
  });

  it('reports a referral the agency has not answered', () => {
    const state = add(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-x',
      on: '2025-09-25',
      agency: 'health',
      service: 'Speech and language therapy',
    });
    expect(run(state, '2025-11-07')).toMatchObject([{ evidence: { status: 'made' } }]);
  });

  it('passes a referral that has started, or was accepted with a start to come', () => {
    const started = add(waiting(), 'referral.updated', '2025-11-03', {
      referralId: 'r-ete',
      on: '2025-11-03',
      status: 'started',
    });
    expect(run(started, '2026-01-01')).toEqual([]);
    const accepted = add(waiting(), 'referral.updated', '2025-11-03', {
      referralId: 'r-ete',
      on: '2025-11-03',
      status: 'accepted',
    });
    expect(run(accepted, '2026-01-01')).toEqual([]);
  });

  it('uses the YOS’s maximum', () => {
    expect(run(waiting(), '2025-10-26', { delivery: { waitingListMaxDays: 30 } })).toHaveLength(1);
  });

  it('passes the worked example, whose waiting-list place started after 39 days', () => {
    expect(run(replay(workedExampleEvents()), '2026-03-31')).toEqual([]);
  });
});
