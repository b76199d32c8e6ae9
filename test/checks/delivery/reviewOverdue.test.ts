import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { aCase } from '../../../src/testing/index.js';
import { add } from '../../delivery/fixtures.js';

const RULE = 'review.overdue';
const run = (state: CaseState, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/**
 * A 6-month referral order made on 2 September 2025 whose panel agreed the contract on 23
 * September (the panel clock: 23 December; the order ends 22 March 2026, its end-of-order review
 * due 13 March); plan v1 activated on 24 September (the interval: 24 December) set its review
 * for 18 December 2025.
 */
const inDelivery = aCase({ start: '2025-09-02' }).active({
  contractAgreedOn: '2025-09-23',
  activatedOn: '2025-09-24',
  nextReviewDate: '2025-12-18',
});

/** The review at a panel meeting on 17 December, restarting the interval and the panel clock. */
const atPanel = (nextReviewDate: string) =>
  inDelivery.reviewed('continue', { completedOn: '2025-12-17', atPanel: true, nextReviewDate });

describe('review.overdue', () => {
  it('passes on the day the review is due', () => {
    expect(run(inDelivery.state(), '2025-12-18')).toEqual([]);
  });

  it('reports the review the day after it was due', () => {
    expect(run(inDelivery.state(), '2025-12-19')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: 'A review was due 1 day ago and has not been completed (plan review date)',
        path: ['reviews', 'due', '2025-12-18'],
        evidence: {
          dueDate: '2025-12-18',
          daysOverdue: 1,
          reasons: ['plan-review-date'],
          from: ['2025-09-24'],
        },
      },
    ]);
  });

  it('reports each overdue date, and reviews due the same day once with every reason', () => {
    // the review at the panel on 17 December 2025 restarted both the interval and the panel clock
    const findings = run(atPanel('2026-02-17').state(), '2026-03-18');
    expect(findings.map((f) => [f.path.join('/'), f.evidence.reasons])).toEqual([
      ['reviews/due/2026-02-17', ['plan-review-date']],
      ['reviews/due/2026-03-13', ['end-of-order']],
      ['reviews/due/2026-03-17', ['referral-order-panel', 'interval']],
    ]);
  });

  it('still reports a review triggered in time but not completed by its date', () => {
    const state = add(inDelivery.state(), 'review.triggered', '2025-12-15', {
      reviewId: 'rv-2',
      on: '2025-12-15',
      trigger: 'scheduled',
    });
    expect(run(state, '2025-12-19')).toMatchObject([{ evidence: { openReviewId: 'rv-2' } }]);
  });

  it('passes once the review is completed', () => {
    const reviewed = inDelivery.reviewed('continue', { completedOn: '2025-12-17' });
    expect(run(reviewed.state(), '2025-12-19')).toEqual([]);
  });

  it('reports a missed end-of-order review', () => {
    expect(run(atPanel('2026-03-12').state(), '2026-03-16')).toMatchObject([
      { path: ['reviews', 'due', '2026-03-12'] },
      { path: ['reviews', 'due', '2026-03-13'], evidence: { reasons: ['end-of-order'] } },
    ]);
  });

  it('passes a closed case', () => {
    expect(run(atPanel('2026-02-17').closed().state(), '2027-01-01')).toEqual([]);
  });
});
