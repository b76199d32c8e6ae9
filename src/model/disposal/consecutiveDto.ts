import type { YjplanIssue } from '../../errors/YjplanError.js';
import { dtoConsecutive } from '../../law/custody.js';
import type { IsoDate } from '../dates.js';
import { periodEnd, termEnd } from './period.js';

/**
 * One detention and training order in a run of consecutive orders: its term and whether its
 * supervision period has already begun (such an order is left out of the 24-month total).
 *
 * @example
 * const term: DtoTerm = { id: 'dto-1', termMonths: 8, supervisionBegun: false };
 */
export interface DtoTerm {
  readonly id: string;
  readonly termMonths: number;
  readonly termDays?: number | undefined;
  readonly supervisionBegun?: boolean | undefined;
}

/** @internal The whole months and extra days of terms counted together. */
function aggregate(terms: readonly DtoTerm[]): { months: number; days: number } {
  let months = 0;
  let days = 0;
  for (const t of terms) {
    if (t.supervisionBegun === true) continue;
    months += t.termMonths;
    days += t.termDays ?? 0;
  }
  return { months, days };
}

/**
 * The last day of consecutive DTO terms, served as one aggregate term from `start` (the terms'
 * months and days added together; an order already in supervision is left out).
 *
 * @example
 * consecutiveDtoEnd([{ id: 'a', termMonths: 12 }, { id: 'b', termMonths: 6 }], '2025-01-10'); // '2026-07-09'
 */
export function consecutiveDtoEnd(terms: readonly DtoTerm[], start: IsoDate): IsoDate {
  const { months, days } = aggregate(terms);
  return termEnd(start, months, days);
}

/**
 * Whether consecutive DTOs stay within 24 months in all (Sentencing Act 2020 ss.237-238): the
 * terms not yet in supervision, added together, may not exceed 24 months (whole months are added
 * as months; part-month days are counted on the calendar from `start`). Returns one issue, at the
 * path of the first order that takes the total past 24 months, or none.
 *
 * @example
 * consecutiveDtoTermIssues([{ id: 'a', termMonths: 18 }, { id: 'b', termMonths: 8 }], '2025-01-10');
 * // [{ path: [1, 'termMonths'], code: 'dto_total_term_too_long', message: '...' }]
 */
export function consecutiveDtoTermIssues(terms: readonly DtoTerm[], start: IsoDate): YjplanIssue[] {
  const max = dtoConsecutive.maxTotalMonths;
  const limit = periodEnd(start, max);
  for (let i = 0; i < terms.length; i++) {
    const { months, days } = aggregate(terms.slice(0, i + 1));
    const over = days === 0 ? months > max : termEnd(start, months, days) > limit;
    if (over && terms[i]?.supervisionBegun !== true) {
      return [
        {
          path: [i, 'termMonths'],
          code: 'dto_total_term_too_long',
          message: `Consecutive detention and training orders total at most ${max} months; any excess is remitted (${dtoConsecutive.source})`,
        },
      ];
    }
  }
  return [];
}
