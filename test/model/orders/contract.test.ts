import { describe, expect, it } from 'vitest';
import { disposalEndDate, requirementsOf } from '../../../src/model/disposal/index.js';
import type { DisposalOf } from '../../../src/model/disposal/schema.js';
import { contractIssues, withContract } from '../../../src/model/orders/index.js';
import {
  parseDisposal,
  parseReferralOrderContract,
  safeParseReferralOrderContract,
} from '../../../src/schemas.js';

const order = parseDisposal({
  type: 'referral-order',
  id: 'ro-1',
  convictionDate: '2025-09-03',
  sentenceDate: '2025-09-03',
  lengthMonths: 6,
  parentOrderedToAttend: true,
}) as DisposalOf<'referral-order'>;

const panel = [
  { id: 'p-1', role: 'yos-member' },
  { id: 'p-2', role: 'community-member' },
  { id: 'p-3', role: 'community-member' },
];

const contract = {
  orderId: 'ro-1',
  agreedOn: '2025-09-23',
  terms: [
    { id: 'c-1', kind: 'reparation-to-victim', victimConsented: true },
    { id: 'c-2', kind: 'attend-education-or-work' },
  ],
  agreedBy: { child: true, parentsCarers: ['pc-mum'], panelMembers: panel },
};

const pathsOf = (input: unknown) => {
  const r = safeParseReferralOrderContract(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path);
};

describe('a youth offender contract agreed at the panel', () => {
  it('accepts terms agreed by the child, a parent and a full panel', () => {
    expect(pathsOf(contract)).toEqual([]);
  });

  it('refuses a contract the child did not agree, or with no terms', () => {
    expect(pathsOf({ ...contract, agreedBy: { ...contract.agreedBy, child: false } })).toEqual([
      ['agreedBy', 'child'],
    ]);
    expect(pathsOf({ ...contract, terms: [] })).toEqual([['terms']]);
  });

  it('refuses electronic monitoring and victim terms without consent, at the term', () => {
    const bad = {
      ...contract,
      terms: [
        { id: 'c-1', kind: 'mediation-with-victim' },
        { id: 'c-2', kind: 'electronic-monitoring' },
      ],
    };
    expect(pathsOf(bad)).toEqual([
      ['terms', 0, 'victimConsented'],
      ['terms', 1, 'kind'],
    ]);
  });

  it('refuses a panel without a youth offending team member and two community members', () => {
    const short = {
      ...contract,
      agreedBy: { ...contract.agreedBy, panelMembers: panel.slice(0, 2) },
    };
    expect(pathsOf(short)).toEqual([['agreedBy', 'panelMembers']]);
  });

  it('runs the order from the day the contract was agreed, with the terms as its requirements', () => {
    expect(disposalEndDate(order)).toBe('2026-03-02');
    const agreed = withContract(order, parseReferralOrderContract(contract));
    expect(disposalEndDate(agreed)).toBe('2026-03-22');
    expect(requirementsOf(agreed).map((r) => r.id)).toEqual(['c-1', 'c-2']);
    expect(order.contract).toBeUndefined();
  });

  it('reports a contract for another order, dated before sentence, or when one is already agreed', () => {
    const c = parseReferralOrderContract(contract);
    expect(contractIssues(order, c)).toEqual([]);
    expect(contractIssues(order, { ...c, orderId: 'ro-2' }).map((i) => [i.path, i.code])).toEqual([
      [['orderId'], 'reference_not_found'],
    ]);
    expect(contractIssues(order, { ...c, agreedOn: '2025-09-01' }).map((i) => i.code)).toEqual([
      'order_change_not_allowed',
    ]);
    expect(contractIssues(withContract(order, c), c).map((i) => i.code)).toEqual([
      'order_change_not_allowed',
    ]);
  });
});
