import { isIsoDate } from '../_lib/calendar.js';
import { YjplanError } from '../errors/YjplanError.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../law/bankHolidays.js';
import type { IsoDate } from '../model/dates.js';
import { isBankHolidayDay } from './bankHolidayCalendar.js';
import { toDayNumber } from './dayNumber.js';
import { standingBankHolidays } from './standingBankHolidays.js';
import { countWorkingDays, isWorkingDayNumber, shiftWorkingDays } from './workingDayMath.js';

/** The longest shift `addWorkingDays` accepts (about a century of working days). */
const MAX_SHIFT = 30_000;

function checkedDate(value: unknown, name: string): IsoDate {
  if (isIsoDate(value)) return value;
  const message = 'Expected a real calendar date YYYY-MM-DD';
  throw new YjplanError('invalid_input', `Invalid ${name}: ${message}`, [
    { path: [name], code: 'invalid_format', message },
  ]);
}

/**
 * Whether a date is a bank holiday in England and Wales (the sourced table for 2020-2030, the
 * standing pattern of the Banking and Financial Dealings Act 1971 and the annual proclamations
 * outside it).
 *
 * @throws {YjplanError} `invalid_input` when `date` is not a real calendar date.
 * @example
 * isBankHoliday('2023-05-08'); // true: the Coronation bank holiday
 */
export function isBankHoliday(date: IsoDate): boolean {
  return isBankHolidayDay(toDayNumber(checkedDate(date, 'date')));
}

/**
 * Whether a date is a working day: Monday to Friday and not an England and Wales bank holiday.
 *
 * @throws {YjplanError} `invalid_input` when `date` is not a real calendar date.
 * @example
 * isWorkingDay('2025-12-26'); // false: Boxing Day
 * isWorkingDay('2025-12-29'); // true
 */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(toDayNumber(checkedDate(date, 'date')));
}

/**
 * The date `days` working days after `date` (before it, when `days` is negative), skipping
 * weekends and bank holidays. `date` itself need not be a working day; 0 returns it unchanged.
 *
 * @throws {YjplanError} `invalid_input` for a bad date, or `days` that is not a whole number
 * within ±30,000.
 * @example
 * addWorkingDays('2025-12-23', 2); // '2025-12-29': Christmas, Boxing Day and the weekend skipped
 * addWorkingDays('2025-11-10', 10); // '2025-11-24'
 */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  const from = checkedDate(date, 'date');
  if (!Number.isSafeInteger(days) || Math.abs(days) > MAX_SHIFT) {
    const message = `Expected a whole number of working days between -${MAX_SHIFT} and ${MAX_SHIFT}`;
    throw new YjplanError('invalid_input', `Invalid days: ${message}`, [
      { path: ['days'], code: 'invalid_value', message },
    ]);
  }
  return shiftWorkingDays(from, days);
}

/**
 * The working days after `from` up to and including `to` (negative when `to` is earlier), so
 * `addWorkingDays(from, workingDaysBetween(from, to)) === to` whenever `to` is a working day
 * after `from`.
 *
 * @throws {YjplanError} `invalid_input` when either date is not a real calendar date.
 * @example
 * workingDaysBetween('2025-12-24', '2025-12-29'); // 1: only Monday 29th counts
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  return countWorkingDays(checkedDate(from, 'from'), checkedDate(to, 'to'));
}

/**
 * The England and Wales bank holidays of one year, as dates in order (the sourced table, or
 * the standing pattern outside 2020-2030).
 *
 * @throws {YjplanError} `invalid_input` when `year` is not a whole year from 1 to 9999.
 * @example
 * bankHolidaysIn(2022).includes('2022-06-03'); // true: the Platinum Jubilee
 */
export function bankHolidaysIn(year: number): IsoDate[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    const message = 'Expected a whole year from 1 to 9999';
    throw new YjplanError('invalid_input', `Invalid year: ${message}`, [
      { path: ['year'], code: 'invalid_value', message },
    ]);
  }
  const table = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));
  return table.length > 0 ? table.map((h) => h.date) : standingBankHolidays(year);
}
