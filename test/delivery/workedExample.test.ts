import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/_lib/calendar.js';
import { ruleIds } from '../../src/checks/catalogue.js';
import { checkCase } from '../../src/checks/checkCase.js';
import { replay } from '../../src/lifecycle/replay.js';
import { isChangeTrigger } from '../../src/model/review.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { WORKED_EXAMPLE, workedExampleEvents } from '../../src/testing/index.js';

const DELIVERY_RULES = ruleIds().filter((id) => /^(delivery|compliance|review)\./.test(id));
const final = () => replay(workedExampleEvents());

describe('the worked example: delivery and reviews over the whole order', () => {
  it('registers the ten delivery, compliance and review rules', () => {
    expect(DELIVERY_RULES).toEqual([
      'review.overdue',
      'review.trigger-not-actioned',
      'review.risk-rise-not-planned',
      'delivery.referral-not-made',
      'delivery.waiting-too-long',
      'delivery.action-overdue',
      'compliance.absences-not-addressed',
      'compliance.warning-without-account',
      'compliance.no-reengagement',
      'review.transition-not-reviewed',
    ]);
  });

  it('records contacts through the order, one of them a missed appointment', () => {
    const { contacts } = final().record;
    expect(contacts).toHaveLength(24);
    expect(
      contacts.filter((c) => c.attendance === 'unacceptable-absence').map((c) => c.id),
    ).toEqual(['c-03']);
    expect(contacts[0]?.date).toBe('2025-09-30'); // the week after the contract took effect
    expect(contacts.at(-1)?.date).toBe('2026-03-12'); // the day of the closing review
  });

  it('records its events in the order they happened, each timestamp later than the last', () => {
    const at = workedExampleEvents().map((e) => e.at);
    expect(at.every((t, i) => i === 0 || t > (at[i - 1] ?? ''))).toBe(true);
  });

  it('keeps contact close to the four a month the plan sets, every month of the order', () => {
    const { contacts } = final().record;
    const perMonth = new Map<string, number>();
    for (const c of contacts)
      perMonth.set(c.date.slice(0, 7), (perMonth.get(c.date.slice(0, 7)) ?? 0) + 1);
    expect([...perMonth]).toEqual([
      ['2025-09', 1], // from 24 September
      ['2025-10', 4],
      ['2025-11', 4],
      ['2025-12', 4],
      ['2026-01', 4],
      ['2026-02', 4],
      ['2026-03', 3], // to the closing review on 12 March
    ]);
  });

  it('has one referral that waited on a waiting list before starting, and one that did not', () => {
    const statuses = final().record.referrals.map((r) => [r.id, r.history.map((h) => h.status)]);
    expect(statuses).toEqual([
      ['r-pru', ['made', 'waiting-list', 'started']],
      ['r-family', ['made', 'accepted', 'started', 'completed']],
    ]);
  });

  it('records every action done, by its due date except the unit place held up by the waiting list', () => {
    const { record } = final();
    const plan = record.plans[1]?.plan;
    const doneOn = (id: string) =>
      record.actionUpdates.find((u) => u.actionId === id && u.status === 'done')?.on;
    expect(plan?.actions.map((a) => [a.id, (doneOn(a.id) ?? '') <= (a.dueDate ?? '')])).toEqual([
      ['act-pru-place', false],
      ['act-mum-mornings', true],
      ['act-football', true],
      ['act-thinking-sessions', true],
      ['act-letter', true],
      ['act-family-support', true],
    ]);
    expect(doneOn('act-pru-place')).toBe('2025-11-03'); // the day the unit place started
  });

  it('handles the missed appointment with a warning that hears the child, then re-engagement', () => {
    const kinds = final().record.compliance.map((c) => c.kind);
    expect(kinds).toEqual(['warning', 'reengaged']);
    expect(final().record.compliance[0]).toMatchObject({
      contactIds: ['c-03'],
      consequencesExplained: true,
    });
  });

  it('holds two scheduled reviews and one triggered review, then the end-of-order review that closes it', () => {
    const reviews = final().record.reviews;
    expect(
      reviews.map((r) => [r.id, r.trigger, isChangeTrigger(r.trigger), r.outcome?.decision]),
    ).toEqual([
      ['rv-1', 'change-of-placement-or-accommodation', true, 'continue'],
      ['rv-2', 'scheduled', false, 'revise-plan'],
      ['rv-3', 'scheduled', false, 'continue'],
      ['rv-4', 'end-of-order', false, 'close'],
    ]);
  });

  it('holds both scheduled reviews with the youth offender panel, his mother there', () => {
    const { record } = final();
    const panelDays = record.contacts
      .filter((c) => c.kind === 'panel-meeting' && c.attendance === 'attended')
      .map((c) => c.date);
    const scheduled = record.reviews.filter((r) => r.trigger === 'scheduled');
    expect(scheduled.map((r) => r.outcome?.completedOn)).toEqual(panelDays);
    for (const r of scheduled) {
      expect(
        record.involvement.some(
          (e) =>
            e.record.kind === 'attended' &&
            e.record.meeting === 'panel' &&
            e.record.reviewId === r.id &&
            e.record.on === r.outcome?.completedOn,
        ),
      ).toBe(true);
    }
  });

  it('closes, and its final state checks clean under every rule', () => {
    const state = final();
    expect(state.stage).toBe('closed');
    expect(checkCase(state, { asOf: WORKED_EXAMPLE.asOfClosed })).toEqual([]);
    expect(checkCase(state, { asOf: '2026-03-23' })).toEqual([]); // the day it closed
  });

  it('shows one finding during delivery, on purpose: the unit place overdue while it waits', () => {
    const events = workedExampleEvents();
    const findingDays = new Map<string, string[]>();
    for (let day = '2025-09-03'; day <= WORKED_EXAMPLE.asOfClosed; day = addDays(day, 1)) {
      const state = replay(events.filter((e) => e.at.slice(0, 10) <= day));
      const found = checkCase(state, { asOf: day }).map((f) => `${f.rule} ${f.path.join('/')}`);
      for (const f of found) findingDays.set(f, [...(findingDays.get(f) ?? []), day]);
    }
    expect([...findingDays.keys()]).toEqual(['delivery.action-overdue plan/actions/act-pru-place']);
    const days = findingDays.get('delivery.action-overdue plan/actions/act-pru-place') ?? [];
    expect([days[0], days.at(-1), days.length]).toEqual(['2025-10-11', '2025-11-02', 23]);
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
    expect(at('2026-01-05')).toMatchObject({ reason: 'plan-review-date', date: '2026-02-17' });
    expect(at('2026-02-18')).toMatchObject({ reason: 'plan-review-date', date: '2026-03-12' });
    expect(at('2026-03-13')).toBeUndefined();
  });
});
