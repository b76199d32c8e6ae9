import { describe, expect, it } from 'vitest';
import { InvolvementRecordSchema, NOT_INVOLVED_MIN_AGE } from '../../src/model/involvement.js';
import { ContactRestrictionSchema, ParentCarerSchema } from '../../src/model/parentCarer.js';

const restriction = { kind: 'no-contact', reason: 'Court order', source: 'court-order' } as const;

describe('ContactRestrictionSchema', () => {
  it('accepts a restriction that starts and ends on the same day', () => {
    expect(
      ContactRestrictionSchema.safeParse({
        ...restriction,
        from: '2025-01-01',
        until: '2025-01-01',
      }).success,
    ).toBe(true);
  });

  it('rejects a restriction that ends before it starts, at the end date', () => {
    const r = ContactRestrictionSchema.safeParse({
      ...restriction,
      from: '2025-01-02',
      until: '2025-01-01',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['until']);
  });

  it('keeps an opaque reference to the order or decision', () => {
    expect(
      ContactRestrictionSchema.parse({ ...restriction, sourceRef: 'order-123' }).sourceRef,
    ).toBe('order-123');
  });
});

describe('ParentCarerSchema', () => {
  it('defaults restrictions to none', () => {
    expect(
      ParentCarerSchema.parse({
        id: 'pc-1',
        role: 'foster-carer',
        relationship: 'foster carer',
        parentalResponsibility: false,
      }).restrictions,
    ).toEqual([]);
  });

  it('rejects contact details: only an opaque reference is held', () => {
    const r = ParentCarerSchema.safeParse({
      id: 'pc-1',
      role: 'parent',
      relationship: 'mother',
      parentalResponsibility: true,
      phone: '07700 900000',
    });
    expect(r.success).toBe(false);
  });
});

describe('InvolvementRecordSchema', () => {
  const base = { id: 'r-1', personId: 'pc-1', on: '2025-03-10' };

  it('accepts a parenting contract that ends the day after it is agreed', () => {
    expect(
      InvolvementRecordSchema.safeParse({
        ...base,
        kind: 'parenting-contract-agreed',
        until: '2025-03-11',
      }).success,
    ).toBe(true);
  });

  it('rejects a parenting contract that ends the day it is agreed', () => {
    const r = InvolvementRecordSchema.safeParse({
      ...base,
      kind: 'parenting-contract-agreed',
      until: '2025-03-10',
    });
    expect(r.error?.issues[0]?.path).toEqual(['until']);
  });

  it('accepts a parenting order of 12 months with a 3-month programme and rejects 13 months', () => {
    const order = { ...base, kind: 'parenting-order-made', months: 12, programmeMonths: 3 };
    expect(InvolvementRecordSchema.safeParse(order).success).toBe(true);
    expect(InvolvementRecordSchema.safeParse({ ...order, months: 13 }).success).toBe(false);
  });

  it('rejects a guidance programme longer than the parenting order', () => {
    const r = InvolvementRecordSchema.safeParse({
      ...base,
      kind: 'parenting-order-made',
      months: 2,
      programmeMonths: 3,
    });
    expect(r.error?.issues[0]?.path).toEqual(['programmeMonths']);
  });

  it('requires the plan version on a copy of the plan', () => {
    expect(InvolvementRecordSchema.safeParse({ ...base, kind: 'plan-copy-given' }).success).toBe(
      false,
    );
  });

  it('requires a reason for non-attendance', () => {
    expect(
      InvolvementRecordSchema.safeParse({ ...base, kind: 'did-not-attend', meeting: 'panel' })
        .success,
    ).toBe(false);
  });

  it('names the ages the child must have reached for age-bound reasons', () => {
    expect(NOT_INVOLVED_MIN_AGE).toEqual({ 'child-18-or-over': 18, 'childs-wish': 16 });
  });
});
