import { describe, expect, it } from 'vitest';
import { disposalEndDate } from '../../src/model/disposal/index.js';
import { safeParseDisposal } from '../../src/schemas.js';

const yro = {
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate: '2025-02-10',
  sentenceDate: '2025-03-03',
  endDate: '2028-03-02',
  requirements: [{ id: 'req-sup', kind: 'supervision' }],
} as const;

const issuesOf = (input: unknown) => {
  const r = safeParseDisposal(input);
  return r.ok ? [] : r.error.issues.map((i) => ({ path: i.path, code: i.code }));
};

describe('a YRO end date substituted on breach', () => {
  it('accepts an end date 3 years and 2 months after the order took effect when substituted on breach', () => {
    const d = safeParseDisposal({
      ...yro,
      endDate: '2028-05-02',
      endDateBeforeBreach: '2028-03-02',
    });
    expect(d.ok && disposalEndDate(d.value)).toBe('2028-05-02');
  });

  it('refuses the same end date without a recorded substitution (3-year limit)', () => {
    expect(issuesOf({ ...yro, endDate: '2028-05-02' })).toEqual([
      { path: ['endDate'], code: 'custom' },
    ]);
  });

  it('refuses a substituted end date more than 6 months after the one it replaced', () => {
    expect(issuesOf({ ...yro, endDate: '2028-09-03', endDateBeforeBreach: '2028-03-02' })).toEqual([
      { path: ['endDate'], code: 'custom' },
    ]);
    expect(issuesOf({ ...yro, endDate: '2028-09-02', endDateBeforeBreach: '2028-03-02' })).toEqual(
      [],
    );
  });

  it('refuses a substituted end date no later than the one it replaced', () => {
    expect(issuesOf({ ...yro, endDate: '2028-03-02', endDateBeforeBreach: '2028-03-02' })).toEqual([
      { path: ['endDate'], code: 'custom' },
    ]);
  });

  it('holds the original end date to the 3-year limit, at endDateBeforeBreach', () => {
    expect(issuesOf({ ...yro, endDate: '2028-06-01', endDateBeforeBreach: '2028-04-01' })).toEqual([
      { path: ['endDateBeforeBreach'], code: 'custom' },
    ]);
  });
});

describe('unpaid work imposed on breach', () => {
  const withUpw = (hours: number, imposedOnBreach?: boolean) => ({
    ...yro,
    convictionDate: '2025-02-10',
    endDate: '2026-03-02',
    requirements: [
      { id: 'req-sup', kind: 'supervision' },
      {
        id: 'req-upw',
        kind: 'unpaid-work',
        hours,
        ...(imposedOnBreach !== undefined && { imposedOnBreach }),
      },
    ],
  });

  it('accepts 20 hours imposed on breach', () => {
    expect(issuesOf(withUpw(20, true))).toEqual([]);
  });

  it('refuses 20 hours as made, with the too_small code and the breach exception in the message', () => {
    const r = safeParseDisposal(withUpw(20));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => [i.path, i.code])).toEqual([
        [['requirements', 1, 'hours'], 'too_small'],
      ]);
      expect(r.error.issues[0]?.message).toMatch(/40 to 240 hours.*imposed on breach/);
    }
  });

  it('refuses fewer than 20 hours even on breach, and more than 240 always', () => {
    expect(issuesOf(withUpw(19, true)).map((i) => i.path)).toEqual([['requirements', 1, 'hours']]);
    expect(issuesOf(withUpw(241, true)).map((i) => i.path)).toEqual([['requirements', 1, 'hours']]);
  });
});
