import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import {
  addWorkingDays,
  isBankHoliday,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/schedule/workingDays.js';

describe('isWorkingDay', () => {
  it('is true for an ordinary weekday', () => {
    expect(isWorkingDay('2025-11-12')).toBe(true);
  });

  it('is false on Saturday and Sunday', () => {
    expect(isWorkingDay('2025-11-15')).toBe(false);
    expect(isWorkingDay('2025-11-16')).toBe(false);
  });

  it('is false on a bank holiday that falls on a weekday', () => {
    expect(isWorkingDay('2022-09-19')).toBe(false); // State Funeral of Queen Elizabeth II
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
  });

  it('is false on a substitute day, and the weekend day it stands in for is not listed as a holiday', () => {
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day (substitute day)
    expect(isBankHoliday('2026-12-26')).toBe(false); // a Saturday: not listed, not a working day
    expect(isWorkingDay('2026-12-26')).toBe(false);
  });

  it('uses the standing pattern beyond the table (Christmas 2032 on a Saturday)', () => {
    expect(isWorkingDay('2032-12-27')).toBe(false);
    expect(isWorkingDay('2032-12-28')).toBe(false);
    expect(isWorkingDay('2032-12-29')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips a weekend', () => {
    expect(addWorkingDays('2025-11-14', 1)).toBe('2025-11-17'); // Friday -> Monday
  });

  it('skips a bank holiday as well as the weekend', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // Thursday -> past Easter to Tuesday
    expect(addWorkingDays('2025-12-23', 2)).toBe('2025-12-29'); // Christmas and Boxing Day
  });

  it('counts 10 working days across Christmas and New Year', () => {
    expect(addWorkingDays('2025-12-19', 10)).toBe('2026-01-07');
  });

  it('counts two working weeks when no holiday falls in them', () => {
    expect(addWorkingDays('2025-11-10', 10)).toBe('2025-11-24');
  });

  it('goes backwards for a negative number of days', () => {
    expect(addWorkingDays('2026-03-03', -10)).toBe('2026-02-17');
    expect(addWorkingDays('2025-12-29', -1)).toBe('2025-12-24');
  });

  it('returns the date itself for 0, even when it is not a working day', () => {
    expect(addWorkingDays('2025-11-15', 0)).toBe('2025-11-15');
  });

  it('starts from a weekend day: the first working day after it is day 1', () => {
    expect(addWorkingDays('2025-11-15', 1)).toBe('2025-11-17');
  });

  it('rejects a date that is not a real calendar date, without echoing it', () => {
    try {
      addWorkingDays('2025-02-30', 1);
      expect.unreachable();
    } catch (e) {
      expect(isYjplanError(e) && e.code).toBe('invalid_input');
      expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['date']);
      expect(String((e as Error).message)).not.toContain('2025-02-30');
    }
  });

  it('rejects a number of days that is not a whole number', () => {
    expect(() => addWorkingDays('2025-11-10', 1.5)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => addWorkingDays('2025-11-10', Number.NaN)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2025-11-10', '2025-11-24')).toBe(10);
    expect(workingDaysBetween('2025-11-14', '2025-11-17')).toBe(1); // across a weekend
  });

  it('does not count bank holidays', () => {
    expect(workingDaysBetween('2025-12-24', '2025-12-29')).toBe(1);
    expect(workingDaysBetween('2022-09-16', '2022-09-20')).toBe(1); // State Funeral on the Monday
  });

  it('is zero for the same day and negative when the second date is earlier', () => {
    expect(workingDaysBetween('2025-11-12', '2025-11-12')).toBe(0);
    expect(workingDaysBetween('2025-11-24', '2025-11-10')).toBe(-10);
  });

  it('counts across years, with the table and the standing pattern', () => {
    expect(workingDaysBetween('2030-12-31', '2031-01-02')).toBe(1); // New Year's Day 2031
  });

  it('rejects a bad date with the path of the offending argument', () => {
    expect(() => workingDaysBetween('2025-11-10', 'soon')).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [expect.objectContaining({ path: ['to'] })],
      }),
    );
  });

  it('inverts addWorkingDays from any date to any working day', () => {
    const day = fc
      .integer({ min: 0, max: 365 * 14 })
      .map((n) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }), (from, n) => {
        const to = addWorkingDays(from, n);
        if (n !== 0) expect(isWorkingDay(to)).toBe(true);
        if (n > 0 || (n < 0 && isWorkingDay(from))) {
          expect(workingDaysBetween(from, to)).toBe(n);
        }
      }),
    );
  });
});
