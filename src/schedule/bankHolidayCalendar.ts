/**
 * Which days are England and Wales bank holidays: the sourced table for the years it covers,
 * the standing pattern outside them (built once per year). Days are day numbers.
 * @internal
 */
import { BANK_HOLIDAY_YEARS, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../law/bankHolidays.js';
import { toDayNumber, yearOf } from './dayNumber.js';
import { standingBankHolidays } from './standingBankHolidays.js';

const TABLE_FIRST_DAY = toDayNumber(`${BANK_HOLIDAY_YEARS.from}-01-01`);
const TABLE_LAST_DAY = toDayNumber(`${BANK_HOLIDAY_YEARS.to}-12-31`);
const tableDays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => toDayNumber(h.date)));
const otherYears = new Map<number, ReadonlySet<number>>();

function standingDays(year: number): ReadonlySet<number> {
  let days = otherYears.get(year);
  if (days === undefined) {
    days = new Set(standingBankHolidays(year).map(toDayNumber));
    otherYears.set(year, days);
  }
  return days;
}

/** @internal Whether a day number is a bank holiday. */
export function isBankHolidayDay(day: number): boolean {
  if (day >= TABLE_FIRST_DAY && day <= TABLE_LAST_DAY) return tableDays.has(day);
  return standingDays(yearOf(day)).has(day);
}

const tableSorted = [...tableDays].sort((a, b) => a - b);

/** @internal The bank holidays from `first` to `last` (day numbers, inclusive), in order. */
export function bankHolidaysWithin(first: number, last: number): number[] {
  const out = tableSorted.filter((d) => d >= first && d <= last);
  for (let year = yearOf(first); year <= yearOf(last); year++) {
    if (year >= BANK_HOLIDAY_YEARS.from && year <= BANK_HOLIDAY_YEARS.to) continue;
    for (const d of standingDays(year)) if (d >= first && d <= last) out.push(d);
  }
  return out.sort((a, b) => a - b);
}
