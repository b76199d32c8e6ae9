import { dtoTerms } from '../../law/custody.js';
import type { ByConvictionDate, BySentenceDate, Range } from '../../law/types.js';
import { requirementLimits } from '../../law/yroRequirements.js';
import type { IsoDate } from '../dates.js';

/**
 * The version of a date-dependent limit that applies to a conviction on `convictionDate`.
 *
 * @example
 * lawOn(requirementLimits.curfew.maxHoursPerDayByConvictionDate, '2021-05-01')?.value; // 16
 */
export function lawOn<E extends ByConvictionDate<unknown>>(
  table: readonly E[],
  convictionDate: IsoDate,
): E | undefined {
  return table.find(
    (v) =>
      (v.convictedFrom === undefined || convictionDate >= v.convictedFrom) &&
      (v.convictedBefore === undefined || convictionDate < v.convictedBefore),
  );
}

/**
 * The version of a date-dependent limit that applies to an order made on `sentenceDate`.
 *
 * @example
 * lawOnSentenceDate(dtoTerms, '2022-07-05')?.value.kind; // 'range'
 */
export function lawOnSentenceDate<E extends BySentenceDate<unknown>>(
  table: readonly E[],
  sentenceDate: IsoDate,
): E | undefined {
  return table.find(
    (v) =>
      (v.sentencedFrom === undefined || sentenceDate >= v.sentencedFrom) &&
      (v.sentencedBefore === undefined || sentenceDate < v.sentencedBefore),
  );
}

/**
 * Whether a DTO of `months` whole months (plus `extraDays`, 0 to 30) is a lawful term for an
 * order made on `sentenceDate` (the date basis: docs/decisions/0045): before 28 June 2022 only 4,
 * 6, 8, 10, 12, 18 or 24 months; from that day any term from 4 to 24 months, days included.
 *
 * @example
 * dtoTermAllowed(5, '2022-06-27');     // false
 * dtoTermAllowed(5, '2022-06-28');     // true (sentenced that day, whenever convicted)
 * dtoTermAllowed(4, '2023-01-01', 14); // true: 4 months and 14 days
 * dtoTermAllowed(24, '2023-01-01', 1); // false: over 24 months
 */
export function dtoTermAllowed(months: number, sentenceDate: IsoDate, extraDays = 0): boolean {
  const rule = lawOnSentenceDate(dtoTerms, sentenceDate)?.value;
  if (!rule || !Number.isInteger(months) || !Number.isInteger(extraDays)) return false;
  if (extraDays < 0 || extraDays > 30) return false;
  if (rule.kind === 'one-of') return extraDays === 0 && rule.months.includes(months);
  return months >= rule.min && (months < rule.max || (months === rule.max && extraDays === 0));
}

/**
 * The most hours a day a YRO curfew may last for a conviction on `convictionDate`: 16 before
 * 28 June 2022, 20 from that day.
 *
 * @example
 * maxCurfewHoursPerDay('2022-06-27'); // 16
 * maxCurfewHoursPerDay('2022-06-28'); // 20
 */
export function maxCurfewHoursPerDay(convictionDate: IsoDate): number {
  const table = requirementLimits.curfew.maxHoursPerDayByConvictionDate;
  return lawOn(table, convictionDate)?.value ?? requirementLimits.curfew.hoursPerDay.max;
}

/** @internal Whether `n` lies in the inclusive range. */
export const inRange = (n: number, r: Range): boolean =>
  (r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max);

/** @internal "40 to 240 hours", "at most 3 months", "at least 1 session". */
export function rangeText(r: Range, unit: string): string {
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  const u = (n: number) => (n === 1 ? singular : unit);
  if (r.min !== undefined && r.max !== undefined) return `${r.min} to ${r.max} ${unit}`;
  if (r.max !== undefined) return `at most ${r.max} ${u(r.max)}`;
  if (r.min !== undefined) return `at least ${r.min} ${u(r.min)}`;
  return unit;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * @internal A legal date as the law's messages write it: `'2022-06-28'` is "28 June 2022". For
 * commencement dates from the catalogue, never for personal data.
 */
export function legalDate(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** @internal "a" or "an" before a word. */
export const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
