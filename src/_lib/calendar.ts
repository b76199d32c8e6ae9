/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Dates are built from local components and
 * read back the same way, so results never depend on the machine's zone. Date-fns functions are
 * imported one by one (their root barrel costs start-up time).
 * @internal
 */
import { addDays as addDaysFn } from 'date-fns/addDays';
import { addMonths as addMonthsFn } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** @internal `YYYY-MM-DD` to a local Date at midnight. */
export function toDate(iso: string): Date {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const date = new Date(2000, m - 1, d);
  date.setFullYear(y);
  return date;
}

/** @internal A local Date to `YYYY-MM-DD`. */
export function fromDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** @internal The date part of an ISO timestamp, as written (its own offset). */
export function dateOfTimestamp(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** @internal Adds calendar days. */
export function addDays(iso: string, days: number): string {
  return fromDate(addDaysFn(toDate(iso), days));
}

/** @internal Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  return fromDate(addMonthsFn(toDate(iso), months));
}

/** @internal Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** @internal Earlier, later, or equal: ISO calendar dates compare as strings. */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** @internal The later of two dates. */
export const maxDate = (a: string, b: string): string => (a < b ? b : a);

/** @internal The earlier of two dates. */
export const minDate = (a: string, b: string): string => (a < b ? a : b);

/**
 * @internal Age in whole years on a date. A child born on 29 February reaches the next year of
 * age on 1 March in a common year (Family Law Reform Act 1969 s.9: a person attains an age at
 * the start of the relevant anniversary of birth).
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
