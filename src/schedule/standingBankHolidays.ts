/**
 * The standing pattern of England and Wales bank holidays, for years the sourced table in
 * `src/law/bankHolidays.ts` does not cover. It cannot know one-off proclamations (a jubilee, a
 * state funeral, a moved early May holiday).
 * @internal
 */
import { fromDayNumber, toDayNumber, weekdayOf } from './dayNumber.js';

const SUNDAY = 0;
const MONDAY = 1;
const SATURDAY = 6;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayOf = (year: number, month: number, day: number) =>
  toDayNumber(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);

/** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" computus). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** The first Monday on or after a day. */
const mondayFrom = (day: number) => day + ((MONDAY - weekdayOf(day) + 7) % 7);
/** The last Monday on or before a day. */
const mondayUntil = (day: number) => day - ((weekdayOf(day) - MONDAY + 7) % 7);

/** New Year's Day, or the Monday after when it falls at a weekend (proclaimed under s.1(3)). */
function newYear(year: number): number {
  const day = dayOf(year, 1, 1);
  return weekdayOf(day) === SATURDAY || weekdayOf(day) === SUNDAY ? mondayFrom(day) : day;
}

/**
 * Christmas Day and Boxing Day as days off: 26 December (Sch. 1, unless a Sunday) and 27
 * December when 25 or 26 December is a Sunday (Sch. 1), with the weekday substitutes proclaimed
 * when either falls at a weekend.
 */
function christmas(year: number): number[] {
  const christmasDay = dayOf(year, 12, 25);
  switch (weekdayOf(christmasDay)) {
    case 5: // Friday: Boxing Day on Saturday, taken on Monday 28th
      return [christmasDay, christmasDay + 3];
    case SATURDAY: // taken on Monday 27th and Tuesday 28th
      return [christmasDay + 2, christmasDay + 3];
    case SUNDAY: // Boxing Day on Monday 26th, Christmas taken on Tuesday 27th
      return [christmasDay + 1, christmasDay + 2];
    default:
      return [christmasDay, christmasDay + 1];
  }
}

/**
 * @internal The bank holidays of a year by the standing pattern, as `YYYY-MM-DD`, in order:
 * New Year's Day, Good Friday, Easter Monday, the first and last Mondays in May, the last
 * Monday in August, Christmas Day and Boxing Day (with weekday substitutes).
 */
export function standingBankHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    newYear(year),
    easter - 2,
    easter + 1,
    mondayFrom(dayOf(year, 5, 1)),
    mondayUntil(dayOf(year, 5, 31)),
    mondayUntil(dayOf(year, 8, 31)),
    ...christmas(year),
  ].map(fromDayNumber);
}
