/**
 * Calendar dates as whole day numbers (days since 1970-01-01), for working-day arithmetic in
 * hot loops: one integer per day, no Date objects, no time zones.
 * @internal
 */

const MS_PER_DAY = 86_400_000;

/** @internal `YYYY-MM-DD` to its day number. */
export function toDayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1;
  const d = Number(iso.slice(8, 10));
  if (y >= 100) return Date.UTC(y, m, d) / MS_PER_DAY;
  const date = new Date(Date.UTC(2000, m, d));
  date.setUTCFullYear(y);
  return date.getTime() / MS_PER_DAY;
}

/** @internal A day number back to `YYYY-MM-DD`. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** @internal Day of the week: 0 Sunday, 1 Monday ... 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** @internal The calendar year a day number falls in. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
