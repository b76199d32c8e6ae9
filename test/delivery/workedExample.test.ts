import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/checks/catalogue.js';
import { checkCase } from '../../src/checks/checkCase.js';
import { replay } from '../../src/lifecycle/replay.js';
import { isChangeTrigger } from '../../src/model/review.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import {
  WORKED_EXAMPLE,
  workedExampleEvents,
} from '../../src/testing/examples/referralOrderCase.js';

const DELIVERY_RULES = ruleIds().filter((id) => /^(delivery|compliance|review)\./.test(id));
const final = () => replay(workedExampleEvents());

describe('the worked example: delivery and reviews over the whole order', () => {
  it('registers the eight delivery, compliance and review rules', () => {
    expect(DELIVERY_RULES).toEqual([
      'review.overdue',
      'review.trigger-not-actioned',
      'delivery.referral-not-made',
      'delivery.waiting-too-long',
      'delivery.action-overdue',
      'compliance.absences-not-addressed',
      'compliance.warning-without-account',
      'compliance.no-reengagement',
    ]);
  });

  it('records contacts through the order, one of them a missed appointment', () => {
    const { contacts } = final().record;
    expect(contacts.length).toBeGreaterThanOrEqual(10);
    expect(
      contacts.filter((c) => c.attendance === 'unacceptable-absence').map((c) => c.id),
    ).toEqual(['c-03']);
  });

  it('has one referral that waited on a waiting list before starting', () => {
    const statuses = final().record.referrals.map((r) => r.history.map((h) => h.status));
    expect(statuses).toEqual([['made', 'waiting-list', 'started']]);
  });

  it('handles the missed appointment with a warning that hears the child, then re-engagement', () => {
    const kinds = final().record.compliance.map((c) => c.kind);
    expect(kinds).toEqual(['warning', 'reengaged']);
    expect(final().record.compliance[0]).toMatchObject({
      contactIds: ['c-03'],
      consequencesExplained: true,
    });
  });

  it('holds two scheduled reviews and one triggered review, the last closing the case', () => {
    const reviews = final().record.reviews;
    expect(
      reviews.map((r) => [r.trigger, isChangeTrigger(r.trigger), r.outcome?.decision]),
    ).toEqual([
      ['change-of-placement-or-accommodation', true, 'continue'],
      ['scheduled', false, 'revise-plan'],
      ['end-of-order', false, 'close'],
    ]);
  });

  it('closes, and its final state checks clean under every rule', () => {
    const state = final();
    expect(state.stage).toBe('closed');
    expect(checkCase(state, { asOf: WORKED_EXAMPLE.asOfClosed })).toEqual([]);
  });

  it('never has a review overdue or a trigger left unactioned along the way', () => {
    const events = workedExampleEvents();
    for (let i = 1; i <= events.length; i++) {
      const state = replay(events.slice(0, i));
      const asOf = events[i - 1]?.at.slice(0, 10) ?? '';
      const findings = checkCase(state, {
        asOf,
        rules: [
          'review.overdue',
          'review.trigger-not-actioned',
          'compliance.absences-not-addressed',
          'compliance.no-reengagement',
        ],
      });
      expect(findings, `after event ${i} (${asOf})`).toEqual([]);
    }
  });

  it('shows the review schedule moving on as reviews are held', () => {
    const events = workedExampleEvents();
    const at = (date: string) =>
      reviewSchedule(replay(events.filter((e) => e.at.slice(0, 10) <= date)), { asOf: date })
        .nextDue;
    expect(at('2025-10-01')).toMatchObject({ reason: 'plan-review-date', date: '2025-12-18' });
    expect(at('2026-01-05')).toMatchObject({ reason: 'plan-review-date', date: '2026-03-10' });
    expect(at('2026-03-11')).toBeUndefined();
  });
});
