import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { Attendance } from '../../src/model/delivery.js';
import { panelMeetingsHeld } from '../../src/schedule/panelMeetings.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import {
  aCase,
  type CaseBuilder,
  WORKED_EXAMPLE,
  workedExampleEvents,
} from '../../src/testing/index.js';
import { add } from '../delivery/fixtures.js';
import { ACTIVE } from '../involvement/records.js';

const RULE = 'involvement.panel-attendance-required';

/**
 * A referral order made on 2 September 2025 whose first panel agreed the contract on 23
 * September (the panel clock: 23 December); plan v1 active on 24 September.
 */
const inDelivery = aCase({ start: '2025-09-02' }).active({
  contractAgreedOn: '2025-09-23',
  activatedOn: '2025-09-24',
});

/** The case with a youth offender panel meeting on `date`, the child's attendance as given. */
const withPanel = (builder: CaseBuilder, id: string, date: string, attendance: Attendance) =>
  builder.withContacts(1, { kind: 'panel-meeting', ids: [id], dates: [date], attendance });

/** The child's mother (`pc-1`) at the panel meeting on `on`. */
const mumAtPanel = (state: CaseState, on: string) =>
  add(state, 'involvement.recorded', on, {
    record: { kind: 'attended', id: `att-${on}`, personId: 'pc-1', on, meeting: 'panel' },
  });

const panelClock = (state: CaseState, asOf: string) =>
  reviewSchedule(state, { asOf }).scheduled.find((r) => r.reason === 'referral-order-panel');

const attendanceFindings = (state: CaseState, asOf: string) =>
  checkCase(state, { asOf, rules: [RULE] }).map((f) => f.path.join('/'));

describe('a youth offender panel meeting held: one definition for the clock and the attendance rule', () => {
  it('counts the first panel, which agreed the contract, and each panel meeting the child attended', () => {
    let builder = withPanel(inDelivery, 'c-p1', '2025-11-20', 'attended');
    builder = withPanel(builder, 'c-p2', '2025-12-04', 'unacceptable-absence');
    const state = withPanel(builder, 'c-p3', '2025-12-11', 'acceptable-absence').state();
    expect(panelMeetingsHeld(state.record, '2025-12-31')).toEqual([
      { on: '2025-09-23', source: 'contract' },
      { on: '2025-11-20', source: 'contact', contactId: 'c-p1' },
    ]);
    expect(panelMeetingsHeld(state.record, '2025-11-19')).toEqual([
      { on: '2025-09-23', source: 'contract' },
    ]);
  });

  it('restarts the panel clock from a panel meeting held, and the rule then asks for a parent at it', () => {
    const state = withPanel(inDelivery, 'c-p1', '2025-11-20', 'attended').state();
    expect(panelClock(state, '2025-11-20')).toMatchObject({
      date: '2026-02-20',
      from: '2025-11-20',
      basis: expect.stringMatching(/last panel meeting held/),
    });
    expect(attendanceFindings(state, '2025-11-20')).toEqual(['panel-meetings/2025-11-20']);
    expect(attendanceFindings(mumAtPanel(state, '2025-11-20'), '2025-11-20')).toEqual([]);
  });

  it('neither restarts the clock nor asks for a parent when the child did not attend the panel', () => {
    const state = withPanel(inDelivery, 'c-p2', '2025-11-20', 'unacceptable-absence').state();
    expect(panelClock(state, '2025-11-20')).toMatchObject({
      date: '2025-12-23',
      from: '2025-09-23',
    });
    expect(attendanceFindings(state, '2025-11-20')).toEqual([]);
  });

  it('does not treat a review without the panel as a panel meeting, for either', () => {
    const state = inDelivery
      .reviewed('continue', { triggeredOn: '2025-11-10', completedOn: '2025-11-18' })
      .state();
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
