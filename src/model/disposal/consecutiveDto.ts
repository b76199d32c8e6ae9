import { addDays } from '../../_lib/calendar.js';
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

/**
 * The last day of consecutive DTO terms served one after another from `start`.
 *
 * @example
 * consecutiveDtoEnd([{ id: 'a', termMonths: 12 }, { id: 'b', termMonths: 6 }], '2025-01-10'); // '2026-07-09'
 */
export function consecutiveDtoEnd(terms: readonly DtoTerm[], start: IsoDate): IsoDate {
  let from = start;
  let end = start;
  for (const t of terms) {
    end = termEnd(from, t.termMonths, t.termDays ?? 0);
    from = nextDay(end);
  }
  return end;
}

const nextDay = (d: IsoDate): IsoDate => addDays(d, 1);

/**
 * Whether consecutive DTOs stay within 24 months in all (Sentencing Act 2020 ss.237-238): the terms
 * still to be served in custody or not yet begun, laid end to end from `start`, must end by the
 * last day of 24 months from `start`. Orders whose supervision has begun are left out. Returns one
 * issue, at the path of the first order that takes the total past 24 months, or none.
 *
 * @example
 * consecutiveDtoTermIssues([{ id: 'a', termMonths: 18 }, { id: 'b', termMonths: 8 }], '2025-01-10');
 * // [{ path: [1, 'termMonths'], code: 'dto_total_term_too_long', message: '...' }]
 */
export function consecutiveDtoTermIssues(terms: readonly DtoTerm[], start: IsoDate): YjplanIssue[] {
  const limit = periodEnd(start, dtoConsecutive.maxTotalMonths);
  let from = start;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as DtoTerm;
    if (t.supervisionBegun === true) continue;
    const end = termEnd(from, t.termMonths, t.termDays ?? 0);
    if (end > limit) {
      return [
        {
          path: [i, 'termMonths'],
          code: 'dto_total_term_too_long',
          message: `Consecutive detention and training orders total at most ${dtoConsecutive.maxTotalMonths} months; any excess is remitted (${dtoConsecutive.source})`,
        },
      ];
    }
    from = nextDay(end);
  }
  return [];
}
