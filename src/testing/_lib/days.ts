/**
 * Fast calendar-day arithmetic on `YYYY-MM-DD` strings for the simulator's hot loops: dates are
 * counted as whole days since 1970-01-01 with integer arithmetic (H. Hinnant's civil-date
 * algorithms), so no zone, daylight saving or `Date` object is involved. Same results as the
 * library's calendar helpers (`addDays`, `daysBetween`), checked by the tests.
 * @internal
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

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

/** @internal Adds calendar days. */
export const addDays = (date: string, days: number): string =>
  fromDayNumber(dayNumber(date) + days);

/** @internal Whole days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** @internal 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
export const weekday = (date: string): number => (((dayNumber(date) + 4) % 7) + 7) % 7;
