import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { DTO_EXAMPLE, dtoExampleEvents } from '../../src/testing/index.js';
import { stageLabel } from '../../src/views/stageLabel.js';

/** The DTO case as recorded up to and including `date`. */
const dtoOn = (date: string) =>
  replay(dtoExampleEvents().filter((e: CaseEventInput) => e.at.slice(0, 10) <= date));

describe('the DTO example', () => {
  it('runs from sentence through custody, release and supervision to closure', () => {
    const state = replay(dtoExampleEvents());
    expect(state.stage).toBe('closed');
    expect(state.record.custodyPhaseEndedOn).toBe(DTO_EXAMPLE.releaseOn);
    expect(stageLabel(dtoOn('2026-02-02'))).toBe('delivery.custody+compliant');
    expect(stageLabel(dtoOn(DTO_EXAMPLE.releaseOn))).toBe('delivery.community+compliant');
  });

  it('checks clean once closed', () => {
    expect(checkCase(replay(dtoExampleEvents()), { asOf: DTO_EXAMPLE.asOfClosed })).toEqual([]);
  });
});

describe('reviewSchedule for a DTO: the schedule changes at release', () => {
  it('in custody, calls for a review 10 working days before the half-way release', () => {
    const s = reviewSchedule(dtoOn(DTO_EXAMPLE.asOfInCustody), { asOf: DTO_EXAMPLE.asOfInCustody });
    expect(s.custodyReleaseReviewBy).toBe('2026-02-17'); // release 3 March 2026
    expect(s.nextDue).toMatchObject({
      reason: 'pre-release',
      date: '2026-02-17',
      from: '2026-03-03',
    });
    expect(s.scheduled.map((r) => r.reason)).toEqual([
      'pre-release',
      'plan-review-date',
      'interval',
      'end-of-order',
    ]);
    expect(s.endOfOrderReviewBy).toBe('2026-06-25'); // term ends 2 July 2026
  });

  it('moves the pre-release review with a recorded expected release date', () => {
    const events = dtoExampleEvents().filter((e) => e.at.slice(0, 10) <= '2025-12-31');
    const opened = events[0] as Extract<CaseEventInput, { type: 'case.opened' }>;
    const earlier = {
      ...opened,
      payload: {
        ...opened.payload,
        disposal: { ...opened.payload.disposal, expectedReleaseDate: '2026-02-03' },
      },
    } as CaseEventInput;
    const s = reviewSchedule(replay([earlier, ...events.slice(1)]), { asOf: '2025-12-31' });
    expect(s.custodyReleaseReviewBy).toBe('2026-01-20');
  });

  it('drops the pre-release review once a release-from-custody review is completed', () => {
    const s = reviewSchedule(dtoOn('2026-02-16'), { asOf: '2026-02-16' });
    expect(s.scheduled.map((r) => r.reason)).not.toContain('pre-release');
    expect(s.nextDue).toMatchObject({ reason: 'plan-review-date', date: '2026-04-14' });
  });

  it('after release, calls for a review within 10 working days of the actual release', () => {
    const s = reviewSchedule(dtoOn(DTO_EXAMPLE.asOfAfterRelease), {
      asOf: DTO_EXAMPLE.asOfAfterRelease,
    });
    expect(s.custodyReleaseReviewBy).toBe('2026-03-17');
    expect(s.nextDue).toMatchObject({
      reason: 'post-release',
      date: '2026-03-17',
      from: '2026-03-03',
    });
    expect(s.scheduled.map((r) => [r.reason, r.date])).toEqual([
      ['post-release', '2026-03-17'],
      ['plan-review-date', '2026-04-14'],
      ['interval', '2026-05-16'],
      ['end-of-order', '2026-06-25'],
    ]);
  });

  it('holds the post-release review with any review completed after release', () => {
    const s = reviewSchedule(dtoOn('2026-03-16'), { asOf: '2026-03-16' });
    expect(s.scheduled.map((r) => r.reason)).toEqual([
      'plan-review-date',
      'interval',
      'end-of-order',
    ]);
    expect(s.nextDue?.date).toBe('2026-06-08');
  });

  it('reports the post-release review overdue when none follows release in time', () => {
    const released = dtoOn(DTO_EXAMPLE.releaseOn);
    expect(reviewSchedule(released, { asOf: '2026-03-17' }).nextDue?.overdue).toBe(false);
    const findings = checkCase(released, { asOf: '2026-03-18', rules: ['review.overdue'] });
    expect(findings).toMatchObject([
      { path: ['reviews', 'due', '2026-03-17'], evidence: { reasons: ['post-release'] } },
    ]);
  });
});
