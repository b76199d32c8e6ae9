/**
 * The end of compulsory school age, from the law catalogue's rule.
 * @internal
 */
import { addDays, weekday } from '../../_lib/calendar.js';
import { compulsorySchoolAge as law } from '../../law/schoolAge.js';
import type { IsoDate } from '../dates.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** @internal The school leaving date of a calendar year: the last Friday in June. */
function leavingDate(year: number): IsoDate {
  const lastDay = `${year}-${pad(law.leavingDate.month)}-30`;
  return addDays(lastDay, -((weekday(lastDay) - law.leavingDate.weekday + 7) % 7));
}

/**
 * The last day a child born on `dateOfBirth` is of compulsory school age (England and Wales):
 * the school leaving date of the school year in which they turn 16.
 *
 * @example
 * compulsorySchoolAgeEnds('2008-07-15'); // '2024-06-28' (turns 16 in the summer holidays)
 * compulsorySchoolAgeEnds('2008-10-01'); // '2025-06-27'
 */
export function compulsorySchoolAgeEnds(dateOfBirth: IsoDate): IsoDate {
  const year = Number(dateOfBirth.slice(0, 4)) + law.leavingAge;
  const monthDay = dateOfBirth.slice(5);
  const yearStarts = `${pad(law.schoolYearStarts.month)}-${pad(law.schoolYearStarts.day)}`;
  return leavingDate(monthDay < yearStarts ? year : year + 1);
}
