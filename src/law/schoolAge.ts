import type { Sourced } from './types.js';

/**
 * When a child ceases to be of compulsory school age in England and Wales: at the end of the
 * school leaving date (the last Friday in June) of the school year in which the child turns 16.
 * Education Act 1996 s.8(3): a child who turns 16 after that day but before the next school
 * year begins, or on it, leaves on it; otherwise on the next school leaving date after turning
 * 16. The school year is taken to begin on 1 September (the first term after July).
 *
 * @example
 * compulsorySchoolAge.leavingAge;        // 16
 * compulsorySchoolAge.schoolYearStarts;  // { month: 9, day: 1 }
 */
export const compulsorySchoolAge = {
  leavingAge: 16,
  /** The school leaving date: the last `weekday` (5 = Friday) of `month` (6 = June). */
  leavingDate: { month: 6, weekday: 5 },
  schoolYearStarts: { month: 9, day: 1 },
  kind: 'law',
  source:
    'Education Act 1996 s.8(3)-(4) and the school leaving date set under s.8(4) (the last Friday in June)',
  note: 'The school year is taken to start on 1 September; a child turning 16 in the first days of September, before term starts, is treated as in the next school year.',
} as const satisfies Sourced & Record<string, unknown>;
