import { describe, expect, it } from 'vitest';
import {
  ACTIVE,
  ASSESSED,
  DATES,
  DRAFTED,
  event,
  MUM,
  REFERRAL_ORDER,
  withEvents,
  withRecords,
} from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.not-invited-to-planning';
const asOf = '2025-04-01';
const invite = (meeting: string, id = 'i-1') =>
  rec({ kind: 'invited', id, on: '2025-03-12', meeting });

describe(RULE, () => {
  it('raises nothing before a plan is drafted', () => {
    expect(findings(ASSESSED.state(), RULE, asOf)).toEqual([]);
  });

  it('warns when a plan is drafted and no parent/carer was invited', () => {
    const [f, ...rest] = findings(DRAFTED.state(), RULE, asOf);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['involvement', 'planning'],
      evidence: { planVersion: 1, draftedOn: DATES.drafted, personIds: ['pc-mum'] },
    });
  });

  it('is satisfied by an invitation to a planning meeting', () => {
    expect(findings(withRecords(ACTIVE.state(), invite('planning-meeting')), RULE, asOf)).toEqual(
      [],
    );
  });

  it('is satisfied by attendance at a planning meeting without a recorded invitation', () => {
    const state = withRecords(
      ACTIVE.state(),
      rec({ kind: 'attended', id: 'a-1', on: '2025-03-13', meeting: 'planning-meeting' }),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('counts an invitation to the panel for a referral order, but not for a YRO', () => {
    expect(
      findings(withRecords(ACTIVE.disposal(REFERRAL_ORDER).state(), invite('panel')), RULE, asOf),
    ).toEqual([]);
    expect(findings(withRecords(ACTIVE.state(), invite('panel')), RULE, asOf)).toHaveLength(1);
  });

  it('does not count an invitation to a review', () => {
    expect(findings(withRecords(ACTIVE.state(), invite('review')), RULE, asOf)).toHaveLength(1);
  });

  it('does not count an invitation that was invalidated', () => {
    const state = withEvents(
      withRecords(ACTIVE.state(), invite('planning-meeting')),
      event('involvement.invalidated', '2025-03-20', {
        recordId: 'i-1',
        on: '2025-03-20',
        reason: 'Wrong case',
      }),
    );
    expect(findings(state, RULE, asOf)).toHaveLength(1);
  });

  it('applies to a child of 17 on the day the plan is drafted and not to one who is 18 that day', () => {
    expect(findings(ACTIVE.child({ dateOfBirth: '2007-03-15' }).state(), RULE, asOf)).toHaveLength(
      1,
    );
    expect(findings(ACTIVE.child({ dateOfBirth: '2007-03-14' }).state(), RULE, asOf)).toEqual([]);
  });

  it('follows the policy age: with 16, not for a 16-year-old, still for a 15-year-old', () => {
    const policy = { involvement: { involvementExpectedBelowAge: 16 } };
    expect(
      findings(ACTIVE.child({ dateOfBirth: '2009-03-14' }).state(), RULE, asOf, policy),
    ).toEqual([]);
    expect(
      findings(ACTIVE.child({ dateOfBirth: '2009-03-15' }).state(), RULE, asOf, policy),
    ).toHaveLength(1);
  });

  it('is satisfied when every parent/carer has a recorded reason not to be involved', () => {
    const state = withRecords(
      ACTIVE.state(),
      rec({
        kind: 'not-involved',
        id: 'n-1',
        on: '2025-03-05',
        reason: 'estranged',
        rationale: 'No contact for years',
      }),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('names only the parents/carers without a reason', () => {
    const dad = {
      id: 'pc-dad',
      role: 'parent',
      relationship: 'father',
      parentalResponsibility: true,
    } as const;
    const state = withRecords(
      ACTIVE.parentCarers([MUM, dad]).state(),
      rec({
        kind: 'not-involved',
        id: 'n-1',
        on: '2025-03-05',
        reason: 'estranged',
        rationale: 'No contact for years',
      }),
    );
    expect(findings(state, RULE, asOf)[0]?.evidence.personIds).toEqual(['pc-dad']);
  });

  it('warns when no parent or carer is recorded at all', () => {
    const [f] = findings(ACTIVE.parentCarers([]).state(), RULE, asOf);
    expect(f?.message).toMatch(/No parent or carer is recorded/);
  });

  it('reports the finding as overridden once a practitioner records why', () => {
    const state = withEvents(
      ACTIVE.state(),
      event('finding.overridden', '2025-03-20', {
        rule: RULE,
        target: 'involvement/planning',
        rationale: 'Mother invited by phone; record to follow',
        on: '2025-03-20',
      }),
    );
    expect(findings(state, RULE, asOf)[0]?.overridden?.rationale).toMatch(/invited by phone/);
  });
});
