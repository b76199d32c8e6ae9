/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings: days as integer day numbers, months with
 * date-fns on Dates built from local components and read back the same way, so results never
 * depend on the machine's zone. Date-fns functions are
 * imported one by one (their root barrel costs start-up time).
 * @internal
 */
import { addMonths as addMonthsFn } from 'date-fns/addMonths';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Day arithmetic counts whole days since 1970-01-01 with integer arithmetic (H. Hinnant's
// civil-date algorithms): no zone, daylight saving or Date object, and fast on hot paths.
/** @internal Days since 1970-01-01 of a date. */
export function dayNumber(iso: string): number {
  const m = Number(iso.slice(5, 7));
  const y = Number(iso.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const d = Number(iso.slice(8, 10));
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal The date of a day number. */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

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
export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumber(iso) + days);

/** Days in a month (1-12) of a proleptic Gregorian year. */
const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : 30 + ((m + (m >> 3)) & 1);

/**
 * @internal Whether a value is a real calendar date `YYYY-MM-DD` in the years 1900 to 2199:
 * exactly what the model's `IsoDateSchema` accepts, without loading zod (for the working-day
 * functions, which a host may import on their own).
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(?:19|20|21)\d\d-\d\d-\d\d$/.test(value)) return false;
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(value.slice(0, 4)), m);
}

/**
 * @internal Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
 * A real date moved by whole months into years 1-9999 is counted on its year and month numbers
 * (no Date object: this is on hot paths of the checks); anything else goes through date-fns.
 * Both give the same answer wherever both apply.
 */
export function addMonths(iso: string, months: number): string {
  const fromY = Number(iso.slice(0, 4));
  const fromM = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const real = fromY >= 1 && fromM >= 1 && fromM <= 12 && d >= 1 && d <= daysInMonth(fromY, fromM);
  if (real && Number.isInteger(months)) {
    const total = fromY * 12 + fromM - 1 + months;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    if (y >= 1 && y <= 9999) return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`;
  }
  return fromDate(addMonthsFn(toDate(iso), months));
}

/** @internal Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

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

/** @internal Day of the week of a day number: 0 Sunday, 1 Monday ... 6 Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** @internal 0 for Sunday to 6 for Saturday. */
export const weekday = (date: string): number => weekdayOf(dayNumber(date));

/** @internal The calendar year a day number falls in. */
export const yearOf = (day: number): number => Number(fromDayNumber(day).slice(0, 4));
