import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/_lib/calendar.js';
import { disposalEndDate, requirementsOf } from '../../../src/model/disposal/index.js';
import type { Disposal } from '../../../src/model/disposal/schema.js';
import { type OrderVariation, varyOrder } from '../../../src/model/orders/index.js';
import { parseDisposal, parseOrderVariation } from '../../../src/schemas.js';

const yro = parseDisposal({
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate: '2025-02-10',
  sentenceDate: '2025-03-03',
  endDate: '2028-03-02',
  requirements: [
    { id: 'req-sup', kind: 'supervision' },
    { id: 'req-cur', kind: 'curfew', hoursPerDay: 8, months: 3 },
  ],
});

const referral = parseDisposal({
  type: 'referral-order',
  id: 'ro-1',
  convictionDate: '2025-09-03',
  sentenceDate: '2025-09-03',
  startDate: '2025-09-23',
  lengthMonths: 10,
  parentOrderedToAttend: true,
  contract: [{ id: 'c-1', kind: 'specified-activities' }],
});

const breach = (more: Partial<OrderVariation> = {}) =>
  parseOrderVariation({
    order: 'youth-rehabilitation-order',
    orderId: 'yro-1',
    on: '2025-11-04',
    by: 'court',
    reason: 'breach',
    ...more,
  });

const refusal = (d: Disposal, v: OrderVariation) => {
  const r = varyOrder(d, v);
  return r.ok ? [] : r.error.issues.map((i) => [i.path, i.code]);
};

describe('varyOrder: a YRO', () => {
  it('adds unpaid work of 20 hours imposed on breach', () => {
    const upw = { id: 'req-upw', kind: 'unpaid-work', hours: 20, imposedOnBreach: true } as const;
    const r = varyOrder(yro, breach({ added: [upw] }));
    expect(r.ok && 'requirements' in r.value && r.value.requirements.at(-1)).toEqual(upw);
  });

  it('refuses the breach minimum for unpaid work added on application', () => {
    const upw = { id: 'req-upw', kind: 'unpaid-work', hours: 20, imposedOnBreach: true } as const;
    expect(refusal(yro, breach({ reason: 'application', added: [upw] }))).toEqual([
      [['added'], 'order_change_not_allowed'],
      [['added', 0, 'imposedOnBreach'], 'order_change_not_allowed'],
    ]);
  });

  it('refuses a variation that parses but leaves an unlawful order, under resultingOrder', () => {
    const curfew = { id: 'req-cur2', kind: 'curfew', hoursPerDay: 8, months: 13 } as const;
    expect(() => breach({ added: [curfew] })).toThrow();
    const long = {
      id: 'req-la',
      kind: 'local-authority-residence',
      months: 6,
      startDate: '2028-01-01',
    } as const;
    expect(refusal(yro, breach({ added: [long] }))).toEqual([
      [['resultingOrder', 'requirements', 2, 'months'], 'custom'],
    ]);
  });

  it('substitutes an end date past 3 years on breach, keeping the old one', () => {
    const r = varyOrder(yro, breach({ newEndDate: '2028-08-01' }));
    expect(r.ok && disposalEndDate(r.value)).toBe('2028-08-01');
    expect(r.ok && 'endDateBeforeBreach' in r.value && r.value.endDateBeforeBreach).toBe(
      '2028-03-02',
    );
  });

  it('refuses a second substituted end date, and one more than 6 months later', () => {
    const once = varyOrder(yro, breach({ newEndDate: '2028-05-01' }));
    if (!once.ok) throw once.error;
    expect(refusal(once.value, breach({ newEndDate: '2028-06-01' }))).toEqual([
      [['newEndDate'], 'order_change_not_allowed'],
    ]);
    expect(refusal(yro, breach({ newEndDate: '2028-09-03' }))).toEqual([
      [['resultingOrder', 'endDate'], 'custom'],
    ]);
  });

  it('refuses a later end date or new requirements on an application', () => {
    const app = breach({
      reason: 'application',
      newEndDate: '2028-05-01',
      added: [{ id: 'r', kind: 'programme', sessions: 4 }],
    });
    expect(refusal(yro, app)).toEqual([
      [['added'], 'order_change_not_allowed'],
      [['newEndDate'], 'order_change_not_allowed'],
    ]);
  });

  it('replaces a requirement with one of the same kind on application, and refuses another kind', () => {
    const shorter = breach({
      reason: 'application',
      replaced: [{ id: 'req-cur', kind: 'curfew', hoursPerDay: 6, months: 2 }],
    });
    const r = varyOrder(yro, shorter);
    expect(r.ok && requirementsOf(r.value).map((q) => q.kind)).toEqual(['supervision', 'curfew']);
    const other = breach({
      reason: 'application',
      replaced: [{ id: 'req-cur', kind: 'programme', sessions: 3 }],
    });
    expect(refusal(yro, other)).toEqual([[['replaced', 0, 'kind'], 'order_change_not_allowed']]);
  });

  it('removes a requirement, and refuses ids the order does not hold', () => {
    const r = varyOrder(yro, breach({ reason: 'application', removed: ['req-cur'] }));
    expect(r.ok && requirementsOf(r.value).map((q) => q.id)).toEqual(['req-sup']);
    expect(refusal(yro, breach({ removed: ['nope'] }))).toEqual([
      [['removed', 0], 'reference_not_found'],
    ]);
  });

  it('refuses a variation by a panel, outside the order’s life, or for another order', () => {
    expect(refusal(yro, breach({ by: 'youth-offender-panel' }))).toEqual([
      [['by'], 'order_change_not_allowed'],
    ]);
    expect(refusal(yro, breach({ on: '2025-03-01' }))).toEqual([
      [['on'], 'order_change_not_allowed'],
    ]);
    expect(refusal(yro, breach({ orderId: 'other' }))).toEqual([
      [['orderId'], 'reference_not_found'],
    ]);
  });

  it('never changes the order it is given', () => {
    const before = JSON.stringify(yro);
    varyOrder(yro, breach({ newEndDate: '2028-08-01', removed: ['req-cur'] }));
    expect(JSON.stringify(yro)).toBe(before);
  });
});

describe('varyOrder: a referral order', () => {
  const back = (extensionMonths: number) =>
    parseOrderVariation({
      order: 'referral-order',
      orderId: 'ro-1',
      on: '2026-01-12',
      by: 'court',
      reason: 'referral-back',
      extensionMonths,
    });

  it('extends by 2 months on referral back to 12 in all, moving the end date', () => {
    const r = varyOrder(referral, back(2));
    expect(r.ok && disposalEndDate(r.value)).toBe('2026-09-22');
  });

  it('refuses an extension beyond 12 months in all, and more than 3 months at once', () => {
    expect(refusal(referral, back(3))).toEqual([[['extensionMonths'], 'order_change_not_allowed']]);
    expect(() => back(4)).toThrow();
  });

  it('lets the panel add a contract term with the child, but never extend', () => {
    const add = parseOrderVariation({
      order: 'referral-order',
      orderId: 'ro-1',
      on: '2026-01-12',
      by: 'youth-offender-panel',
      reason: 'review',
      added: [{ id: 'c-2', kind: 'meet-specified-persons' }],
    });
    const r = varyOrder(referral, add);
    expect(r.ok && requirementsOf(r.value).map((q) => q.id)).toEqual(['c-1', 'c-2']);
    expect(refusal(referral, { ...back(1), by: 'youth-offender-panel' })).toEqual([
      [['extensionMonths'], 'order_change_not_allowed'],
    ]);
  });

  it('refuses changes to a referral order whose contract is not yet agreed', () => {
    const noContract = parseDisposal({ ...referral, contract: undefined, startDate: undefined });
    expect(refusal(noContract, back(1))).toEqual([[['orderId'], 'order_change_not_allowed']]);
  });

  it('refuses a YRO variation against a referral order', () => {
    expect(refusal(referral, breach({ orderId: 'ro-1', on: '2026-01-12' }))).toEqual([
      [['order'], 'order_change_not_allowed'],
    ]);
  });
});

describe('varyOrder properties', () => {
  it('accepts a substituted end date exactly when it is after the old one and at most 6 months later', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 400 }), (days) => {
        const d = new Date(Date.UTC(2028, 2, 2) + days * 86_400_000).toISOString().slice(0, 10);
        const r = varyOrder(yro, breach({ newEndDate: d }));
        const lawful = d > '2028-03-02' && d <= addMonths('2028-03-02', 6);
        return r.ok === lawful;
      }),
    );
  });

  it('extends a referral order exactly when the total stays within 12 months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (length, ext) => {
          const order = parseDisposal({ ...referral, lengthMonths: length });
          const r = varyOrder(order, {
            order: 'referral-order',
            orderId: 'ro-1',
            on: '2025-12-01',
            by: 'court',
            reason: 'referral-back',
            extensionMonths: ext,
          });
          return r.ok === length + ext <= 12;
        },
      ),
    );
  });
});
