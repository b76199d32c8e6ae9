import { describe, expect, it } from 'vitest';
import { safeParseDisposal } from '../../src/schemas.js';

const iss = {
  type: 'youth-rehabilitation-order-iss',
  id: 'iss-1',
  convictionDate: '2024-02-05',
  sentenceDate: '2024-02-05',
  endDate: '2025-08-04',
  requirements: [
    { id: 'req-act', kind: 'activity', days: 200 },
    { id: 'req-sup', kind: 'supervision' },
    { id: 'req-cur', kind: 'curfew', hoursPerDay: 8, months: 6 },
  ],
} as const;

const pathsOf = (input: unknown) => {
  const r = safeParseDisposal(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path);
};
const messagesOf = (input: unknown) => {
  const r = safeParseDisposal(input);
  return r.ok ? [] : r.error.issues.map((i) => i.message);
};

describe('extended activity in a pilot-area ISS', () => {
  it('accepts 200 days of extended activity in a pilot-area ISS made in 2024', () => {
    expect(pathsOf({ ...iss, pilotArea: true })).toEqual([]);
  });

  it('refuses 200 days outside a pilot area, naming the flag and the regulations', () => {
    expect(pathsOf(iss)).toEqual([['requirements', 0, 'days']]);
    expect(messagesOf(iss)[0]).toMatch(/pilotArea.*S\.I\. 2023\/705/);
  });

  it('refuses more than 365 days even in a pilot area', () => {
    const over = {
      ...iss,
      pilotArea: true,
      requirements: [{ id: 'req-act', kind: 'activity', days: 366 }, ...iss.requirements.slice(1)],
    };
    expect(pathsOf(over)).toEqual([['requirements', 0, 'days']]);
  });

  it('refuses 200 days for a conviction before 3 July 2023 even when the order was made in the pilot', () => {
    const early = {
      ...iss,
      pilotArea: true,
      convictionDate: '2023-06-30',
      sentenceDate: '2023-07-10',
      endDate: '2024-12-01',
    };
    expect(pathsOf(early)).toEqual([['requirements', 0, 'days']]);
  });

  it('refuses a pilot-area order made after the pilot ended, at pilotArea', () => {
    const late = {
      ...iss,
      pilotArea: true,
      convictionDate: '2026-01-05',
      sentenceDate: '2026-01-05',
      endDate: '2027-01-04',
    };
    expect(pathsOf(late)).toEqual([['pilotArea']]);
  });

  it('accepts a pilot-area order made on the last day of the pilot, 3 January 2026', () => {
    const last = {
      ...iss,
      pilotArea: true,
      convictionDate: '2026-01-03',
      sentenceDate: '2026-01-03',
      endDate: '2027-01-02',
    };
    expect(pathsOf(last)).toEqual([]);
  });

  it('still refuses extended activity in a plain YRO in a pilot area', () => {
    const plain = { ...iss, type: 'youth-rehabilitation-order', pilotArea: true };
    expect(pathsOf(plain)).toEqual([['requirements', 0, 'days']]);
  });
});

describe('electronic whereabouts and compliance monitoring', () => {
  const yro = {
    type: 'youth-rehabilitation-order',
    id: 'yro-1',
    convictionDate: '2024-03-01',
    sentenceDate: '2024-03-01',
    endDate: '2025-02-28',
    requirements: [{ id: 'req-ewm', kind: 'electronic-whereabouts-monitoring', months: 6 }],
  } as const;

  it('accepts whereabouts monitoring on its own in a pilot-area order (no pairing needed, s.185(5))', () => {
    expect(pathsOf({ ...yro, pilotArea: true })).toEqual([]);
  });

  it('refuses whereabouts monitoring outside a pilot area, at the requirement kind', () => {
    expect(pathsOf(yro)).toEqual([['requirements', 0, 'kind']]);
  });

  it('counts whereabouts monitoring as the other requirement compliance monitoring needs', () => {
    const both = {
      ...yro,
      pilotArea: true,
      requirements: [
        ...yro.requirements,
        { id: 'req-em', kind: 'electronic-monitoring', months: 6 },
      ],
    };
    expect(pathsOf(both)).toEqual([]);
  });

  it('still refuses compliance monitoring on its own (s.185(4))', () => {
    const alone = {
      ...yro,
      pilotArea: true,
      requirements: [{ id: 'req-em', kind: 'electronic-monitoring' }],
    };
    expect(pathsOf(alone)).toEqual([['requirements', 0, 'kind']]);
  });
});
