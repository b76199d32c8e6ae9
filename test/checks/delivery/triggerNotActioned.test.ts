import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { add, missedOn14October, referralOrderInDelivery } from '../../delivery/fixtures.js';

const RULE = 'review.trigger-not-actioned';
const inDelivery = (): CaseState => referralOrderInDelivery.state();
const run = (state: CaseState, asOf: string) => checkCase(state, { asOf, rules: [RULE] });

/** A review triggered by a new offence on Monday 10 November 2025: due by Monday 24th. */
const triggered = (dueBy?: string) =>
  add(inDelivery(), 'review.triggered', '2025-11-10', {
    reviewId: 'rv-x',
    on: '2025-11-10',
    trigger: 'new-offence',
    ...(dueBy !== undefined && { dueBy }),
  });

describe('review.trigger-not-actioned', () => {
  it('passes a triggered review on its due date', () => {
    expect(run(triggered(), '2025-11-24')).toEqual([]);
  });

  it('reports a triggered review still open after 10 working days', () => {
    expect(run(triggered(), '2025-11-25')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          'A review triggered by a change (new offence) is past its due date and not completed',
        path: ['reviews', 'rv-x'],
        evidence: {
          reviewId: 'rv-x',
          trigger: 'new-offence',
          triggeredOn: '2025-11-10',
          dueBy: '2025-11-24',
        },
      },
    ]);
  });

  it('judges by an earlier due date recorded with the trigger', () => {
    expect(run(triggered('2025-11-14'), '2025-11-14')).toEqual([]);
    expect(run(triggered('2025-11-14'), '2025-11-15')).toHaveLength(1);
  });

  it('passes once the triggered review is completed', () => {
    const state = add(triggered(), 'review.completed', '2025-11-20', {
      reviewId: 'rv-x',
      outcome: {
        completedOn: '2025-11-20',
        progress: [],
        decision: 'continue',
        nextReviewDate: '2026-02-20',
      },
    });
    expect(run(state, '2025-12-01')).toEqual([]);
  });

  describe('breach action as a trigger (non-compliance)', () => {
    /** Breach action on Wednesday 15 October 2025: a review is due by Wednesday 29th. */
    const breached = () => {
      const state = missedOn14October();
      return add(state, 'compliance.breachActionTaken', '2025-10-15', {
        breachAction: {
          id: 'b-1',
          on: '2025-10-15',
          to: 'youth-offender-panel',
          reason: 'Missed session',
          contactIds: ['c-03'],
        },
      });
    };

    it('passes within 10 working days of the breach action', () => {
      expect(run(breached(), '2025-10-29')).toEqual([]);
    });

    it('reports breach action with no review triggered after 10 working days', () => {
      expect(run(breached(), '2025-10-30')).toEqual([
        {
          rule: RULE,
          severity: 'warning',
          message: 'Breach action was taken but no review of the plan has been triggered since',
          path: ['compliance', 'b-1'],
          evidence: {
            trigger: 'non-compliance',
            breachActionId: 'b-1',
            on: '2025-10-15',
            dueBy: '2025-10-29',
          },
        },
      ]);
    });
  });
});
