/**
 * The YRO rules read from the law catalogue: requirement periods within the order, the
 * catalogue's availability data (`onlyIn`, `onlyWith`, `needsAnotherRequirement`), periods in
 * days, the attendance centre's hours on one occasion, and the per-child limits of education
 * requirements and fines.
 */
import { describe, expect, it } from 'vitest';
import { PCSC_ACT_2022_COMMENCEMENT } from '../../src/law/commencement.js';
import { disposalCatalogue as C } from '../../src/law/disposals.js';
import { compulsorySchoolAge } from '../../src/law/schoolAge.js';
import { requirementLimits as L } from '../../src/law/yroRequirements.js';
import { DisposalSchema, disposalIssuesForChild } from '../../src/model/disposal/index.js';
import { legalDate } from '../../src/model/disposal/lawLookup.js';
import { compulsorySchoolAgeEnds } from '../../src/model/disposal/schoolAge.js';

/** A YRO taking effect on `on` and ending `endDate`, with supervision and `more`. */
const yro = (more: Record<string, unknown>[], endDate = '2024-07-07', on = '2024-01-08') => ({
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate: on,
  sentenceDate: on,
  endDate,
  requirements: [
    { id: 'r-sup', kind: 'supervision' },
    ...more.map((r, i) => ({ id: `r-${i}`, ...r })),
  ],
});

const issuesOf = (input: unknown) =>
  (DisposalSchema.safeParse(input).error?.issues ?? []).map((i) => ({
    path: i.path,
    message: i.message,
  }));
const pathsOf = (input: unknown) => issuesOf(input).map((i) => i.path);
const parsed = (input: unknown) => DisposalSchema.parse(input);

describe('a requirement’s period ends by the order’s end date (s.187(1), (3))', () => {
  // 6 months from 2024-01-08 end on 2024-07-07: the order's end date.
  it('rejects a 12-month curfew, 36 months of supervision and 12-month drug treatment in a 6-month YRO', () => {
    const issues = issuesOf(
      yro([
        { kind: 'curfew', hoursPerDay: 8, months: 12 },
        { kind: 'drug-treatment', months: 12 },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['requirements', 1, 'months'],
      ['requirements', 2, 'months'],
    ]);
    expect(issues[0]?.message).toBe(
      `A curfew requirement must end on or before the order's end date (${C['youth-rehabilitation-order'].endDateSource})`,
    );
    const supervision = {
      ...yro([]),
      requirements: [{ id: 'r-sup', kind: 'supervision', months: 36 }],
    };
    expect(pathsOf(supervision)).toEqual([['requirements', 0, 'months']]);
  });

  it('accepts periods that end on the end date exactly, and rejects one day more', () => {
    expect(issuesOf(yro([{ kind: 'curfew', hoursPerDay: 8, months: 6 }]))).toEqual([]);
    expect(pathsOf(yro([{ kind: 'curfew', hoursPerDay: 8, months: 6 }], '2024-07-06'))).toEqual([
      ['requirements', 1, 'months'],
    ]);
    expect(issuesOf(yro([{ kind: 'curfew', hoursPerDay: 8, days: 182 }]))).toEqual([]);
    expect(pathsOf(yro([{ kind: 'curfew', hoursPerDay: 8, days: 183 }]))).toEqual([
      ['requirements', 1, 'days'],
    ]);
  });

  it('rejects 12 months of fostering in a 6-month YRO with fostering', () => {
    const fostering = {
      ...yro([{ kind: 'fostering', months: 12 }]),
      type: 'youth-rehabilitation-order-fostering',
    };
    expect(pathsOf(fostering)).toEqual([['requirements', 1, 'months']]);
    expect(issuesOf({ ...fostering, endDate: '2025-01-07' })).toEqual([]);
  });

  it('counts a requirement with its own start date from that day', () => {
    const la = (startDate: string) =>
      yro([{ kind: 'local-authority-residence', months: 3, startDate }]);
    expect(issuesOf(la('2024-04-08'))).toEqual([]); // ends 2024-07-07
    expect(pathsOf(la('2024-04-09'))).toEqual([['requirements', 1, 'months']]);
  });

  it('does not compare periods with an end date that is itself invalid', () => {
    expect(pathsOf(yro([{ kind: 'curfew', hoursPerDay: 8, months: 6 }], '2024-01-08'))).toEqual([
      ['endDate'],
    ]);
  });
});

describe('availability read from the catalogue', () => {
  it('rejects two electronic monitoring requirements with nothing else to monitor', () => {
    const twoEm = {
      ...yro([]),
      requirements: [
        { id: 'em-1', kind: 'electronic-monitoring' },
        { id: 'em-2', kind: 'electronic-monitoring' },
      ],
    };
    const issues = issuesOf(twoEm);
    expect(issues.map((i) => i.path)).toEqual([
      ['requirements', 0, 'kind'],
      ['requirements', 1, 'kind'],
    ]);
    expect(issues[0]?.message).toContain(L['electronic-monitoring'].source);
    expect(L['electronic-monitoring'].needsAnotherRequirement).toBe(true);
    expect(issuesOf(yro([{ kind: 'electronic-monitoring' }]))).toEqual([]);
  });

  it('words the onlyIn and onlyWith rules from the catalogue’s labels and sources', () => {
    const [fostering] = issuesOf(yro([{ kind: 'fostering', months: 3 }]));
    expect(fostering?.message).toBe(
      `A fostering requirement is only available in a ${C['youth-rehabilitation-order-fostering'].label} (${L.fostering.source})`,
    );
    const [testing] = issuesOf(yro([{ kind: 'drug-testing' }]));
    expect(testing?.message).toBe(
      `A drug testing requirement is only available with a drug treatment requirement (${L['drug-testing'].source})`,
    );
    const [extended] = issuesOf(yro([{ kind: 'activity', days: 91 }]));
    expect(extended?.message).toContain(
      `only available in a ${C['youth-rehabilitation-order-iss'].label}`,
    );
  });

  it('dates the 2022 limits from the commencement constant, not a literal', () => {
    expect(legalDate(PCSC_ACT_2022_COMMENCEMENT)).toBe('28 June 2022');
    expect(legalDate('2020-12-01')).toBe('1 December 2020');
    const [curfew] = issuesOf(
      yro([{ kind: 'curfew', hoursPerDay: 17, months: 2 }], '2022-07-07', '2022-01-10'),
    );
    expect(curfew?.message).toContain(`before ${legalDate(PCSC_ACT_2022_COMMENCEMENT)}`);
  });

  it('cites the length provisions from the catalogue', () => {
    const [tooLong] = issuesOf(yro([], '2027-01-09'));
    expect(tooLong?.message).toContain(`(${C['youth-rehabilitation-order'].lengthSource})`);
    const dto = {
      type: 'detention-and-training-order',
      id: 'dto-1',
      convictionDate: '2023-05-02',
      sentenceDate: '2023-05-02',
      termMonths: 25,
    };
    expect(issuesOf(dto)[0]?.message).toContain(
      `(${C['detention-and-training-order'].lengthSource})`,
    );
  });
});

describe('exclusion and curfew periods in days', () => {
  it('records an exclusion of 6 weeks, and keeps old records in months valid', () => {
    expect(issuesOf(yro([{ kind: 'exclusion', days: 42 }]))).toEqual([]);
    expect(issuesOf(yro([{ kind: 'exclusion', months: 3 }]))).toEqual([]);
    expect(issuesOf(yro([{ kind: 'curfew', hoursPerDay: 8, days: 42 }]))).toEqual([]);
  });

  it('needs exactly one of months and days', () => {
    expect(pathsOf(yro([{ kind: 'exclusion', months: 1, days: 42 }]))).toEqual([
      ['requirements', 1, 'days'],
    ]);
    expect(pathsOf(yro([{ kind: 'exclusion' }]))).toEqual([['requirements', 1, 'months']]);
    expect(pathsOf(yro([{ kind: 'curfew', hoursPerDay: 8 }]))).toEqual([
      ['requirements', 1, 'months'],
    ]);
  });

  it('holds a period in days to the law’s months from the day it takes effect', () => {
    // 3 months from 2024-01-08 end on 2024-04-07: 91 days.
    expect(issuesOf(yro([{ kind: 'exclusion', days: 91 }]))).toEqual([]);
    const [tooLong] = issuesOf(yro([{ kind: 'exclusion', days: 92 }]));
    expect(tooLong?.path).toEqual(['requirements', 1, 'days']);
    expect(tooLong?.message).toContain(
      `at most 3 months from the day it takes effect (${L.exclusion.source})`,
    );
    expect(pathsOf(yro([{ kind: 'exclusion', days: 0 }]))).toEqual([['requirements', 1, 'days']]);
  });
});

describe('attendance centre hours on one occasion', () => {
  it('accepts at most the catalogue’s 3 hours on one occasion', () => {
    const ac = (hoursPerOccasion: number) =>
      yro([{ kind: 'attendance-centre', hours: 12, hoursPerOccasion }]);
    expect(L['attendance-centre'].hoursPerOccasion.max).toBe(3);
    expect(issuesOf(ac(3))).toEqual([]);
    expect(pathsOf(ac(4))).toEqual([['requirements', 1, 'hoursPerOccasion']]);
    expect(issuesOf(ac(4))[0]?.message).toContain('at most 3 hours on one occasion');
    expect(issuesOf(yro([{ kind: 'attendance-centre', hours: 12 }]))).toEqual([]);
  });
});

describe('compulsory school age', () => {
  it('ends on the last Friday in June of the school year in which the child turns 16', () => {
    expect(compulsorySchoolAge.leavingAge).toBe(16);
    expect(compulsorySchoolAgeEnds('2008-07-15')).toBe('2024-06-28'); // 16 in the holidays
    expect(compulsorySchoolAgeEnds('2008-08-31')).toBe('2024-06-28');
    expect(compulsorySchoolAgeEnds('2008-09-01')).toBe('2025-06-27'); // next school year
    expect(compulsorySchoolAgeEnds('2009-01-10')).toBe('2025-06-27');
    expect(compulsorySchoolAgeEnds('2007-06-30')).toBe('2023-06-30'); // a Friday
  });
});

describe('the education requirement ends by the relevant time (Sch. 6 para. 39(4)-(4B))', () => {
  const education = (on: string, months: number, more: object = {}) =>
    parsed(
      yro([{ kind: 'education', months, ...more }], `${Number(on.slice(0, 4)) + 1}-12-31`, on),
    );
  const codes = (d: ReturnType<typeof parsed>, dob: string) =>
    disposalIssuesForChild(d, dob).map((i) => [i.path, i.code]);
  const late = [[['requirements', 1, 'months'], 'education_requirement_ends_too_late']];

  it('ends by compulsory school age for a conviction in 2021', () => {
    // Born 2006-01-10: compulsory school age ends 2022-06-24. 5 months from 2021-10-04 end 2022-03-03.
    expect(codes(education('2021-10-04', 5), '2006-01-10')).toEqual([]);
    expect(codes(education('2021-10-04', 9), '2006-01-10')).toEqual(late); // ends 2022-07-03
  });

  it('may run to 18 for a child resident in England convicted in 2023', () => {
    // Born 2006-01-10: turns 18 on 2024-01-10. 12 months from 2023-01-10 end on 2024-01-09.
    const d = education('2023-01-10', 12, { residentInEngland: true });
    expect(codes(d, '2006-01-10')).toEqual([]);
    expect(codes(d, '2006-01-09')).toEqual(late);
    const [issue] = disposalIssuesForChild(d, '2006-01-09');
    expect(issue?.message).not.toMatch(/2006|2024|aged/);
  });

  it('ends by compulsory school age in 2023 for a child not resident in England', () => {
    const d = education('2023-01-10', 12, { residentInEngland: false });
    expect(codes(d, '2006-01-10')).toEqual(late);
    expect(codes(d, '2008-01-10')).toEqual([]); // school age ends 2024-06-28
  });

  it('applies the later limit when residence is not recorded', () => {
    expect(codes(education('2023-01-10', 12), '2006-01-10')).toEqual([]);
  });
});

describe('a fine for a child under 16 is paid by a parent or guardian (s.380)', () => {
  const fine = (payer: string, more: object = {}) =>
    parsed({
      type: 'fine',
      id: 'f-1',
      convictionDate: '2025-01-06',
      sentenceDate: '2025-02-03',
      payer,
      ...more,
    });

  it('flags the child as payer under 16 on the sentence date, at payer', () => {
    const issues = disposalIssuesForChild(fine('child'), '2009-02-04');
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['payer'], 'parent_payment_order_required'],
    ]);
    expect(issues[0]?.message).toContain(C.fine.source);
    expect(disposalIssuesForChild(fine('child'), '2009-02-03')).toEqual([]);
    expect(disposalIssuesForChild(fine('parent-or-guardian'), '2012-02-04')).toEqual([]);
  });

  it('accepts the child as payer when the court excused the parent', () => {
    const excused = fine('child', { parentPaymentExcused: true });
    expect(disposalIssuesForChild(excused, '2012-02-04')).toEqual([]);
  });
});
