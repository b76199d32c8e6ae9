/**
 * Calendar periods of whole months, as the Sentencing Code counts them ("the period of N months
 * beginning with the day on which ...").
 * @internal
 */
import { addDays, addMonths, daysBetween } from '../../_lib/calendar.js';

/**
 * @internal The last day of the period of `months` months beginning with `start`: the day
 * before the corresponding date, or the month's last day when there is no corresponding date
 * (a month beginning 31 January ends on 28 or 29 February).
 */
export function periodEnd(start: string, months: number): string {
  const next = addMonths(start, months);
  return next.slice(8) < start.slice(8) ? next : addDays(next, -1);
}

/**
 * @internal The day half of a term of `months` months after `start`: whole months for an even
 * term; for an odd term, half of the middle month's days (rounded down) after the whole months.
 */
export function halfWayDate(start: string, months: number): string {
  const whole = Math.floor(months / 2);
  const base = addMonths(start, whole);
  if (months % 2 === 0) return base;
  const middleMonthDays = daysBetween(base, addMonths(start, whole + 1));
  return addDays(base, Math.floor(middleMonthDays / 2));
}

/**
 * @internal The last day of a term of `months` months and `extraDays` days beginning with
 * `start`: the month period's last day, then the extra days.
 */
export function termEnd(start: string, months: number, extraDays = 0): string {
  return addDays(periodEnd(start, months), extraDays);
}

/**
 * @internal The half-way day of a term of months and days: for whole months as
 * {@link halfWayDate}; with extra days, half of the term's days (rounded down) after the start.
 */
export function termHalfWay(start: string, months: number, extraDays = 0): string {
  if (extraDays === 0) return halfWayDate(start, months);
  const days = daysBetween(start, termEnd(start, months, extraDays)) + 1;
  return addDays(start, Math.floor(days / 2));
}
