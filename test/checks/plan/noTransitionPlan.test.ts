import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withPlan } from './_fixtures.js';

const RULE = 'plan.no-transition-plan';
// A 6-month referral order whose contract is agreed on 2025-09-23, so it ends on 2026-03-22;
// the default notice is 26 weeks before the 18th birthday. The plan's exit plan names no transition.

const bornOn = (dateOfBirth: string) =>
  aCase({ start: '2025-09-02' })
    .child({ dateOfBirth })
    .active({
      contractAgreedOn: '2025-09-23',
      activatedOn: '2025-09-24',
      exitPlan: { continuingServices: [] },
    })
    .state();

describe(RULE, () => {
  it('says nothing when the child turns 18 the day after the order ends', () => {
    expect(findingsOf(bornOn('2008-03-23'), RULE)).toEqual([]);
  });

  it('flags an order still in force on the 18th birthday with no transition planned', () => {
    const [finding] = findingsOf(bornOn('2008-03-22'), RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'exitPlan', 'transitionToAdultServices'],
      evidence: { disposalEndDate: '2026-03-22', noticeWeeks: 26 },
    });
    expect(JSON.stringify(finding)).not.toContain('2008');
  });

  it('starts at the notice period before the birthday', () => {
    // 18 on 2026-03-22; 24 weeks before is 2025-10-05 (the contract, agreed on 2025-09-23, has
    // fixed the order's end by then).
    const policy = { plan: { transitionNoticeWeeks: 24 } };
    expect(findingsOf(bornOn('2008-03-22'), RULE, { asOf: '2025-10-04', policy })).toEqual([]);
    expect(findingsOf(bornOn('2008-03-22'), RULE, { asOf: '2025-10-05', policy })).toHaveLength(1);
  });

  it('waits for a referral order’s contract, which fixes the day the order ends', () => {
    // In the notice period from 2025-09-21, but the order has no end until the panel agrees it.
    expect(findingsOf(bornOn('2008-03-22'), RULE, { asOf: '2025-09-22' })).toEqual([]);
    expect(findingsOf(bornOn('2008-03-22'), RULE, { asOf: '2025-09-23' })).toHaveLength(1);
  });

  it('counts a child born on 29 February as 18 on 1 March in a common year', () => {
    // 18 on 2026-03-01 (not 28 February): the notice period starts on 2025-08-31.
    expect(findingsOf(bornOn('2008-02-29'), RULE, { asOf: '2025-08-30' })).toEqual([]);
    expect(findingsOf(bornOn('2008-02-29'), RULE, { asOf: '2025-08-31' })).toHaveLength(1);
  });

  it('passes once the transition to adult services is planned', () => {
    const state = withPlan(bornOn('2008-03-22'), (p) => ({
      ...p,
      exitPlan: {
        continuingServices: [],
        transitionToAdultServices: { agency: 'probation', plannedOn: '2026-02-01' },
      },
    }));
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('respects a recorded decision to keep the case to the order’s end', () => {
    // 0.1.0 reported every order in force on the 18th birthday.
    const kept = withPlan(bornOn('2008-03-22'), (p) => ({
      ...p,
      exitPlan: {
        continuingServices: [],
        retainedUntilOrderEnds: {
          decidedOn: '2025-09-01',
          reason: 'The order ends on the birthday; the youth service keeps the case to the end',
        },
      },
    }));
    expect(findingsOf(kept, RULE)).toEqual([]);
    expect(findingsOf(bornOn('2008-03-22'), RULE)[0]?.message).toContain(
      'nor a decision to keep the case to its end',
    );
  });
});
