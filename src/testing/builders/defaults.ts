import { addMonths } from '../../_lib/calendar.js';
import type { IsoDate } from '../../model/dates.js';

/**
 * The date builders start from when none is given: a fixed date, never the clock, so what they
 * build is the same on every run. Pass `on` (or `aCase({ start })`) to move a case in time.
 *
 * @example
 * aDisposal.referralOrder().sentenceDate === BUILDER_START; // true
 */
export const BUILDER_START: IsoDate = '2025-09-01';

/**
 * The ids builders use unless told otherwise.
 *
 * @example
 * aCase().state().caseId === BUILDER_IDS.caseId; // true
 */
export const BUILDER_IDS = {
  caseId: 'case-1',
  childId: 'child-1',
  parentCarerId: 'pc-1',
  disposalId: 'd-1',
  caseManager: 'pr-case-manager',
  manager: 'pr-manager',
} as const;

/**
 * A date of birth that makes the child `age` on `on`, half-way between birthdays so a few days
 * either side never change the age.
 *
 * @example
 * dateOfBirthForAge(15, '2025-09-01'); // '2010-03-01'
 */
export function dateOfBirthForAge(age: number, on: IsoDate = BUILDER_START): IsoDate {
  return addMonths(on, -(age * 12 + 6));
}
