import { describe, expect, it } from 'vitest';
import { disposalIssuesForChild } from '../../src/law.js';
import { parseDisposal } from '../../src/schemas.js';

const order = (convictionDate: string, sentenceDate: string, parentOrderedToAttend: boolean) =>
  parseDisposal({
    id: 'd-1',
    type: 'referral-order',
    convictionDate,
    sentenceDate,
    lengthMonths: 6,
    parentOrderedToAttend,
  });

describe('the duty to order a parent to attend referral order panels (Sentencing Act 2020 s.90)', () => {
  const dob = '2010-03-10';

  it('applies to a child under 16 when the order is made', () => {
    const issues = disposalIssuesForChild(order('2026-02-01', '2026-03-09', false), dob);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['parent_attendance_order_required', ['parentOrderedToAttend']],
    ]);
  });

  it('judges age on the sentence date, not the conviction date', () => {
    expect(disposalIssuesForChild(order('2026-02-01', '2026-03-10', false), dob)).toEqual([]);
  });

  it('is met when the court ordered a parent to attend', () => {
    expect(disposalIssuesForChild(order('2026-02-01', '2026-03-09', true), dob)).toEqual([]);
  });
});
