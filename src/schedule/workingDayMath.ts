/**
 * Working-day arithmetic on day numbers: Monday to Friday, except England and Wales bank
 * holidays. Unchecked: the public functions in `workingDays.ts` validate first.
 * @internal
 */
import { bankHolidaysWithin, isBankHolidayDay } from './bankHolidayCalendar.js';
import { fromDayNumber, toDayNumber, weekdayOf } from './dayNumber.js';

/** @internal Whether a day number is a working day. */
export function isWorkingDayNumber(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !isBankHolidayDay(day);
}

/**
 * The most working days a shift may cross (about 400 years): past it, or from something that is
 * not a date, the arithmetic refuses rather than loop (a state written by hand can hold anything).
 */
const MAX_SHIFT = 100_000;

/** A day number and a count the loops below can walk to the end of. */
function walkable(day: number, days = 0): void {
  if (!Number.isSafeInteger(day) || !Number.isSafeInteger(days) || Math.abs(days) > MAX_SHIFT) {
    throw new RangeError('Not a calendar date, or too far to count in working days');
  }
}

/** @internal `days` working days after (or, if negative, before) `date`; `date` itself for 0. */
export function shiftWorkingDays(date: string, days: number): string {
  let day = toDayNumber(date);
  walkable(day, days);
  const step = days < 0 ? -1 : 1;
  for (let left = Math.abs(days); left > 0; ) {
    day += step;
    if (isWorkingDayNumber(day)) left--;
  }
  return fromDayNumber(day);
}

/** @internal `date` itself when it is a working day, else the last working day before it. */
export function workingDayOnOrBefore(date: string): string {
  let day = toDayNumber(date);
  walkable(day);
  while (!isWorkingDayNumber(day)) day--;
  return fromDayNumber(day);
}

/** Monday to Friday days from a fixed Monday up to and including `day` (can be negative). */
function weekdaysThrough(day: number): number {
  const sinceMonday = day - 4; // day 4 is Monday 1970-01-05
  const weeks = Math.floor(sinceMonday / 7);
  return 5 * weeks + Math.min(sinceMonday - 7 * weeks + 1, 5);
}

/** Working days after `from` up to and including `to`, for `from <= to`. */
function countForward(from: number, to: number): number {
  const weekdays = weekdaysThrough(to) - weekdaysThrough(from);
  const holidays = bankHolidaysWithin(from + 1, to).filter((d) => {
    const w = weekdayOf(d);
    return w !== 0 && w !== 6;
  }).length;
  return weekdays - holidays;
}

/** @internal Working days after `from` up to and including `to`; negative when `to` is earlier. */
export function countWorkingDays(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return a <= b ? countForward(a, b) : -countForward(b, a);
}
