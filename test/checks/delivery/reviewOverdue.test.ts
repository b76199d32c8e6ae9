import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { replay } from '../../../src/lifecycle/replay.js';
import { workedExampleEvents } from '../../../src/testing/index.js';
import { add, kaiInDelivery, workedExampleUntil } from '../../delivery/fixtures.js';

const RULE = 'review.overdue';
type State = ReturnType<typeof kaiInDelivery>;
const run = (state: State, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

// Plan v1 (activated 24 September 2025) set its review for 18 December 2025.
describe('review.overdue', () => {
  it('passes on the day the review is due', () => {
    expect(run(kaiInDelivery(), '2025-12-18')).toEqual([]);
  });

  it('reports the review the day after it was due', () => {
    expect(run(kaiInDelivery(), '2025-12-19')).toEqual([
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
    const afterPanelReview = replay(workedExampleUntil('plan.activated', 2));
    const findings = run(afterPanelReview, '2026-03-18');
    expect(findings.map((f) => [f.path.join('/'), f.evidence.reasons])).toEqual([
      ['reviews/due/2026-02-17', ['plan-review-date']],
      ['reviews/due/2026-03-13', ['end-of-order']],
      ['reviews/due/2026-03-17', ['referral-order-panel', 'interval']],
    ]);
  });

  it('still reports a review triggered in time but not completed by its date', () => {
    const state = add(kaiInDelivery(), 'review.triggered', '2025-12-15', {
      reviewId: 'rv-2',
      on: '2025-12-15',
      trigger: 'scheduled',
    });
    expect(run(state, '2025-12-19')).toMatchObject([{ evidence: { openReviewId: 'rv-2' } }]);
  });

  it('passes once the review is completed', () => {
    expect(run(replay(workedExampleUntil('review.completed', 2)), '2025-12-19')).toEqual([]);
  });

  it('reports a missed end-of-order review', () => {
    const state = replay(workedExampleUntil('action.statusChanged', 9)); // 6 March 2026, before rv-4
    expect(run(state, '2026-03-16')).toMatchObject([
      { path: ['reviews', 'due', '2026-03-12'] },
      { path: ['reviews', 'due', '2026-03-13'], evidence: { reasons: ['end-of-order'] } },
    ]);
  });

  it('passes a closed case', () => {
    expect(run(replay(workedExampleEvents()), '2027-01-01')).toEqual([]);
  });
});
