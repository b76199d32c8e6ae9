import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import {
  add,
  contact,
  missedOn14October,
  referralOrderInDelivery,
  warning,
} from '../../delivery/fixtures.js';

const RULE = 'compliance.no-reengagement';
type State = CaseState;
const run = (state: State, asOf: string) => checkCase(state, { asOf, rules: [RULE] });

/** A warning on Wednesday 15 October 2025: re-engagement is due by Wednesday 29 October. */
function warned(): State {
  return add(
    missedOn14October(),
    'compliance.warningIssued',
    '2025-10-15',
    warning('w-1', '2025-10-15', ['c-03']),
  );
}

describe('compliance.no-reengagement', () => {
  it('passes while the 10 working days after the warning run (the last day included)', () => {
    expect(run(warned(), '2025-10-29')).toEqual([]);
  });

  it('reports no contact or re-engagement once the 10 working days have passed', () => {
    expect(run(warned(), '2025-10-30')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          'No contact with the child or re-engagement recorded within 10 working days of a warning',
        path: ['compliance', 'w-1'],
        evidence: {
          entryId: 'w-1',
          kind: 'warning',
          on: '2025-10-15',
          reengageBy: '2025-10-29',
          workingDays: 10,
        },
      },
    ]);
  });

  it('passes with an attended contact on the last day of the window', () => {
    const state = add(
      warned(),
      'contact.recorded',
      '2025-10-29',
      contact('c-04', '2025-10-29', 'attended'),
    );
    expect(run(state, '2025-11-30')).toEqual([]);
  });

  it('reports when the only attended contact comes the day after the window', () => {
    const state = add(
      warned(),
      'contact.recorded',
      '2025-10-30',
      contact('c-04', '2025-10-30', 'attended'),
    );
    expect(run(state, '2025-11-30')).toHaveLength(1);
  });

  it('does not count another missed appointment as re-engagement', () => {
    const state = add(
      warned(),
      'contact.recorded',
      '2025-10-21',
      contact('c-04', '2025-10-21', 'unacceptable-absence'),
    );
    expect(run(state, '2025-10-30')).toMatchObject([{ path: ['compliance', 'w-1'] }]);
  });

  it('passes with re-engagement recorded', () => {
    const state = add(warned(), 'compliance.reengaged', '2025-10-21', {
      id: 're-1',
      on: '2025-10-21',
    });
    expect(run(state, '2025-11-30')).toEqual([]);
  });

  it('never counts escalation as re-engagement: a later breach action leaves the warning unanswered', () => {
    let state = add(
      warned(),
      'contact.recorded',
      '2025-10-21',
      contact('c-04', '2025-10-21', 'unacceptable-absence'),
    );
    state = add(state, 'compliance.breachActionTaken', '2025-10-22', {
      breachAction: {
        id: 'b-1',
        on: '2025-10-22',
        to: 'youth-offender-panel',
        reason: 'Second missed session',
        contactIds: ['c-04'],
      },
    });
    expect(run(state, '2025-11-06').map((f) => f.path.join('/'))).toEqual([
      'compliance/w-1',
      'compliance/b-1',
    ]);
    const seen = add(
      state,
      'contact.recorded',
      '2025-10-28',
      contact('c-05', '2025-10-28', 'attended'),
    );
    expect(run(seen, '2025-11-06')).toEqual([]);
  });

  it('reports the review’s example: two warnings and a breach action, the child unseen since 7 October', () => {
    // 0.1.0 reported nothing on 5 November: each step "followed up" the one before.
    let state = referralOrderInDelivery
      .withContacts(1, { ids: ['c-02'], dates: ['2025-10-07'] })
      .state();
    state = add(state, 'compliance.warningIssued', '2025-10-15', warning('w-1', '2025-10-15', []));
    state = add(state, 'compliance.warningIssued', '2025-10-22', warning('w-2', '2025-10-22', []));
    state = add(state, 'compliance.breachActionTaken', '2025-10-29', {
      breachAction: {
        id: 'b-1',
        on: '2025-10-29',
        to: 'youth-offender-panel',
        reason: 'Not seen since 7 October',
        contactIds: [],
      },
    });
    expect(run(state, '2025-11-05')).toMatchObject([
      { path: ['compliance', 'w-1'], evidence: { reengageBy: '2025-10-29' } },
    ]);
  });
});
