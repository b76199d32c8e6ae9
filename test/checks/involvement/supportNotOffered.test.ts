import { describe, expect, it } from 'vitest';
import { aFactor } from '../../../src/testing/index.js';
import { ACTIVE, DATES, event, withEvents, withRecords } from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.support-not-offered';
const DUE = '2025-04-08'; // signed off 2025-03-11 + 28 days
const AFTER = '2025-04-09';
const family = (domain: 'parenting' | 'family-and-relationships' = 'parenting') =>
  ACTIVE.assessed({ factors: [aFactor({ id: 'f-1', domain: domain })] }).state();

describe(RULE, () => {
  it('does not apply when the assessment found no parenting or family factor', () => {
    expect(
      findings(
        ACTIVE.assessed({ factors: [aFactor({ id: 'f-1', domain: 'substance-use' })] }).state(),
        RULE,
        '2025-12-01',
      ),
    ).toEqual([]);
  });

  it('raises nothing until the 28th day after sign-off', () => {
    expect(findings(family(), RULE, DUE)).toEqual([]);
  });

  it('warns from the 29th day after sign-off', () => {
    expect(findings(family(), RULE, AFTER)).toMatchObject([
      {
        severity: 'warning',
        path: ['involvement', 'support'],
        evidence: { assessmentId: 'a-1', factorIds: ['f-1'], dueBy: DUE },
      },
    ]);
  });

  it('applies to family-and-relationships factors too', () => {
    expect(findings(family('family-and-relationships'), RULE, AFTER)).toHaveLength(1);
  });

  it('is satisfied by support offered, even if declined', () => {
    const offered = rec({
      kind: 'support-offered',
      id: 's-1',
      on: DATES.activated,
      support: 'parenting-programme',
    });
    const declined = rec({
      kind: 'support-declined',
      id: 's-2',
      on: DATES.activated,
      support: 'family-support',
    });
    expect(findings(withRecords(family(), offered), RULE, AFTER)).toEqual([]);
    expect(findings(withRecords(family(), declined), RULE, AFTER)).toEqual([]);
  });

  it('is satisfied by a parenting contract or a parenting order', () => {
    const contract = rec({
      kind: 'parenting-contract-agreed',
      id: 'pc-1',
      on: DATES.activated,
      until: '2025-09-17',
    });
    const order = rec({
      kind: 'parenting-order-made',
      id: 'po-1',
      on: DATES.activated,
      months: 6,
      programmeMonths: 3,
    });
    expect(findings(withRecords(family(), contract), RULE, AFTER)).toEqual([]);
    expect(findings(withRecords(family(), order), RULE, AFTER)).toEqual([]);
  });

  it('does not count an offer that was invalidated', () => {
    const state = withEvents(
      withRecords(
        family(),
        rec({ kind: 'support-offered', id: 's-1', on: DATES.activated, support: 'other' }),
      ),
      event('involvement.invalidated', '2025-03-20', {
        recordId: 's-1',
        on: '2025-03-20',
        reason: 'Not offered after all',
      }),
    );
    expect(findings(state, RULE, AFTER)).toHaveLength(1);
  });

  it('follows the policy days', () => {
    const policy = { involvement: { supportOfferWithinDays: 0 } };
    expect(findings(family(), RULE, DATES.signedOff, policy)).toEqual([]);
    expect(findings(family(), RULE, '2025-03-12', policy)).toHaveLength(1);
  });

  it('does not apply when every parent/carer has a reason not to be involved', () => {
    const state = withRecords(
      family(),
      rec({
        kind: 'not-involved',
        id: 'n-1',
        on: DATES.activated,
        reason: 'estranged',
        rationale: 'Left when child was 2',
      }),
    );
    expect(findings(state, RULE, AFTER)).toEqual([]);
  });
});
