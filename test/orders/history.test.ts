import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../src/model/disposal/index.js';
import { aCase } from '../../src/testing/index.js';
import { findingsOf, withExtraObjectives, withRecord } from '../checks/plan/_fixtures.js';
import { add, tryAdd } from '../delivery/fixtures.js';

// Checks that judge the law from the offences and earlier disposals a case records.

/**
 * A child born on 20 January 2010 (who reaches the end of compulsory school age in June 2026),
 * convicted on 2 September 2025, in delivery with their mother `pc-1`.
 */
const inDelivery = aCase({ start: '2025-09-02' })
  .child({ dateOfBirth: '2010-01-20' })
  .active()
  .state();

/**
 * The case judged under `disposal` with the earlier disposals given; `extra` objectives with no
 * action yet are added to the one of the plan that asks something of the child (its own action).
 */
const withHistory = (disposal: Disposal, earlierDisposals: unknown[], extra = 2) =>
  withRecord(withExtraObjectives(inDelivery, extra), (r) => ({
    ...r,
    disposal,
    offences: [
      {
        id: 'off-1',
        committedOn: '2025-08-01',
        category: 'theft-and-handling',
        plea: 'guilty',
        court: 'youth-court',
        convictedOn: '2025-09-02',
        imprisonable: true,
      },
    ],
    earlierDisposals: earlierDisposals as never,
  }));

describe('first out-of-court disposal, from the earlier disposals recorded', () => {
  const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
  const RULE = 'plan.exceeds-proportionate-load';

  it('keeps a caution light touch when the record shows nothing before it', () => {
    expect(findingsOf(withHistory(caution, []), RULE)[0]?.evidence).toMatchObject({
      maximum: 2,
      firstOutOfCourtDisposal: true,
    });
  });

  it('holds it to the level when an earlier disposal is recorded', () => {
    const earlier = [{ id: 'h-1', type: 'community-resolution', on: '2024-05-01' }];
    expect(findingsOf(withHistory(caution, earlier), RULE)).toEqual([]);
  });
});

describe('conditional discharge after youth cautions', () => {
  const cd: Disposal = {
    type: 'conditional-discharge',
    id: 'cd-1',
    convictionDate: '2025-09-02',
    sentenceDate: '2025-09-02',
    lengthMonths: 12,
  };
  const RULE = 'disposal.not-permitted';
  const cautions = (...on: string[]) =>
    on.map((d, i) => ({ id: `yc-${i}`, type: 'youth-caution', on: d }));

  it('warns after two youth cautions, the last within two years before the offence', () => {
    const [finding] = findingsOf(withHistory(cd, cautions('2023-01-10', '2024-03-01')), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['disposal', 'type'],
      evidence: { code: 'conditional_discharge_restricted' },
    });
  });

  it('says nothing after one caution, or when the last was more than two years before', () => {
    expect(findingsOf(withHistory(cd, cautions('2024-03-01')), RULE)).toEqual([]);
    expect(findingsOf(withHistory(cd, cautions('2022-01-10', '2023-06-01')), RULE)).toEqual([]);
  });
});

describe('an education requirement with the child’s residence not recorded', () => {
  const yro = (residentInEngland?: boolean): Disposal =>
    ({
      type: 'youth-rehabilitation-order',
      id: 'd-yro',
      convictionDate: '2025-09-02',
      sentenceDate: '2025-09-02',
      endDate: '2026-09-01',
      requirements: [
        {
          id: 'req-edu',
          kind: 'education',
          months: 12,
          ...(residentInEngland !== undefined && { residentInEngland }),
        },
      ],
    }) as Disposal;
  const RULE = 'disposal.requirement-not-permitted';
  // The child (born 2010-01-20) reaches the end of compulsory school age in June 2026.
  const on = (disposal: Disposal) => withRecord(inDelivery, (r) => ({ ...r, disposal }));

  it('is a warning naming the field, not a silent assumption', () => {
    const [finding] = findingsOf(on(yro()), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['disposal', 'requirements', 'req-edu'],
      evidence: { field: 'residentInEngland', code: 'education_residence_not_recorded' },
    });
  });

  it('says nothing once residence in England is recorded', () => {
    expect(findingsOf(on(yro(true)), RULE)).toEqual([]);
  });
});

describe('a parenting order without a programme', () => {
  const RULE = 'involvement.parenting-order-without-programme';
  const order = (extra: Record<string, unknown>) => ({
    record: {
      kind: 'parenting-order-made',
      id: 'po-1',
      personId: 'pc-1',
      on: '2025-10-01',
      months: 6,
      programmeMonths: 0,
      ...extra,
    } as never,
  });

  it('is reported when the record does not say whether the parent had an order before', () => {
    const state = add(inDelivery, 'involvement.recorded', '2025-10-01', order({}));
    expect(findingsOf(state, RULE)).toMatchObject([
      {
        severity: 'warning',
        path: ['involvement', 'po-1', 'previousParentingOrder'],
        evidence: { code: 'parenting_order_programme_missing' },
      },
    ]);
    expect(
      findingsOf(
        add(
          inDelivery,
          'involvement.recorded',
          '2025-10-01',
          order({ previousParentingOrder: true }),
        ),
        RULE,
      ),
    ).toEqual([]);
  });

  it('is refused when the record says it is the parent’s first, the case unchanged', () => {
    const before = JSON.stringify(inDelivery);
    const r = tryAdd(
      inDelivery,
      'involvement.recorded',
      '2025-10-01',
      order({ previousParentingOrder: false }),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(JSON.stringify(inDelivery)).toBe(before);
  });
});
