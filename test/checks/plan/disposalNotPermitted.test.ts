import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withRecord } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'disposal.not-permitted';

describe(RULE, () => {
  it('passes for the worked example’s referral order', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a referral order for a child under 16 with no parent ordered to attend', () => {
    const disposal = { ...base.record.disposal, parentOrderedToAttend: false } as Disposal;
    const [finding] = findingsOf(
      withRecord(base, (r) => ({ ...r, disposal })),
      RULE,
    );
    expect(finding).toMatchObject({
      severity: 'error',
      path: ['disposal', 'parentOrderedToAttend'],
      evidence: { disposalType: 'referral-order', code: 'parent_attendance_order_required' },
    });
  });

  it('flags a youth caution for a child under 10 at the decision, and not one aged 10', () => {
    const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
    const aged = (dateOfBirth: string) =>
      withRecord(base, (r) => ({ ...r, disposal: caution, child: { ...r.child, dateOfBirth } }));
    expect(findingsOf(aged('2015-09-02'), RULE)).toEqual([]);
    expect(findingsOf(aged('2015-09-03'), RULE)[0]?.evidence).toMatchObject({
      code: 'disposal_age',
    });
  });

  it('never states the child’s age or date of birth', () => {
    const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
    const state = withRecord(base, (r) => ({
      ...r,
      disposal: caution,
      child: { ...r.child, dateOfBirth: '2016-04-01' },
    }));
    const text = JSON.stringify(findingsOf(state, RULE));
    expect(text).not.toContain('2016');
    expect(text).not.toMatch(/aged 9\b/);
  });
});
