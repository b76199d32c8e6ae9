import { describe, expect, expectTypeOf, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import type { DisposalType } from '../../src/law/disposals.js';
import {
  custodyPhaseEnd,
  type Disposal,
  DisposalSchema,
  disposalCategory,
  disposalEndDate,
  disposalIssuesForChild,
  disposalStartDate,
  dtoTermAllowed,
  isCourtOrder,
  isCustodial,
  maxCurfewHoursPerDay,
  requirementsOf,
  YroRequirementSchema,
} from '../../src/model/disposal/index.js';
import { parseDisposal, safeParseDisposal } from '../../src/schemas.js';

// ---------------------------------------------------------------- fixtures

const referralOrder = {
  type: 'referral-order',
  id: 'ro-1',
  convictionDate: '2025-03-03',
  sentenceDate: '2025-03-03',
  startDate: '2025-03-20',
  lengthMonths: 6,
  parentOrderedToAttend: true,
  contract: [
    { id: 'c-1', kind: 'reparation-to-victim', victimConsented: true },
    {
      id: 'c-2',
      kind: 'attend-education-or-work',
      description: 'Attend college three days a week',
    },
    { id: 'c-3', kind: 'specified-activities' },
  ],
} as const;

const yro = {
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate: '2025-02-10',
  sentenceDate: '2025-03-03',
  endDate: '2026-03-02',
  requirements: [
    { id: 'req-sup', kind: 'supervision' },
    { id: 'req-cur', kind: 'curfew', hoursPerDay: 8, months: 3 },
    { id: 'req-upw', kind: 'unpaid-work', hours: 80 },
  ],
} as const;

const dto = {
  type: 'detention-and-training-order',
  id: 'dto-1',
  convictionDate: '2023-05-02',
  sentenceDate: '2023-05-02',
  termMonths: 5,
} as const;

const iss = {
  type: 'youth-rehabilitation-order-iss',
  id: 'iss-1',
  convictionDate: '2024-01-08',
  sentenceDate: '2024-01-08',
  endDate: '2025-01-07',
  requirements: [
    { id: 'r-act', kind: 'activity', days: 150 },
    { id: 'r-sup', kind: 'supervision' },
    { id: 'r-cur', kind: 'curfew', hoursPerDay: 12, months: 6 },
    { id: 'r-em', kind: 'electronic-monitoring' },
  ],
} as const;

/** A YRO with `requirement` as its only requirement besides supervision, convicted on `on`. */
const yroWith = (requirement: Record<string, unknown>, on = '2024-01-08') => ({
  ...yro,
  convictionDate: on,
  sentenceDate: on,
  endDate: `${Number(on.slice(0, 4)) + 1}${on.slice(4)}`,
  requirements: [
    { id: 'req-sup', kind: 'supervision' },
    { id: 'req-x', ...requirement },
  ],
});

const issuesOf = (input: unknown) =>
  (DisposalSchema.safeParse(input).error?.issues ?? []).map((i) => ({
    path: i.path,
    message: i.message,
  }));

const pathsOf = (input: unknown) => issuesOf(input).map((i) => i.path);

const parse = (input: unknown): Disposal => DisposalSchema.parse(input);

// ---------------------------------------------------------------- schema

describe('DisposalSchema', () => {
  it('accepts a realistic 6-month referral order with its contract', () => {
    expect(issuesOf(referralOrder)).toEqual([]);
  });

  it('accepts a 12-month YRO with supervision, curfew and unpaid work', () => {
    expect(issuesOf(yro)).toEqual([]);
  });

  it('accepts an out-of-court youth conditional caution with its conditions', () => {
    const ycc = {
      type: 'youth-conditional-caution',
      id: 'ycc-1',
      decisionDate: '2025-01-15',
      conditions: [{ id: 'cond-1', description: 'Attend two victim awareness sessions' }],
      complyByDate: '2025-04-14',
    };
    expect(issuesOf(ycc)).toEqual([]);
  });

  it('rejects a referral order of 14 months at lengthMonths, citing the law', () => {
    const issues = issuesOf({ ...referralOrder, lengthMonths: 14 });
    expect(issues.map((i) => i.path)).toEqual([['lengthMonths']]);
    expect(issues[0]?.message).toMatch(/3 to 12 months \(Sentencing Act 2020/);
  });

  it('rejects a referral order of 2 months at lengthMonths', () => {
    expect(pathsOf({ ...referralOrder, lengthMonths: 2 })).toEqual([['lengthMonths']]);
  });

  it('accepts referral orders of exactly 3 and 12 months', () => {
    expect(issuesOf({ ...referralOrder, lengthMonths: 3 })).toEqual([]);
    expect(issuesOf({ ...referralOrder, lengthMonths: 12 })).toEqual([]);
  });

  it('never echoes the offending value in a message', () => {
    const [issue] = issuesOf({ ...referralOrder, lengthMonths: 14 });
    expect(issue?.message).not.toContain('14');
  });

  it('rejects a 5-month DTO for a conviction in 2021 and accepts it for one in 2023', () => {
    const old = { ...dto, convictionDate: '2021-09-01', sentenceDate: '2021-09-01' };
    const issues = issuesOf(old);
    expect(issues.map((i) => i.path)).toEqual([['termMonths']]);
    expect(issues[0]?.message).toMatch(/4, 6, 8, 10, 12, 18 or 24 months/);
    expect(issuesOf(dto)).toEqual([]);
  });

  it('counts a conviction on 28 June 2022 under the new DTO law and 27 June under the old', () => {
    const on = (date: string) => ({ ...dto, convictionDate: date, sentenceDate: date });
    expect(issuesOf(on('2022-06-28'))).toEqual([]);
    expect(pathsOf(on('2022-06-27'))).toEqual([['termMonths']]);
  });

  it('rejects a DTO of 3 or 25 months whatever the conviction date', () => {
    expect(pathsOf({ ...dto, termMonths: 3 })).toEqual([['termMonths']]);
    expect(pathsOf({ ...dto, termMonths: 25 })).toEqual([['termMonths']]);
    expect(issuesOf({ ...dto, termMonths: 24 })).toEqual([]);
  });

  it('rejects a curfew of 18 hours a day for a conviction in 2021 and accepts it in 2023', () => {
    const curfew = { kind: 'curfew', hoursPerDay: 18, hoursPer7Days: 100, months: 3 };
    const issues = issuesOf(yroWith(curfew, '2021-10-04'));
    expect(issues.map((i) => i.path)).toEqual([['requirements', 1, 'hoursPerDay']]);
    expect(issues[0]?.message).toMatch(/before 28 June 2022 a curfew is for at most 16 hours/);
    expect(issuesOf(yroWith(curfew, '2023-10-04'))).toEqual([]);
  });

  it('applies the 20-hour curfew from 28 June 2022 exactly and 16 hours on 27 June', () => {
    const curfew = (hoursPerDay: number) => ({
      kind: 'curfew',
      hoursPerDay,
      hoursPer7Days: 112,
      months: 2,
    });
    expect(issuesOf(yroWith(curfew(20), '2022-06-28'))).toEqual([]);
    expect(pathsOf(yroWith(curfew(17), '2022-06-27'))).toEqual([
      ['requirements', 1, 'hoursPerDay'],
    ]);
    expect(issuesOf(yroWith(curfew(16), '2022-06-27'))).toEqual([]);
  });

  it('rejects a curfew of 21 hours a day in any year, once', () => {
    const curfew = { kind: 'curfew', hoursPerDay: 21, months: 3 };
    for (const on of ['2021-10-04', '2024-10-04']) {
      expect(pathsOf(yroWith(curfew, on))).toEqual([['requirements', 1, 'hoursPerDay']]);
    }
  });

  it('rejects a curfew under 2 hours a day, over 112 hours a week or beyond 12 months', () => {
    const curfew = { kind: 'curfew', hoursPerDay: 8, months: 3 };
    expect(pathsOf(yroWith({ ...curfew, hoursPerDay: 1 }))).toEqual([
      ['requirements', 1, 'hoursPerDay'],
    ]);
    expect(pathsOf(yroWith({ ...curfew, hoursPer7Days: 113 }))).toEqual([
      ['requirements', 1, 'hoursPer7Days'],
    ]);
    expect(issuesOf(yroWith({ ...curfew, hoursPerDay: 16, hoursPer7Days: 112 }))).toEqual([]);
    expect(pathsOf(yroWith({ ...curfew, months: 13 }))).toEqual([['requirements', 1, 'months']]);
  });

  describe('the curfew week of at most 112 hours (Sch. 6 para. 18(4)(c), as amended)', () => {
    const day = (hoursPerDay: number, more: object = {}) => ({
      kind: 'curfew',
      hoursPerDay,
      months: 3,
      ...more,
    });

    it('needs no week total for a 2021 conviction, whose 16-hour day bounds the week', () => {
      expect(issuesOf(yroWith(day(16), '2021-10-04'))).toEqual([]);
    });

    it('needs the week total for a 2023 conviction with a day over 16 hours', () => {
      const issues = issuesOf(yroWith(day(17), '2023-10-04'));
      expect(issues.map((i) => i.path)).toEqual([['requirements', 1, 'hoursPer7Days']]);
      expect(issues[0]?.message).toMatch(
        /may not exceed 112 \(Sentencing Act 2020 Sch\. 6 para\. 18\(4\)\(c\)/,
      );
      expect(issuesOf(yroWith(day(16), '2023-10-04'))).toEqual([]);
      expect(issuesOf(yroWith(day(20, { hoursPer7Days: 112 }), '2023-10-04'))).toEqual([]);
      expect(pathsOf(yroWith(day(20, { hoursPer7Days: 113 }), '2023-10-04'))).toEqual([
        ['requirements', 1, 'hoursPer7Days'],
      ]);
    });

    it('rejects a week total over 7 times the longest day, in any year', () => {
      for (const on of ['2021-10-04', '2023-10-04']) {
        expect(pathsOf(yroWith(day(10, { hoursPer7Days: 71 }), on))).toEqual([
          ['requirements', 1, 'hoursPer7Days'],
        ]);
        expect(issuesOf(yroWith(day(10, { hoursPer7Days: 70 }), on))).toEqual([]);
      }
    });
  });

  it('rejects an unknown key on the disposal and on a requirement', () => {
    const top = DisposalSchema.safeParse({ ...referralOrder, childName: 'x' }).error?.issues;
    expect(top?.map((i) => [i.code, i.path])).toEqual([['unrecognized_keys', []]]);
    const nested = yroWith({ kind: 'unpaid-work', hours: 60, note: 'x' });
    expect(pathsOf(nested)).toEqual([['requirements', 1]]);
  });

  it('rejects an impossible date', () => {
    expect(pathsOf({ ...referralOrder, convictionDate: '2023-02-30' })).toEqual([
      ['convictionDate'],
    ]);
  });

  it('rejects a sentence before the conviction and an order taking effect before sentence', () => {
    expect(pathsOf({ ...referralOrder, sentenceDate: '2025-03-02' })).toEqual([['sentenceDate']]);
    expect(pathsOf({ ...referralOrder, startDate: '2025-03-01' })).toEqual([['startDate']]);
  });

  it('rejects an unknown disposal type', () => {
    expect(pathsOf({ ...referralOrder, type: 'suspended-sentence' })).toEqual([['type']]);
  });

  it('rejects a YRO ending more than 3 years after it takes effect, and accepts exactly 3', () => {
    expect(pathsOf({ ...yro, endDate: '2028-03-04' })).toEqual([['endDate']]);
    expect(issuesOf({ ...yro, endDate: '2028-03-03' })).toEqual([]);
    expect(pathsOf({ ...yro, endDate: '2025-03-03' })).toEqual([['endDate']]);
  });

  it('rejects a YRO with no requirements', () => {
    expect(pathsOf({ ...yro, requirements: [] })).toEqual([['requirements']]);
  });

  it('accepts a YRO with ISS and rejects one shorter than 6 months', () => {
    expect(issuesOf(iss)).toEqual([]);
    expect(issuesOf({ ...iss, endDate: '2024-07-08' })).toEqual([]);
    expect(pathsOf({ ...iss, endDate: '2024-07-07' })).toEqual([['endDate']]);
  });

  it('rejects a YRO with ISS without an extended activity, supervision and curfew', () => {
    const noCurfew = { ...iss, requirements: iss.requirements.filter((r) => r.kind !== 'curfew') };
    expect(pathsOf(noCurfew)).toEqual([['requirements']]);
    const shortActivity = {
      ...iss,
      requirements: [{ id: 'r-act', kind: 'activity', days: 90 }, ...iss.requirements.slice(1)],
    };
    expect(pathsOf(shortActivity)).toEqual([['requirements']]);
  });

  it('allows more than 90 activity days only in a YRO with ISS, and never more than 180', () => {
    expect(pathsOf(yroWith({ kind: 'activity', days: 91 }))).toEqual([['requirements', 1, 'days']]);
    expect(issuesOf(yroWith({ kind: 'activity', days: 90 }))).toEqual([]);
    const tooLong = {
      ...iss,
      requirements: [{ id: 'r-act', kind: 'activity', days: 181 }, ...iss.requirements.slice(1)],
    };
    expect(pathsOf(tooLong)).toEqual([['requirements', 0, 'days']]);
  });

  it('allows a fostering requirement only in a YRO with fostering, which must have one', () => {
    const fostering = { kind: 'fostering', months: 6 };
    expect(pathsOf(yroWith(fostering))).toEqual([['requirements', 1, 'kind']]);
    const withFostering = { ...yroWith(fostering), type: 'youth-rehabilitation-order-fostering' };
    expect(issuesOf(withFostering)).toEqual([]);
    const without = { ...yro, type: 'youth-rehabilitation-order-fostering' };
    expect(pathsOf(without)).toEqual([['requirements']]);
  });

  it('rejects electronic monitoring alone and drug testing without drug treatment', () => {
    const emOnly = { ...yro, requirements: [{ id: 'em', kind: 'electronic-monitoring' }] };
    expect(pathsOf(emOnly)).toEqual([['requirements', 0, 'kind']]);
    expect(pathsOf(yroWith({ kind: 'drug-testing' }))).toEqual([['requirements', 1, 'kind']]);
    const withTreatment = {
      ...yroWith({ kind: 'drug-testing' }),
      requirements: [
        { id: 'dt', kind: 'drug-treatment' },
        { id: 'test', kind: 'drug-testing' },
      ],
    };
    expect(issuesOf(withTreatment)).toEqual([]);
  });

  it('rejects duplicate requirement ids without naming the id', () => {
    const dup = {
      ...yro,
      requirements: [yro.requirements[0], { ...yro.requirements[1], id: 'req-sup' }],
    };
    const issues = issuesOf(dup);
    expect(issues.map((i) => i.path)).toEqual([['requirements', 1, 'id']]);
    expect(issues[0]?.message).not.toContain('req-sup');
  });

  it('checks each requirement limit at its field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'unpaid-work', hours: 39 }, 'hours'],
      [{ kind: 'unpaid-work', hours: 241 }, 'hours'],
      [{ kind: 'exclusion', months: 4 }, 'months'],
      [{ kind: 'local-authority-residence', months: 7 }, 'months'],
      [{ kind: 'attendance-centre', hours: 37 }, 'hours'],
      [{ kind: 'programme', sessions: 0 }, 'sessions'],
      [{ kind: 'residence', arrangement: 'with-individual' }, 'individualConsented'],
    ];
    for (const [requirement, field] of cases) {
      expect(pathsOf(yroWith(requirement))).toEqual([['requirements', 1, field]]);
    }
    expect(issuesOf(yroWith({ kind: 'unpaid-work', hours: 40 }))).toEqual([]);
    expect(issuesOf(yroWith({ kind: 'unpaid-work', hours: 240 }))).toEqual([]);
    expect(issuesOf(yroWith({ kind: 'exclusion', months: 3 }))).toEqual([]);
  });

  it('rejects electronic monitoring or physical restriction in a youth offender contract', () => {
    const contract = [...referralOrder.contract, { id: 'c-4', kind: 'electronic-monitoring' }];
    expect(pathsOf({ ...referralOrder, contract })).toEqual([['contract', 3, 'kind']]);
  });

  it('rejects a victim-related contract term without the victim’s consent', () => {
    const contract = [{ id: 'c-1', kind: 'mediation-with-victim' }];
    expect(pathsOf({ ...referralOrder, contract })).toEqual([['contract', 0, 'victimConsented']]);
  });

  it('checks the first-tier limits: reparation hours and conditional discharge length', () => {
    const court = { id: 'd-1', convictionDate: '2025-01-06', sentenceDate: '2025-01-06' };
    expect(pathsOf({ ...court, type: 'reparation-order', hours: 25 })).toEqual([['hours']]);
    expect(issuesOf({ ...court, type: 'reparation-order', hours: 24 })).toEqual([]);
    expect(pathsOf({ ...court, type: 'conditional-discharge', lengthMonths: 37 })).toEqual([
      ['lengthMonths'],
    ]);
    expect(issuesOf({ ...court, type: 'fine', payer: 'parent-or-guardian' })).toEqual([]);
  });

  it('rejects a conditional caution without conditions', () => {
    const ycc = {
      type: 'youth-conditional-caution',
      id: 'y',
      decisionDate: '2025-01-15',
      conditions: [],
    };
    expect(pathsOf(ycc)).toEqual([['conditions']]);
  });

  it('throws a YjplanError from parseDisposal and returns a result from safeParseDisposal', () => {
    const bad = { ...referralOrder, lengthMonths: 14 };
    expect(() => parseDisposal(bad)).toThrow(/lengthMonths/);
    const r = safeParseDisposal(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(isYjplanError(r.error)).toBe(true);
      expect(r.error.issues.map((i) => i.path)).toEqual([['lengthMonths']]);
    }
    expect(safeParseDisposal(referralOrder).ok).toBe(true);
  });

  it('infers one variant per disposal type in the catalogue', () => {
    expectTypeOf<Disposal['type']>().toEqualTypeOf<DisposalType>();
  });
});

describe('YroRequirementSchema', () => {
  it('parses a requirement on its own, with an optional description', () => {
    const r = YroRequirementSchema.parse({ id: 'r-1', kind: 'programme', sessions: 10 });
    expect(r).toEqual({ id: 'r-1', kind: 'programme', sessions: 10 });
  });
});

describe('dtoTermAllowed and maxCurfewHoursPerDay', () => {
  it('reads the conviction-date rules from the law catalogue', () => {
    expect(dtoTermAllowed(5, '2022-06-27')).toBe(false);
    expect(dtoTermAllowed(6, '2022-06-27')).toBe(true);
    expect(dtoTermAllowed(5, '2022-06-28')).toBe(true);
    expect(dtoTermAllowed(4.5, '2023-01-01')).toBe(false);
    expect(maxCurfewHoursPerDay('2022-06-27')).toBe(16);
    expect(maxCurfewHoursPerDay('2022-06-28')).toBe(20);
  });
});

// ---------------------------------------------------------------- age-dependent limits

describe('disposalIssuesForChild', () => {
  // yro: conviction 2025-02-10; unpaid work is requirement 2.
  const parsedYro = parse(yro);

  it('flags unpaid work for a child aged 15 at conviction at the requirement', () => {
    const issues = disposalIssuesForChild(parsedYro, '2009-06-01');
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['requirements', 2, 'kind'], 'requirement_age'],
    ]);
  });

  it('allows unpaid work for a child who turns 16 on the conviction date', () => {
    expect(disposalIssuesForChild(parsedYro, '2009-02-10')).toEqual([]);
    expect(disposalIssuesForChild(parsedYro, '2009-02-11')).toHaveLength(1);
  });

  it('never puts the date of birth or age in a message', () => {
    const [issue] = disposalIssuesForChild(parsedYro, '2009-06-01');
    expect(issue?.message).not.toMatch(/2009|\b15\b/);
  });

  it('applies the attendance centre hour bands by age at conviction', () => {
    const withHours = (hours: number) =>
      parse(yroWith({ kind: 'attendance-centre', hours }, '2024-01-08'));
    const bornAged = (age: number) => `${2024 - age}-01-01`;
    const cases: [age: number, hours: number, ok: boolean][] = [
      [13, 12, true],
      [13, 13, false],
      [14, 24, true],
      [14, 25, false],
      [15, 11, false],
      [16, 36, true],
      [17, 12, true],
      [16, 11, false],
    ];
    for (const [age, hours, ok] of cases) {
      const issues = disposalIssuesForChild(withHours(hours), bornAged(age));
      expect(issues.map((i) => i.path)).toEqual(ok ? [] : [['requirements', 1, 'hours']]);
    }
  });

  it('flags a DTO for a child of 11 at conviction', () => {
    const issues = disposalIssuesForChild(parse(dto), '2011-06-01');
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['convictionDate'], 'disposal_age'],
      [['persistentOffender'], 'persistent_offender_required'],
    ]);
  });

  it('needs a persistent offender opinion for a DTO under 15, not at 15', () => {
    const young = '2010-01-01'; // 13 at conviction in May 2023
    expect(disposalIssuesForChild(parse(dto), young).map((i) => i.path)).toEqual([
      ['persistentOffender'],
    ]);
    expect(disposalIssuesForChild(parse({ ...dto, persistentOffender: true }), young)).toEqual([]);
    expect(disposalIssuesForChild(parse(dto), '2008-05-02')).toEqual([]);
  });

  it('needs a persistent offender opinion for a YRO with ISS under 15', () => {
    expect(disposalIssuesForChild(parse(iss), '2010-01-01').map((i) => i.path)).toEqual([
      ['persistentOffender'],
    ]);
  });

  it('flags a child under 10 or over 17 at the decision or conviction', () => {
    const caution = parse({ type: 'youth-caution', id: 'yc', decisionDate: '2025-01-10' });
    expect(disposalIssuesForChild(caution, '2015-01-11').map((i) => i.path)).toEqual([
      ['decisionDate'],
    ]);
    expect(disposalIssuesForChild(caution, '2015-01-10')).toEqual([]);
    expect(disposalIssuesForChild(parse(referralOrder), '2007-03-03').map((i) => i.path)).toEqual([
      ['convictionDate'],
    ]);
  });

  it('flags local authority residence or fostering running to the 18th birthday', () => {
    // Order takes effect 2024-01-08; 6 months end on 2024-07-07.
    const la = parse(yroWith({ kind: 'local-authority-residence', months: 6 }));
    expect(disposalIssuesForChild(la, '2006-07-08')).toEqual([]);
    expect(disposalIssuesForChild(la, '2006-07-07').map((i) => [i.path, i.code])).toEqual([
      [['requirements', 1, 'months'], 'requirement_ends_after_18'],
    ]);
    const fostering = parse({
      ...yroWith({ kind: 'fostering', months: 12, startDate: '2024-02-01' }),
      type: 'youth-rehabilitation-order-fostering',
      endDate: '2025-06-30',
    });
    expect(disposalIssuesForChild(fostering, '2007-01-31').map((i) => i.path)).toEqual([
      ['requirements', 1, 'months'],
    ]);
  });

  it('allows residence at a specified place only from 16', () => {
    const residence = parse(yroWith({ kind: 'residence', arrangement: 'at-specified-place' }));
    expect(disposalIssuesForChild(residence, '2008-01-09').map((i) => i.path)).toEqual([
      ['requirements', 1, 'arrangement'],
    ]);
    expect(disposalIssuesForChild(residence, '2008-01-08')).toEqual([]);
  });

  it('needs a parent ordered to attend referral order panels for a child under 16', () => {
    const noParent = parse({ ...referralOrder, parentOrderedToAttend: false });
    expect(disposalIssuesForChild(noParent, '2010-05-05').map((i) => i.path)).toEqual([
      ['parentOrderedToAttend'],
    ]);
    const unreasonable = parse({ ...noParent, parentAttendanceUnreasonable: true });
    expect(disposalIssuesForChild(unreasonable, '2010-05-05')).toEqual([]);
    expect(disposalIssuesForChild(noParent, '2009-03-03')).toEqual([]);
  });

  it('does not mutate the disposal', () => {
    const d = parse(yro);
    const before = structuredClone(d);
    disposalIssuesForChild(d, '2009-06-01');
    expect(d).toEqual(before);
  });
});

// ---------------------------------------------------------------- derived helpers

describe('derived helpers', () => {
  const court = { id: 'd-1', convictionDate: '2024-08-31', sentenceDate: '2024-08-31' };

  it('starts a court order on its start date, else the sentence date; out of court on the decision', () => {
    expect(disposalStartDate(parse(referralOrder))).toBe('2025-03-20');
    const { startDate: _omit, ...unsigned } = referralOrder;
    expect(disposalStartDate(parse(unsigned))).toBe('2025-03-03');
    const caution = parse({ type: 'youth-caution', id: 'yc', decisionDate: '2025-01-10' });
    expect(disposalStartDate(caution)).toBe('2025-01-10');
  });

  it('ends a period of months the day before the corresponding date', () => {
    expect(disposalEndDate(parse(referralOrder))).toBe('2025-09-19');
    const march = {
      ...referralOrder,
      convictionDate: '2025-02-20',
      sentenceDate: '2025-02-20',
      startDate: '2025-03-01',
      lengthMonths: 3,
    };
    expect(disposalEndDate(parse(march))).toBe('2025-05-31');
  });

  it('ends on the last day of a shorter month when there is no corresponding date', () => {
    const cd = (convictionDate: string) =>
      parse({
        ...court,
        convictionDate,
        sentenceDate: convictionDate,
        type: 'conditional-discharge',
        lengthMonths: 6,
      });
    expect(disposalEndDate(cd('2024-08-31'))).toBe('2025-02-28');
    expect(disposalEndDate(cd('2023-08-31'))).toBe('2024-02-29');
    const jan31 = { ...referralOrder, startDate: '2025-03-31', lengthMonths: 3 };
    expect(disposalEndDate(parse(jan31))).toBe('2025-06-30');
  });

  it('gives YROs their end date, DTOs their term, and undefined where there is no length', () => {
    expect(disposalEndDate(parse(yro))).toBe('2026-03-02');
    expect(disposalEndDate(parse({ ...dto, startDate: '2024-01-10' }))).toBe('2024-06-09');
    expect(disposalEndDate(parse({ ...court, type: 'reparation-order', hours: 10 }))).toBe(
      '2024-11-30',
    );
    expect(disposalEndDate(parse({ ...court, type: 'fine', payer: 'child' }))).toBeUndefined();
    expect(
      disposalEndDate(parse({ type: 'youth-caution', id: 'yc', decisionDate: '2025-01-10' })),
    ).toBeUndefined();
  });

  it('puts the end of custody at the half-way point of a DTO', () => {
    const twelve = parse({
      ...dto,
      startDate: '2024-01-10',
      sentenceDate: '2023-05-02',
      termMonths: 12,
    });
    expect(custodyPhaseEnd(twelve)).toBe('2024-07-10');
    const five = parse({ ...dto, convictionDate: '2023-01-10', sentenceDate: '2023-01-10' });
    // 2 months to 2023-03-10, then half of the 31 days to 2023-04-10.
    expect(custodyPhaseEnd(five)).toBe('2023-03-25');
  });

  it('prefers the recorded expected release date, and rejects one outside the term', () => {
    const early = parse({ ...dto, termMonths: 12, expectedReleaseDate: '2023-10-02' });
    expect(custodyPhaseEnd(early)).toBe('2023-10-02');
    expect(pathsOf({ ...dto, expectedReleaseDate: '2024-05-02' })).toEqual([
      ['expectedReleaseDate'],
    ]);
  });

  it('gives long-term detention a half-way default and no custody phase to other disposals', () => {
    const ltd = parse({ ...court, type: 'long-term-detention', termMonths: 36 });
    expect(custodyPhaseEnd(ltd)).toBe('2026-02-28');
    expect(custodyPhaseEnd(parse(yro))).toBeUndefined();
  });

  it('reads category, custody and court order from the catalogue', () => {
    expect(disposalCategory(parse(referralOrder))).toBe('first-tier');
    expect(disposalCategory(parse(yro))).toBe('community');
    expect(isCustodial(parse(dto))).toBe(true);
    expect(isCustodial(parse(yro))).toBe(false);
    const caution = parse({ type: 'youth-caution', id: 'yc', decisionDate: '2025-01-10' });
    expect(isCourtOrder(caution)).toBe(false);
    expect(disposalCategory(caution)).toBe('out-of-court');
    expect(isCourtOrder(parse(dto))).toBe(true);
  });

  it('lists requirements, contract terms and caution conditions uniformly', () => {
    expect(requirementsOf(parse(yro))).toEqual([
      { id: 'req-sup', kind: 'supervision', label: 'Supervision' },
      { id: 'req-cur', kind: 'curfew', label: 'Curfew' },
      { id: 'req-upw', kind: 'unpaid-work', label: 'Unpaid work' },
    ]);
    expect(requirementsOf(parse(referralOrder)).map((r) => r.id)).toEqual(['c-1', 'c-2', 'c-3']);
    const ycc = parse({
      type: 'youth-conditional-caution',
      id: 'ycc',
      decisionDate: '2025-01-15',
      conditions: [{ id: 'cond-1', description: 'Write a letter of apology' }],
    });
    expect(requirementsOf(ycc)).toEqual([
      { id: 'cond-1', kind: 'caution-condition', label: 'Write a letter of apology' },
    ]);
    expect(requirementsOf(parse(dto))).toEqual([]);
    const { contract: _c, ...noContract } = referralOrder;
    expect(requirementsOf(parse(noContract))).toEqual([]);
  });
});
