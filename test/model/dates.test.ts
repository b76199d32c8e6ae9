import { describe, expect, it } from 'vitest';
import { IsoDateSchema, TimestampSchema } from '../../src/model/dates.js';

const codes = (r: { error?: { issues: readonly { code: string }[] } | undefined }) =>
  r.error?.issues.map((i) => i.code) ?? [];

describe('IsoDateSchema', () => {
  it('accepts a leap day in a leap year and rejects it in a common year', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(codes(IsoDateSchema.safeParse('2023-02-29'))).toEqual(['invalid_format']);
  });

  it('rejects impossible dates: 30 February, 31 April, month 13, day 0', () => {
    for (const date of ['2025-02-30', '2025-04-31', '2025-13-01', '2025-01-00']) {
      expect(codes(IsoDateSchema.safeParse(date))).toEqual(['invalid_format']);
    }
  });

  it('rejects other shapes: a timestamp, one-digit parts, slashes, surrounding spaces', () => {
    for (const date of ['2025-03-03T00:00:00Z', '2025-3-3', '03/03/2025', ' 2025-03-03']) {
      expect(codes(IsoDateSchema.safeParse(date))).toEqual(['invalid_format']);
    }
  });

  it('accepts the years 1900 to 2199 and rejects a mistyped year outside them, once', () => {
    expect(IsoDateSchema.safeParse('1900-01-01').success).toBe(true);
    expect(IsoDateSchema.safeParse('2199-12-31').success).toBe(true);
    for (const date of ['1899-12-31', '2200-01-01', '0205-03-01']) {
      const r = IsoDateSchema.safeParse(date);
      expect(codes(r)).toEqual(['invalid_format']);
      expect(r.error?.issues[0]?.message).toBe('Expected a year from 1900 to 2199');
    }
  });

  it('reports a malformed date once, with the calendar-date message', () => {
    const r = IsoDateSchema.safeParse('not a date');
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'Expected a real calendar date YYYY-MM-DD',
    ]);
  });
});

describe('TimestampSchema', () => {
  it('accepts UTC and offset timestamps', () => {
    for (const at of [
      '2025-03-04T10:15:00Z',
      '2025-06-01T09:00:00+01:00',
      '2025-06-01T09:00:00.123Z',
    ]) {
      expect(TimestampSchema.safeParse(at).success).toBe(true);
    }
  });

  it('rejects a timestamp without an offset, on an impossible day, or in a mistyped year', () => {
    for (const at of ['2025-03-04T10:15:00', '2025-02-30T10:00:00Z', '0025-03-04T10:15:00Z']) {
      expect(codes(TimestampSchema.safeParse(at))).toEqual(['invalid_format']);
    }
  });
});
