import { describe, expect, it } from 'vitest';
import {
  ACTIVE,
  DATES,
  DRAFTED,
  event,
  withEvents,
  withRecords,
} from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.agreement-not-recorded';
const asOf = '2025-04-01';
const agreementEvent = (planVersion: number, on: string) =>
  event('plan.agreementRecorded', on, {
    planVersion,
    party: { kind: 'parent-carer', personId: 'pc-mum' },
    status: 'disagreed',
    recordedBy: 'pr-test',
    recordedOn: on,
  });

describe(RULE, () => {
  it('raises nothing while the plan is only drafted', () => {
    expect(findings(DRAFTED.state(), RULE, asOf)).toEqual([]);
  });

  it('raises nothing the day before the plan is activated', () => {
    expect(findings(ACTIVE.state(), RULE, '2025-03-16')).toEqual([]);
  });

  it('warns from the day the plan is activated, per person and version', () => {
    expect(findings(ACTIVE.state(), RULE, DATES.activated)).toMatchObject([
      { severity: 'warning', path: ['people', 'pc-mum', 'plans', 1], evidence: { planVersion: 1 } },
    ]);
  });

  it('is satisfied by a plan.agreementRecorded event, whatever the status', () => {
    expect(
      findings(withEvents(ACTIVE.state(), agreementEvent(1, '2025-03-18')), RULE, asOf),
    ).toEqual([]);
  });

  it('is satisfied by a plan-agreement involvement record', () => {
    const state = withRecords(
      ACTIVE.state(),
      rec({ kind: 'plan-agreement', id: 'pa-1', on: '2025-03-18', planVersion: 1, agreed: true }),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('asks again when a new version becomes active', () => {
    const state = withEvents(
      ACTIVE.state(),
      agreementEvent(1, '2025-03-18'),
      event('review.triggered', '2025-04-28', {
        reviewId: 'rv-1',
        on: '2025-04-28',
        trigger: 'change-in-risk',
      }),
      event('review.completed', '2025-04-30', {
        reviewId: 'rv-1',
        outcome: {
          completedOn: '2025-04-30',
          progress: [],
          decision: 'revise-plan',
          rationale: 'Risk has changed',
          nextReviewDate: '2025-07-30',
        },
      }),
      event('plan.revised', '2025-05-01', {
        version: 2,
        on: '2025-05-01',
        reason: 'change-in-risk',
        plan: { objectives: [], actions: [], plannedContactsPerMonth: 4 },
      }),
      event('plan.signedOff', '2025-05-02', { version: 2, on: '2025-05-02' }, 'pr-manager'),
      event('plan.activated', '2025-05-02', { version: 2, on: '2025-05-02' }),
    );
    expect(findings(state, RULE, '2025-05-02')).toMatchObject([
      { path: ['people', 'pc-mum', 'plans', 2] },
    ]);
  });

  it('does not expect agreement from a parent recorded as not involved', () => {
    const state = withRecords(
      ACTIVE.state(),
      rec({
        kind: 'not-involved',
        id: 'n-1',
        on: '2025-03-05',
        reason: 'safeguarding',
        rationale: 'Strategy meeting decision',
      }),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });
});
