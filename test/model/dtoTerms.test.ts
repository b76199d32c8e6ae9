import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consecutiveDtoEnd,
  consecutiveDtoTermIssues,
  custodyPhaseEnd,
  disposalEndDate,
  dtoTermAllowed,
} from '../../src/model/disposal/index.js';
import { safeParseDisposal } from '../../src/schemas.js';

const dto = {
  type: 'detention-and-training-order',
  id: 'dto-1',
  convictionDate: '2023-05-02',
  sentenceDate: '2023-05-02',
  termMonths: 4,
} as const;

const issuesOf = (input: unknown) => {
  const r = safeParseDisposal(input);
  return r.ok ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('DTO terms follow the sentence date (ADR 0045)', () => {
  it('accepts 5 months for a child convicted on 20 June 2022 and sentenced on 5 July 2022', () => {
    expect(
      issuesOf({ ...dto, convictionDate: '2022-06-20', sentenceDate: '2022-07-05', termMonths: 5 }),
    ).toEqual([]);
  });

  it('refuses 5 months for an order made on 27 June 2022, citing the list of terms', () => {
    const issues = issuesOf({
      ...dto,
      convictionDate: '2022-06-01',
      sentenceDate: '2022-06-27',
      termMonths: 5,
    });
    expect(issues.map((i) => i.path)).toEqual([['termMonths']]);
    expect(issues[0]?.message).toMatch(
      /made before 28 June 2022 is for 4, 6, 8, 10, 12, 18 or 24 months/,
    );
  });

  it('reads the rule by sentence date in dtoTermAllowed', () => {
    expect(dtoTermAllowed(5, '2022-06-27')).toBe(false);
    expect(dtoTermAllowed(5, '2022-06-28')).toBe(true);
    expect(dtoTermAllowed(4.5, '2023-01-01')).toBe(false);
  });
});

describe('part-month DTO terms', () => {
  it('accepts 4 months and 14 days for an order made from 28 June 2022', () => {
    expect(issuesOf({ ...dto, termDays: 14 })).toEqual([]);
    expect(dtoTermAllowed(4, '2023-01-01', 14)).toBe(true);
  });

  it('refuses part months before 28 June 2022, at termDays', () => {
    const old = {
      ...dto,
      convictionDate: '2021-03-01',
      sentenceDate: '2021-03-01',
      termMonths: 6,
      termDays: 10,
    };
    expect(issuesOf(old).map((i) => i.path)).toEqual([['termDays']]);
  });

  it('refuses a term over 24 months and days outside 0 to 30', () => {
    expect(issuesOf({ ...dto, termMonths: 24, termDays: 1 }).map((i) => i.path)).toEqual([
      ['termDays'],
    ]);
    expect(issuesOf({ ...dto, termDays: 31 }).map((i) => i.path)).toEqual([['termDays']]);
    expect(issuesOf({ ...dto, termDays: -1 }).map((i) => i.path)).toEqual([['termDays']]);
  });

  it('ends a part-month term the extra days after the month period and releases at half its days', () => {
    const d = safeParseDisposal({
      ...dto,
      sentenceDate: '2023-05-02',
      termMonths: 4,
      termDays: 14,
    });
    if (!d.ok) throw d.error;
    expect(disposalEndDate(d.value)).toBe('2023-09-15');
    // 2 May to 15 September is 137 days: half (68) after the start.
    expect(custodyPhaseEnd(d.value)).toBe('2023-07-09');
  });

  it('keeps whole-month terms on the month arithmetic they always used', () => {
    const d = safeParseDisposal({
      ...dto,
      termMonths: 12,
      startDate: '2024-01-10',
      sentenceDate: '2024-01-10',
      convictionDate: '2024-01-10',
    });
    if (!d.ok) throw d.error;
    expect(custodyPhaseEnd(d.value)).toBe('2024-07-10');
    expect(disposalEndDate(d.value)).toBe('2025-01-09');
  });
});

describe('consecutiveDtoTermIssues', () => {
  it('accepts consecutive DTOs of 18 and 6 months (24 in all)', () => {
    const terms = [
      { id: 'a', termMonths: 18 },
      { id: 'b', termMonths: 6 },
    ];
    expect(consecutiveDtoTermIssues(terms, '2025-01-10')).toEqual([]);
    expect(consecutiveDtoEnd(terms, '2025-01-10')).toBe('2027-01-09');
  });

  it('refuses 18 and 8 months, at the order that passes 24 months', () => {
    const issues = consecutiveDtoTermIssues(
      [
        { id: 'a', termMonths: 18 },
        { id: 'b', termMonths: 8 },
      ],
      '2025-01-10',
    );
    expect(issues).toEqual([
      {
        path: [1, 'termMonths'],
        code: 'dto_total_term_too_long',
        message: expect.stringMatching(/at most 24 months/),
      },
    ]);
  });

  it('refuses a single extra day past 24 months', () => {
    const terms = [
      { id: 'a', termMonths: 20 },
      { id: 'b', termMonths: 4, termDays: 1 },
    ];
    expect(consecutiveDtoTermIssues(terms, '2025-03-31')).toHaveLength(1);
  });

  it('leaves out an order whose supervision has begun', () => {
    const terms = [
      { id: 'a', termMonths: 12, supervisionBegun: true },
      { id: 'b', termMonths: 24 },
    ];
    expect(consecutiveDtoTermIssues(terms, '2025-01-10')).toEqual([]);
  });

  it('accepts any run of whole-month terms totalling at most 24 months, and refuses any that total more', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4, max: 24 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3000 }),
        (months, offset) => {
          const start = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const total = months.reduce((a, b) => a + b, 0);
          const issues = consecutiveDtoTermIssues(
            months.map((m, i) => ({ id: `d${i}`, termMonths: m })),
            start,
          );
          return total <= 24 ? issues.length === 0 : issues.length === 1;
        },
      ),
    );
  });
});
