import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { Attendance } from '../../src/model/delivery.js';
import { panelMeetingsHeld } from '../../src/schedule/panelMeetings.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { WORKED_EXAMPLE, workedExampleEvents } from '../../src/testing/index.js';
import { add, kaiInDelivery, kaiWithReview } from '../delivery/fixtures.js';
import { ACTIVE } from '../involvement/records.js';

const RULE = 'involvement.panel-attendance-required';

/** Kai's case with a youth offender panel meeting on `date`, the child's attendance as given. */
const withPanel = (state: CaseState, id: string, date: string, attendance: Attendance) =>
  add(state, 'contact.recorded', date, {
    contact: {
      id,
      date,
      kind: 'panel-meeting',
      attendance,
      objectiveIds: [],
      deliveredBy: { kind: 'yos', role: 'panel' },
    },
  });

const mumAtPanel = (state: CaseState, on: string) =>
  add(state, 'involvement.recorded', on, {
    record: { kind: 'attended', id: `att-${on}`, personId: 'pc-mum', on, meeting: 'panel' },
  });

const panelClock = (state: CaseState, asOf: string) =>
  reviewSchedule(state, { asOf }).scheduled.find((r) => r.reason === 'referral-order-panel');

const attendanceFindings = (state: CaseState, asOf: string) =>
  checkCase(state, { asOf, rules: [RULE] }).map((f) => f.path.join('/'));

describe('a youth offender panel meeting held: one definition for the clock and the attendance rule', () => {
  it('counts the first panel, which agreed the contract, and each panel meeting the child attended', () => {
    let state = withPanel(kaiInDelivery(), 'c-p1', '2025-11-20', 'attended');
    state = withPanel(state, 'c-p2', '2025-12-04', 'unacceptable-absence');
    state = withPanel(state, 'c-p3', '2025-12-11', 'acceptable-absence');
    expect(panelMeetingsHeld(state.record, '2025-12-31')).toEqual([
      { on: '2025-09-23', source: 'contract' },
      { on: '2025-11-20', source: 'contact', contactId: 'c-p1' },
    ]);
    expect(panelMeetingsHeld(state.record, '2025-11-19')).toEqual([
      { on: '2025-09-23', source: 'contract' },
    ]);
  });

  it('restarts the panel clock from a panel meeting held, and the rule then asks for a parent at it', () => {
    const state = withPanel(kaiInDelivery(), 'c-p1', '2025-11-20', 'attended');
    expect(panelClock(state, '2025-11-20')).toMatchObject({
      date: '2026-02-20',
      from: '2025-11-20',
      basis: expect.stringMatching(/last panel meeting held/),
    });
    expect(attendanceFindings(state, '2025-11-20')).toEqual(['panel-meetings/2025-11-20']);
    expect(attendanceFindings(mumAtPanel(state, '2025-11-20'), '2025-11-20')).toEqual([]);
  });

  it('neither restarts the clock nor asks for a parent when the child did not attend the panel', () => {
    const state = withPanel(kaiInDelivery(), 'c-p2', '2025-11-20', 'unacceptable-absence');
    expect(panelClock(state, '2025-11-20')).toMatchObject({
      date: '2025-12-23',
      from: '2025-09-23',
    });
    expect(attendanceFindings(state, '2025-11-20')).toEqual([]);
  });

  it('does not treat a review without the panel as a panel meeting, for either', () => {
    const state = kaiWithReview('scheduled', '2025-11-10', '2025-11-18');
    expect(panelClock(state, '2025-11-18')).toMatchObject({ from: '2025-09-23' });
    expect(attendanceFindings(state, '2025-11-18')).toEqual([]);
  });

  it('is empty for a disposal with no panel', () => {
    expect(panelMeetingsHeld(ACTIVE.state().record, '2026-01-01')).toEqual([]);
  });

  it('holds Kai’s panel meetings in the worked example, each attended by his mother', () => {
    const kai = replay(workedExampleEvents());
    const held = panelMeetingsHeld(kai.record, WORKED_EXAMPLE.asOfClosed).map((m) => m.on);
    expect(held).toEqual(['2025-09-23', '2025-12-17', '2026-02-17']);
    expect(attendanceFindings(kai, WORKED_EXAMPLE.asOfClosed)).toEqual([]);
  });
});
