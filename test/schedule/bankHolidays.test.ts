import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAY_YEARS,
  bankHolidaySource,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
} from '../../src/law/bankHolidays.js';
import { standingBankHolidays } from '../../src/schedule/standingBankHolidays.js';
import { bankHolidaysIn } from '../../src/schedule/workingDays.js';

const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** Easter Sundays from the Church's tables, independent of the computus in the source. */
const EASTER_SUNDAYS: Record<number, string> = {
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
};

/** The one-off changes proclaimed under the Banking and Financial Dealings Act 1971 s.1(2)-(3). */
const PROCLAIMED: Record<number, { removed: string[]; added: string[] }> = {
  2020: { removed: ['2020-05-04'], added: ['2020-05-08'] },
  2022: { removed: ['2022-05-30'], added: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  2023: { removed: [], added: ['2023-05-08'] },
};

describe('England and Wales bank holidays (data)', () => {
  it('cites the Banking and Financial Dealings Act 1971 and the royal proclamations', () => {
    expect(bankHolidaySource.source).toMatch(/Banking and Financial Dealings Act 1971/);
    expect(bankHolidaySource.source).toMatch(/proclamation/);
  });

  it('lists each day once, in date order, within the covered years', () => {
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates[0]?.startsWith(String(BANK_HOLIDAY_YEARS.from))).toBe(true);
    expect(dates.at(-1)?.startsWith(String(BANK_HOLIDAY_YEARS.to))).toBe(true);
  });

  it('lists only the weekdays taken as holidays (weekend holidays move to substitute days)', () => {
    expect(dates.filter((d) => weekday(d) === 0 || weekday(d) === 6)).toEqual([]);
  });

  it('has Good Friday and Easter Monday around each Easter Sunday', () => {
    for (const easter of Object.values(EASTER_SUNDAYS)) {
      const t = Date.parse(`${easter}T00:00:00Z`);
      const day = (offset: number) => new Date(t + offset * 86_400_000).toISOString().slice(0, 10);
      expect(dates).toContain(day(-2));
      expect(dates).toContain(day(1));
    }
  });

  it('is the standing pattern plus the VE Day, Platinum Jubilee, State Funeral and Coronation proclamations', () => {
    for (let year = BANK_HOLIDAY_YEARS.from; year <= BANK_HOLIDAY_YEARS.to; year++) {
      const change = PROCLAIMED[year] ?? { removed: [], added: [] };
      const expected = [
        ...standingBankHolidays(year).filter((d) => !change.removed.includes(d)),
        ...change.added,
      ].sort();
      expect(
        dates.filter((d) => d.startsWith(`${year}-`)),
        String(year),
      ).toEqual(expected);
    }
  });

  it('includes the substitute days for Christmas and New Year falling at a weekend', () => {
    expect(dates).toEqual(
      expect.arrayContaining([
        '2020-12-28',
        '2021-12-27',
        '2021-12-28',
        '2022-01-03',
        '2022-12-27',
        '2023-01-02',
        '2026-12-28',
      ]),
    );
    expect(dates).not.toContain('2026-12-26');
  });
});

describe('bankHolidaysIn', () => {
  it('answers from the table for a covered year', () => {
    expect(bankHolidaysIn(2023)).toContain('2023-05-08');
  });

  it('falls back to the standing pattern outside the table', () => {
    expect(bankHolidaysIn(2031)).toEqual([
      '2031-01-01',
      '2031-04-11',
      '2031-04-14',
      '2031-05-05',
      '2031-05-26',
      '2031-08-25',
      '2031-12-25',
      '2031-12-26',
    ]);
  });

  it('rejects a year that is not a whole number from 1 to 9999 with a typed error', () => {
    expect(() => bankHolidaysIn(2025.5)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => bankHolidaysIn(0)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
