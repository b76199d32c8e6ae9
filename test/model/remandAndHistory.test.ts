import { describe, expect, it } from 'vitest';
import {
  conditionalDischargeRestriction,
  isConviction,
  isFirstOutOfCourtDisposal,
  referralOrderConditions,
} from '../../src/model/history.js';
import type { Offence } from '../../src/model/offence.js';
import { remandIssuesForChild } from '../../src/model/remand.js';
import {
  parseOffence,
  parseRemandOrBail,
  safeParseOffenceHistory,
  safeParseRemandOrBail,
} from '../../src/schemas.js';

describe('remand and bail before sentence', () => {
  const yda = {
    kind: 'remand-youth-detention',
    id: 'rem-1',
    decidedOn: '2025-10-02',
    conditionsMet: 'first-set',
    designatedAuthority: 'Home council',
  } as const;

  it('accepts each kind with what it must record', () => {
    for (const r of [
      { kind: 'bail-supervision-and-support', id: 'b-1', decidedOn: '2025-10-02' },
      {
        kind: 'iss-bail',
        id: 'b-2',
        decidedOn: '2025-10-02',
        supervisedHoursPerWeek: 25,
        electronicMonitoring: true,
      },
      {
        kind: 'remand-local-authority',
        id: 'r-1',
        decidedOn: '2025-10-02',
        designatedAuthority: 'Home council',
      },
      yda,
    ]) {
      expect(safeParseRemandOrBail(r).ok).toBe(true);
    }
  });

  it('refuses a youth detention remand without the set of conditions found, and a hearing before the decision', () => {
    const { conditionsMet: _, ...without } = yda;
    const r = safeParseRemandOrBail(without);
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual([['conditionsMet']]);
    const early = safeParseRemandOrBail({ ...yda, nextHearingOn: '2025-10-01' });
    expect(early.ok ? [] : early.error.issues.map((i) => i.path)).toEqual([['nextHearingOn']]);
  });

  it('refuses youth detention accommodation and electronic monitoring under 12, and any remand at 18', () => {
    expect(
      remandIssuesForChild(parseRemandOrBail(yda), '2014-01-01').map((i) => [i.path, i.code]),
    ).toEqual([[['kind'], 'remand_age']]);
    expect(remandIssuesForChild(parseRemandOrBail(yda), '2012-01-01')).toEqual([]);
    const bail = parseRemandOrBail({
      kind: 'iss-bail',
      id: 'b-2',
      decidedOn: '2025-10-02',
      electronicMonitoring: true,
    });
    expect(remandIssuesForChild(bail, '2014-01-01').map((i) => i.path)).toEqual([
      ['electronicMonitoring'],
    ]);
    expect(remandIssuesForChild(bail, '2007-10-02').map((i) => i.path)).toEqual([['kind']]);
  });
});

const theft = parseOffence({
  id: 'off-1',
  committedOn: '2025-06-01',
  category: 'theft-and-handling',
  plea: 'guilty',
  court: 'youth-court',
  imprisonable: true,
  gravityScore: 2,
  seriousnessScore: 3,
});

describe('offences and earlier disposals', () => {
  it('refuses a gravity score above 4, a seriousness score above 8, and a conviction before the offence', () => {
    const r = safeParseOffenceHistory({
      offences: [{ ...theft, gravityScore: 5, seriousnessScore: 9, convictedOn: '2025-05-01' }],
      earlierDisposals: [],
    });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual([
      ['offences', 0, 'gravityScore'],
      ['offences', 0, 'seriousnessScore'],
    ]);
    const order = safeParseOffenceHistory({
      offences: [{ ...theft, convictedOn: '2025-05-01' }],
      earlierDisposals: [],
    });
    expect(order.ok ? [] : order.error.issues.map((i) => i.path)).toEqual([
      ['offences', 0, 'convictedOn'],
    ]);
  });

  it('refuses a connection to an offence the record does not hold', () => {
    const r = safeParseOffenceHistory({
      offences: [{ ...theft, connectedTo: ['off-9'] }],
      earlierDisposals: [],
    });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual([
      ['offences', 0, 'connectedTo', 0],
    ]);
  });

  it('counts court sentences as convictions and out-of-court disposals not, unless recorded otherwise', () => {
    expect(isConviction({ id: 'h', type: 'referral-order', on: '2024-01-01' })).toBe(true);
    expect(isConviction({ id: 'h', type: 'youth-caution', on: '2024-01-01' })).toBe(false);
    expect(
      isConviction({ id: 'h', type: 'absolute-discharge', on: '2024-01-01', conviction: false }),
    ).toBe(false);
  });
});

describe('referralOrderConditions', () => {
  const base = {
    court: 'youth-court' as const,
    convictedOn: '2025-09-01',
    offences: [theft],
    earlierDisposals: [],
  };

  it('is compulsory on a first conviction with a guilty plea to an imprisonable offence', () => {
    expect(referralOrderConditions(base)).toEqual({ status: 'compulsory', issues: [] });
  });

  it('is discretionary after an earlier conviction, for a non-imprisonable offence, or a mixed plea', () => {
    const earlier = [{ id: 'h-1', type: 'fine' as const, on: '2024-02-01' }];
    expect(referralOrderConditions({ ...base, earlierDisposals: earlier }).status).toBe(
      'discretionary',
    );
    expect(
      referralOrderConditions({ ...base, offences: [{ ...theft, imprisonable: false }] }).status,
    ).toBe('discretionary');
    const notGuilty: Offence = { ...theft, id: 'off-2', plea: 'not-guilty' };
    expect(referralOrderConditions({ ...base, offences: [theft, notGuilty] }).status).toBe(
      'discretionary',
    );
  });

  it('stays compulsory after an earlier youth caution (not a conviction)', () => {
    const caution = [{ id: 'h-1', type: 'youth-caution' as const, on: '2024-02-01' }];
    expect(referralOrderConditions({ ...base, earlierDisposals: caution }).status).toBe(
      'compulsory',
    );
  });

  it('is unavailable in the Crown Court or without a guilty plea, with the reason at its path', () => {
    expect(referralOrderConditions({ ...base, court: 'crown-court' })).toEqual({
      status: 'unavailable',
      issues: [
        {
          path: ['court'],
          code: 'referral_order_not_available',
          message: expect.stringMatching(/s\.84\(1\)\(a\)/),
        },
      ],
    });
    const r = referralOrderConditions({ ...base, offences: [{ ...theft, plea: 'not-guilty' }] });
    expect(r.issues.map((i) => i.path)).toEqual([['offences']]);
  });
});

describe('first out-of-court disposal and conditional discharge after cautions', () => {
  it('calls an out-of-court disposal the first when nothing came before it', () => {
    expect(isFirstOutOfCourtDisposal([], '2025-05-01')).toBe(true);
    expect(
      isFirstOutOfCourtDisposal(
        [{ id: 'h', type: 'community-resolution', on: '2025-01-01' }],
        '2025-05-01',
      ),
    ).toBe(false);
    expect(
      isFirstOutOfCourtDisposal(
        [{ id: 'h', type: 'community-resolution', on: '2025-06-01' }],
        '2025-05-01',
      ),
    ).toBe(true);
  });

  it('restricts a conditional discharge after two youth cautions, the last within two years of the offence', () => {
    const cautions = [
      { id: 'c1', type: 'youth-caution' as const, on: '2023-01-10' },
      { id: 'c2', type: 'youth-caution' as const, on: '2024-03-01' },
    ];
    expect(
      conditionalDischargeRestriction(cautions, '2026-02-28').map((i) => [i.path, i.code]),
    ).toEqual([[['earlierDisposals'], 'conditional_discharge_restricted']]);
    expect(conditionalDischargeRestriction(cautions, '2026-03-01')).toEqual([]);
    expect(conditionalDischargeRestriction(cautions.slice(0, 1), '2023-06-01')).toEqual([]);
    const conditional = [
      ...cautions.slice(0, 1),
      { id: 'c3', type: 'youth-conditional-caution' as const, on: '2024-03-01' },
    ];
    expect(conditionalDischargeRestriction(conditional, '2024-06-01')).toEqual([]);
  });
});
