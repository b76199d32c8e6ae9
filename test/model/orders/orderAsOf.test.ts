import { describe, expect, it } from 'vitest';
import { disposalEndDate, requirementsOf } from '../../../src/model/disposal/index.js';
import { orderAsOf } from '../../../src/model/orders/index.js';
import {
  parseDisposal,
  parseOrderVariation,
  parseReferralOrderContract,
  parseRevocation,
} from '../../../src/schemas.js';

const yro = parseDisposal({
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate: '2025-02-10',
  sentenceDate: '2025-03-03',
  endDate: '2026-03-02',
  requirements: [{ id: 'req-sup', kind: 'supervision' }],
});

const amendment = parseOrderVariation({
  order: 'youth-rehabilitation-order',
  orderId: 'yro-1',
  on: '2025-11-04',
  by: 'court',
  reason: 'breach',
  added: [{ id: 'req-cur', kind: 'curfew', hoursPerDay: 8, months: 3 }],
  newEndDate: '2026-06-01',
});

describe('orderAsOf', () => {
  it('sees the order as it was before a variation, and as varied after it', () => {
    const before = orderAsOf(yro, { variations: [amendment] }, '2025-10-01');
    expect(before.ok && requirementsOf(before.value.order).map((r) => r.id)).toEqual(['req-sup']);
    const after = orderAsOf(yro, { variations: [amendment] }, '2025-11-04');
    expect(after.ok && requirementsOf(after.value.order).map((r) => r.id)).toEqual([
      'req-sup',
      'req-cur',
    ]);
    expect(after.ok && disposalEndDate(after.value.order)).toBe('2026-06-01');
  });

  it('keeps the order in force to its substituted end date, and no longer', () => {
    const inForceOn = (d: string) => {
      const r = orderAsOf(yro, { variations: [amendment] }, d);
      return r.ok && r.value.inForce;
    };
    expect(inForceOn('2026-06-01')).toBe(true);
    expect(inForceOn('2026-06-02')).toBe(false);
  });

  it('ends the order the day before it is revoked', () => {
    const revocation = parseRevocation({
      orderId: 'yro-1',
      revokedOn: '2025-12-01',
      reason: 'breach',
    });
    const last = orderAsOf(yro, { revocation }, '2025-11-30');
    const revoked = orderAsOf(yro, { revocation }, '2025-12-01');
    expect(last.ok && last.value.inForce).toBe(true);
    expect(revoked.ok && revoked.value.inForce).toBe(false);
  });

  it('runs a referral order from its contract once agreed, and not before', () => {
    const ro = parseDisposal({
      type: 'referral-order',
      id: 'ro-1',
      convictionDate: '2025-09-03',
      sentenceDate: '2025-09-03',
      lengthMonths: 6,
      parentOrderedToAttend: true,
    });
    const contract = parseReferralOrderContract({
      orderId: 'ro-1',
      agreedOn: '2025-09-23',
      terms: [{ id: 'c-1', kind: 'specified-activities' }],
      agreedBy: {
        child: true,
        panelMembers: [
          { id: 'p-1', role: 'yos-member' },
          { id: 'p-2', role: 'community-member' },
          { id: 'p-3', role: 'community-member' },
        ],
      },
    });
    const before = orderAsOf(ro, { contract }, '2025-09-10');
    const after = orderAsOf(ro, { contract }, '2025-09-23');
    expect(before.ok && disposalEndDate(before.value.order)).toBe('2026-03-02');
    expect(after.ok && disposalEndDate(after.value.order)).toBe('2026-03-22');
  });

  it('fails with the first variation the law refuses', () => {
    const twice = parseOrderVariation({
      ...amendment,
      on: '2025-12-01',
      added: undefined,
      newEndDate: '2026-07-01',
    });
    const r = orderAsOf(yro, { variations: [twice, amendment] }, '2026-01-01');
    expect(r.ok ? [] : r.error.issues.map((i) => [i.path, i.code])).toEqual([
      [['newEndDate'], 'order_change_not_allowed'],
    ]);
  });
});
