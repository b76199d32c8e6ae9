import type { Sourced } from './types.js';

/**
 * A bank or public holiday in England and Wales: a day that is not a working day.
 *
 * @example
 * const h: BankHoliday = { date: '2023-05-08', name: 'Coronation of King Charles III' };
 */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

/**
 * The years the bank holiday table below covers. Outside them the working-day arithmetic
 * falls back to the standing pattern (`src/schedule/standingBankHolidays.ts`), which cannot
 * know one-off proclamations.
 *
 * @example
 * BANK_HOLIDAY_YEARS.to; // 2030
 */
export const BANK_HOLIDAY_YEARS = { from: 2020, to: 2030 } as const;

/**
 * Where the table comes from. Bank holidays in England and Wales are set by the Banking and
 * Financial Dealings Act 1971: Schedule 1 para. 1 names Easter Monday, the last Monday in May,
 * the last Monday in August, 26 December (if not a Sunday) and 27 December (in a year in which
 * 25 or 26 December is a Sunday); s.1(2) lets a royal proclamation move a day and s.1(3) add
 * one. New Year's Day, the early May bank holiday and the other weekday substitutes are
 * proclaimed each year under s.1(3); Christmas Day and Good Friday are common-law holidays.
 * Only the weekday on which the holiday is taken is listed (a holiday falling on a Saturday or
 * Sunday moves to the substitute day). Dates to 2028 match the UK government's published list
 * (gov.uk/bank-holidays); 2029 and 2030 follow the standing pattern and are not yet proclaimed.
 *
 * @example
 * bankHolidaySource.kind; // 'law'
 */
export const bankHolidaySource = {
  kind: 'law',
  source:
    'Banking and Financial Dealings Act 1971 s.1 and Sch. 1 para. 1; royal proclamations under s.1(2)-(3); Christmas Day and Good Friday at common law',
  note: '2029-2030 projected from the standing pattern: confirm against the proclamations when issued.',
} as const satisfies Sourced;

/**
 * England and Wales bank holidays, 2020 to 2030, in date order: the days off, including
 * substitute days and the one-off days proclaimed for the VE Day anniversary (2020), the
 * Platinum Jubilee and the State Funeral of Queen Elizabeth II (2022), and the Coronation (2023).
 *
 * @example
 * ENGLAND_AND_WALES_BANK_HOLIDAYS.some((h) => h.date === '2022-09-19'); // true
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = [
  { date: '2020-01-01', name: 'New Year’s Day' },
  { date: '2020-04-10', name: 'Good Friday' },
  { date: '2020-04-13', name: 'Easter Monday' },
  // Royal proclamation under s.1(2): the early May bank holiday moved from Monday 4 May to
  // Friday 8 May for the 75th anniversary of VE Day.
  { date: '2020-05-08', name: 'Early May bank holiday (VE Day)' },
  { date: '2020-05-25', name: 'Spring bank holiday' },
  { date: '2020-08-31', name: 'Summer bank holiday' },
  { date: '2020-12-25', name: 'Christmas Day' },
  { date: '2020-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2021-01-01', name: 'New Year’s Day' },
  { date: '2021-04-02', name: 'Good Friday' },
  { date: '2021-04-05', name: 'Easter Monday' },
  { date: '2021-05-03', name: 'Early May bank holiday' },
  { date: '2021-05-31', name: 'Spring bank holiday' },
  { date: '2021-08-30', name: 'Summer bank holiday' },
  { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2022-01-03', name: 'New Year’s Day (substitute day)' },
  { date: '2022-04-15', name: 'Good Friday' },
  { date: '2022-04-18', name: 'Easter Monday' },
  { date: '2022-05-02', name: 'Early May bank holiday' },
  // Royal proclamation under s.1(2)-(3) for the Platinum Jubilee: the spring bank holiday moved from
  // Monday 30 May to Thursday 2 June, and Friday 3 June added.
  { date: '2022-06-02', name: 'Spring bank holiday' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-08-29', name: 'Summer bank holiday' },
  // Royal proclamation under s.1(3): the day of the State Funeral.
  { date: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
  { date: '2022-12-26', name: 'Boxing Day' },
  { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2023-01-02', name: 'New Year’s Day (substitute day)' },
  { date: '2023-04-07', name: 'Good Friday' },
  { date: '2023-04-10', name: 'Easter Monday' },
  { date: '2023-05-01', name: 'Early May bank holiday' },
  // Royal proclamation under s.1(3): the Monday after the Coronation of King Charles III.
  { date: '2023-05-08', name: 'Coronation of King Charles III' },
  { date: '2023-05-29', name: 'Spring bank holiday' },
  { date: '2023-08-28', name: 'Summer bank holiday' },
  { date: '2023-12-25', name: 'Christmas Day' },
  { date: '2023-12-26', name: 'Boxing Day' },
  { date: '2024-01-01', name: 'New Year’s Day' },
  { date: '2024-03-29', name: 'Good Friday' },
  { date: '2024-04-01', name: 'Easter Monday' },
  { date: '2024-05-06', name: 'Early May bank holiday' },
  { date: '2024-05-27', name: 'Spring bank holiday' },
  { date: '2024-08-26', name: 'Summer bank holiday' },
  { date: '2024-12-25', name: 'Christmas Day' },
  { date: '2024-12-26', name: 'Boxing Day' },
  { date: '2025-01-01', name: 'New Year’s Day' },
  { date: '2025-04-18', name: 'Good Friday' },
  { date: '2025-04-21', name: 'Easter Monday' },
  { date: '2025-05-05', name: 'Early May bank holiday' },
  { date: '2025-05-26', name: 'Spring bank holiday' },
  { date: '2025-08-25', name: 'Summer bank holiday' },
  { date: '2025-12-25', name: 'Christmas Day' },
  { date: '2025-12-26', name: 'Boxing Day' },
  { date: '2026-01-01', name: 'New Year’s Day' },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2027-01-01', name: 'New Year’s Day' },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2028-01-03', name: 'New Year’s Day (substitute day)' },
  { date: '2028-04-14', name: 'Good Friday' },
  { date: '2028-04-17', name: 'Easter Monday' },
  { date: '2028-05-01', name: 'Early May bank holiday' },
  { date: '2028-05-29', name: 'Spring bank holiday' },
  { date: '2028-08-28', name: 'Summer bank holiday' },
  { date: '2028-12-25', name: 'Christmas Day' },
  { date: '2028-12-26', name: 'Boxing Day' },
  // 2029-2030: the standing pattern, not yet proclaimed.
  { date: '2029-01-01', name: 'New Year’s Day' },
  { date: '2029-03-30', name: 'Good Friday' },
  { date: '2029-04-02', name: 'Easter Monday' },
  { date: '2029-05-07', name: 'Early May bank holiday' },
  { date: '2029-05-28', name: 'Spring bank holiday' },
  { date: '2029-08-27', name: 'Summer bank holiday' },
  { date: '2029-12-25', name: 'Christmas Day' },
  { date: '2029-12-26', name: 'Boxing Day' },
  { date: '2030-01-01', name: 'New Year’s Day' },
  { date: '2030-04-19', name: 'Good Friday' },
  { date: '2030-04-22', name: 'Easter Monday' },
  { date: '2030-05-06', name: 'Early May bank holiday' },
  { date: '2030-05-27', name: 'Spring bank holiday' },
  { date: '2030-08-26', name: 'Summer bank holiday' },
  { date: '2030-12-25', name: 'Christmas Day' },
  { date: '2030-12-26', name: 'Boxing Day' },
];
