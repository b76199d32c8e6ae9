import { describe, expect, it } from 'vitest';

import type { DisposalOf } from '../../../src/model/disposal/schema.js';
import {
  custodyDatesIssues,
  dtoReleaseWindow,
  orderEndDate,
  revocationIssues,
} from '../../../src/model/orders/index.js';
import {
  parseCustodyDates,
  parseDisposal,
  parseRevocation,
  safeParseRevocation,
} from '../../../src/schemas.js';

const yro = parseDisposal({
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate: '2025-02-10',
  sentenceDate: '2025-03-03',
  endDate: '2026-03-02',
  requirements: [{ id: 'req-sup', kind: 'supervision' }],
});

const resentence = {
  type: 'detention-and-training-order',
  id: 'dto-1',
  convictionDate: '2025-02-10',
  sentenceDate: '2025-11-10',
  termMonths: 6,
} as const;

describe('revocation and resentence', () => {
  const revocation = parseRevocation({
    orderId: 'yro-1',
    revokedOn: '2025-11-10',
    reason: 'breach',
    resentence,
  });

  it('accepts a YRO revoked on breach and resentenced to a DTO the same day', () => {
    expect(revocationIssues(yro, revocation)).toEqual([]);
    expect(orderEndDate(yro, revocation)).toBe('2025-11-09');
    expect(orderEndDate(yro)).toBe('2026-03-02');
  });

  it('checks the new sentence against its own law when parsed', () => {
    const bad = safeParseRevocation({
      orderId: 'yro-1',
      revokedOn: '2025-11-10',
      reason: 'breach',
      resentence: { ...resentence, termMonths: 25 },
    });
    expect(bad.ok ? [] : bad.error.issues.map((i) => i.path)).toEqual([
      ['resentence', 'termMonths'],
    ]);
  });

  it('refuses a revocation outside the order’s life, a sentence before it, a reused id or an out-of-court resentence', () => {
    const { resentence: _, ...bare } = revocation;
    expect(revocationIssues(yro, { ...bare, revokedOn: '2026-03-03' }).map((i) => i.path)).toEqual([
      ['revokedOn'],
    ]);
    expect(
      revocationIssues(yro, {
        ...revocation,
        resentence: parseDisposal({ ...resentence, sentenceDate: '2025-11-01' }),
      }).map((i) => i.path),
    ).toEqual([['resentence', 'sentenceDate']]);
    expect(
      revocationIssues(yro, {
        ...revocation,
        resentence: parseDisposal({ ...resentence, id: 'yro-1' }),
      }).map((i) => i.code),
    ).toEqual(['conflicting_record']);
    const caution = parseDisposal({
      type: 'youth-caution',
      id: 'yc-1',
      decisionDate: '2025-11-10',
    });
    expect(
      revocationIssues(yro, { ...revocation, resentence: caution }).map((i) => i.path),
    ).toEqual([['resentence', 'type']]);
  });

  it('refuses to revoke an out-of-court disposal', () => {
    const caution = parseDisposal({
      type: 'youth-caution',
      id: 'yc-1',
      decisionDate: '2025-01-10',
    });
    const r = parseRevocation({ orderId: 'yc-1', revokedOn: '2025-02-01', reason: 'application' });
    expect(revocationIssues(caution, r).map((i) => i.code)).toEqual(['order_change_not_allowed']);
  });
});

describe('custody dates known later', () => {
  const dto = (termMonths: number) =>
    parseDisposal({
      type: 'detention-and-training-order',
      id: 'dto-1',
      convictionDate: '2024-01-10',
      sentenceDate: '2024-01-10',
      termMonths,
    }) as DisposalOf<'detention-and-training-order'>;

  it('opens a one-month window either side of half-way for a 12-month DTO, two months for 18 months, none under 8', () => {
    expect(dtoReleaseWindow(dto(12))).toEqual({
      earliest: '2024-06-10',
      halfWay: '2024-07-10',
      latest: '2024-08-10',
    });
    expect(dtoReleaseWindow(dto(18))).toEqual({
      earliest: '2024-08-10',
      halfWay: '2024-10-10',
      latest: '2024-12-10',
    });
    expect(dtoReleaseWindow(dto(6))).toEqual({
      earliest: '2024-04-10',
      halfWay: '2024-04-10',
      latest: '2024-04-10',
    });
  });

  it('accepts an early release within the window and refuses one before it, at the field', () => {
    const dates = (expectedReleaseDate: string) =>
      parseCustodyDates({ orderId: 'dto-1', expectedReleaseDate, release: 'early' });
    expect(custodyDatesIssues(dto(12), dates('2024-06-10'))).toEqual([]);
    expect(custodyDatesIssues(dto(12), dates('2024-06-09')).map((i) => [i.path, i.code])).toEqual([
      [['expectedReleaseDate'], 'release_outside_window'],
    ]);
  });

  it('brings the window forward by remand days credited, and allows compassionate release at any time', () => {
    const credited = parseCustodyDates({
      orderId: 'dto-1',
      actualReleaseDate: '2024-03-31',
      remandDaysCredited: 10,
    });
    expect(custodyDatesIssues(dto(6), credited)).toEqual([]);
    const compassionate = parseCustodyDates({
      orderId: 'dto-1',
      actualReleaseDate: '2024-02-01',
      release: 'compassionate',
    });
    expect(custodyDatesIssues(dto(6), compassionate)).toEqual([]);
  });

  it('refuses dates for another order', () => {
    expect(
      custodyDatesIssues(dto(6), parseCustodyDates({ orderId: 'x' })).map((i) => i.code),
    ).toEqual(['reference_not_found']);
  });
});
