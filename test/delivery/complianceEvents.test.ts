import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { Result } from '../../src/errors/result.js';
import { complianceStatus } from '../../src/lifecycle/derive.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { aCase, type CaseBuilder } from '../../src/testing/index.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { add, contact, tryAdd, warning } from './fixtures.js';

/** The event was refused with `code` at `path`, and the case is exactly as it was. */
function expectRefused(
  before: CaseState,
  r: Result<CaseState>,
  code: string,
  path: readonly (string | number)[],
) {
  const snapshot = JSON.stringify(before);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.code).toBe(code);
  expect(!r.ok && r.error.issues[0]?.path).toEqual(path);
  expect(JSON.stringify(before)).toBe(snapshot);
}

/**
 * A case in delivery as the testing kit builds it (by default on a referral order) with an
 * attended contact, an acceptable and an unacceptable absence.
 */
function withContacts(inDelivery: CaseBuilder = aCase().referralOrder()) {
  return inDelivery
    .withContacts(1, { ids: ['c-att'], dates: ['2025-09-30'] })
    .withContacts(1, { ids: ['c-ok'], dates: ['2025-10-07'], attendance: 'acceptable-absence' })
    .withContacts(1, { ids: ['c-miss'], dates: ['2025-10-14'], attendance: 'unacceptable-absence' })
    .state();
}

describe('compliance.warningIssued', () => {
  it('records a warning for an unacceptable absence and moves compliance to warned', () => {
    const state = add(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-miss']),
    );
    expect(complianceStatus(state.record)).toBe('warned');
    expect(stageLabel(state)).toBe('delivery.community+warned');
    expect(state.record.compliance[0]).toMatchObject({
      kind: 'warning',
      id: 'w-1',
      contactIds: ['c-miss'],
    });
  });

  it('refuses a warning for an acceptable absence: it never counts toward enforcement', () => {
    const before = withContacts();
    const r = tryAdd(
      before,
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-miss', 'c-ok']),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('reference_not_found');
    expect(r.error.issues).toEqual([
      expect.objectContaining({
        code: 'not_an_unacceptable_absence',
        path: ['payload', 'warning', 'contactIds', 1],
      }),
    ]);
    expect(before.record.compliance).toEqual([]);
  });

  it('refuses a warning that names an attended contact or an unknown one', () => {
    const attended = tryAdd(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-att']),
    );
    expect(!attended.ok && attended.error.issues[0]?.code).toBe('not_an_unacceptable_absence');
    const unknown = tryAdd(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-none']),
    );
    expect(!unknown.ok && unknown.error.issues[0]?.code).toBe('reference_not_found');
  });

  it('refuses a warning that does not record the consequences were explained', () => {
    const payload = warning('w-1', '2025-10-15', ['c-miss']);
    const r = tryAdd(withContacts(), 'compliance.warningIssued', '2025-10-15', {
      warning: { ...payload.warning, consequencesExplained: false as true },
    });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.issues[0]?.path).toEqual([
      'payload',
      'warning',
      'consequencesExplained',
    ]);
  });

  it('accepts a warning without the child’s account (the check reports it)', () => {
    const state = add(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-miss'], null),
    );
    expect(state.record.compliance[0]).not.toHaveProperty('childAccount');
  });

  it('keeps the child’s account out of the error message when it refuses a warning', () => {
    const r = tryAdd(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-ok'], 'My nan was in hospital'),
    );
    expect(!r.ok && JSON.stringify(r.error.toJSON())).not.toContain('nan');
  });
});

describe('compliance.breachActionTaken and compliance.breachOutcomeRecorded', () => {
  const breach = (to: 'court' | 'youth-offender-panel') => ({
    breachAction: {
      id: 'b-1',
      on: '2025-10-20',
      to,
      reason: 'Missed sessions',
      contactIds: ['c-miss'],
    },
  });

  it('takes a referral order back to the youth offender panel, then records its outcome once', () => {
    let state = add(
      withContacts(),
      'compliance.breachActionTaken',
      '2025-10-20',
      breach('youth-offender-panel'),
    );
    expect(complianceStatus(state.record)).toBe('enforcement');
    state = add(state, 'compliance.breachOutcomeRecorded', '2025-11-03', {
      id: 'bo-1',
      breachActionId: 'b-1',
      on: '2025-11-03',
      outcome: 'contract-varied',
    });
    expect(complianceStatus(state.record)).toBe('reengaging');
    state = add(
      state,
      'contact.recorded',
      '2025-11-10',
      contact('c-miss-2', '2025-11-10', 'unacceptable-absence'),
    );
    state = add(state, 'compliance.breachActionTaken', '2025-11-11', {
      breachAction: {
        id: 'b-2',
        on: '2025-11-11',
        to: 'court',
        reason: 'Missed again',
        contactIds: ['c-miss-2'],
      },
    });
    const again = tryAdd(state, 'compliance.breachOutcomeRecorded', '2025-11-24', {
      id: 'bo-2',
      breachActionId: 'b-1',
      on: '2025-11-24',
      outcome: 'no-action',
    });
    expect(!again.ok && again.error.code).toBe('conflicting_record');
    expect(!again.ok && again.error.issues[0]?.path).toEqual(['payload', 'breachActionId']);
  });

  it('refuses a return to a youth offender panel for a disposal that has none', () => {
    const yro = withContacts(aCase().yro());
    const r = tryAdd(
      yro,
      'compliance.breachActionTaken',
      '2025-10-20',
      breach('youth-offender-panel'),
    );
    expect(!r.ok && r.error.issues[0]).toMatchObject({
      code: 'no_youth_offender_panel',
      path: ['payload', 'breachAction', 'to'],
    });
  });

  it('refuses breach action that names an acceptable absence', () => {
    const r = tryAdd(withContacts(), 'compliance.breachActionTaken', '2025-10-20', {
      breachAction: {
        id: 'b-1',
        on: '2025-10-20',
        to: 'court',
        reason: 'Missed sessions',
        contactIds: ['c-ok'],
      },
    });
    expect(!r.ok && r.error.issues[0]?.code).toBe('not_an_unacceptable_absence');
  });

  it('refuses an outcome for breach action the case does not hold', () => {
    const r = tryAdd(withContacts(), 'compliance.breachOutcomeRecorded', '2025-11-03', {
      id: 'bo-1',
      breachActionId: 'b-9',
      on: '2025-11-03',
      outcome: 'fine',
    });
    expect(!r.ok && r.error.code).toBe('event_not_allowed'); // no enforcement under way
  });
});

describe('compliance.reengaged', () => {
  it('makes the child compliant again after a warning', () => {
    let state = add(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-miss']),
    );
    state = add(state, 'compliance.reengaged', '2025-10-21', { id: 're-1', on: '2025-10-21' });
    expect(complianceStatus(state.record)).toBe('compliant');
  });

  it('refuses a compliance record id used before', () => {
    const state = add(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-miss']),
    );
    const r = tryAdd(state, 'compliance.reengaged', '2025-10-21', { id: 'w-1', on: '2025-10-21' });
    expect(!r.ok && r.error.code).toBe('conflicting_record');
  });
});

describe('compliance dates follow what they answer', () => {
  const breachOn = (on: string, contactIds = ['c-miss']) => ({
    breachAction: { id: 'b-1', on, to: 'court' as const, reason: 'Missed sessions', contactIds },
  });

  it('accepts a warning on the day of the absence it names, refuses one dated before it', () => {
    const state = withContacts(); // c-miss on 2025-10-14
    expect(
      add(state, 'compliance.warningIssued', '2025-10-14', warning('w-1', '2025-10-14', ['c-miss']))
        .record.compliance,
    ).toHaveLength(1);
    const r = tryAdd(
      state,
      'compliance.warningIssued',
      '2025-10-14',
      warning('w-1', '2025-10-13', ['c-miss']),
    );
    expectRefused(state, r, 'conflicting_record', ['payload', 'warning', 'contactIds', 0]);
  });

  it('refuses breach action dated before an absence it names', () => {
    const state = withContacts();
    expect(
      complianceStatus(
        add(state, 'compliance.breachActionTaken', '2025-10-14', breachOn('2025-10-14')).record,
      ),
    ).toBe('enforcement');
    const r = tryAdd(state, 'compliance.breachActionTaken', '2025-10-14', breachOn('2025-10-13'));
    expectRefused(state, r, 'conflicting_record', ['payload', 'breachAction', 'contactIds', 0]);
  });

  it('accepts a breach outcome on the day of its breach action, refuses one dated before it', () => {
    const state = add(
      withContacts(),
      'compliance.breachActionTaken',
      '2025-10-20',
      breachOn('2025-10-20'),
    );
    const outcome = (on: string) => ({
      id: 'bo-1',
      breachActionId: 'b-1',
      on,
      outcome: 'order-continued' as const,
    });
    expect(
      complianceStatus(
        add(state, 'compliance.breachOutcomeRecorded', '2025-10-20', outcome('2025-10-20')).record,
      ),
    ).toBe('reengaging');
    const r = tryAdd(
      state,
      'compliance.breachOutcomeRecorded',
      '2025-10-20',
      outcome('2025-10-19'),
    );
    expectRefused(state, r, 'conflicting_record', ['payload', 'on']);
  });

  it('refuses re-engagement dated before the warning or breach outcome it follows', () => {
    const warned = add(
      withContacts(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-miss']),
    );
    expect(
      complianceStatus(
        add(warned, 'compliance.reengaged', '2025-10-15', { id: 're-1', on: '2025-10-15' }).record,
      ),
    ).toBe('compliant');
    const early = tryAdd(warned, 'compliance.reengaged', '2025-10-15', {
      id: 're-1',
      on: '2025-10-14',
    });
    expectRefused(warned, early, 'conflicting_record', ['payload', 'on']);

    let enforced = add(
      withContacts(),
      'compliance.breachActionTaken',
      '2025-10-20',
      breachOn('2025-10-20'),
    );
    enforced = add(enforced, 'compliance.breachOutcomeRecorded', '2025-11-03', {
      id: 'bo-1',
      breachActionId: 'b-1',
      on: '2025-11-03',
      outcome: 'order-continued',
    });
    const beforeOutcome = tryAdd(enforced, 'compliance.reengaged', '2025-11-03', {
      id: 're-1',
      on: '2025-11-02',
    });
    expectRefused(enforced, beforeOutcome, 'conflicting_record', ['payload', 'on']);
  });
});

describe('compliance while a plan is reviewed or revised', () => {
  it('answers an absence during a plan revision with a warning, so no finding is left for it', () => {
    let state = aCase().reviewed('revise-plan', { until: 'drafted' }).state();
    expect(state.stage).toBe('planning');
    state = add(
      state,
      'contact.recorded',
      '2025-12-20',
      contact('c-gone', '2025-12-20', 'unacceptable-absence'),
    );
    const asOf = '2026-01-20';
    // Every unacceptable absence needs a response under this policy (the default waits for two).
    const policy = { delivery: { absenceThreshold: 1 } };
    const unanswered = checkCase(state, {
      asOf,
      policy,
      rules: ['compliance.absences-not-addressed'],
    });
    expect(unanswered.map((f) => f.path)).toContainEqual(['contacts', 'c-gone']);
    state = add(
      state,
      'compliance.warningIssued',
      '2025-12-22',
      warning('w-gone', '2025-12-22', ['c-gone']),
    );
    expect(state.stage).toBe('planning');
    expect(complianceStatus(state.record)).toBe('warned');
    const answered = checkCase(state, {
      asOf,
      policy,
      rules: ['compliance.absences-not-addressed'],
    });
    expect(answered.map((f) => f.path)).not.toContainEqual(['contacts', 'c-gone']);
  });

  it('keeps the compliance state recorded during a review when delivery resumes', () => {
    let state = add(withContacts(), 'review.triggered', '2025-10-15', {
      reviewId: 'rv-c',
      on: '2025-10-15',
      trigger: 'non-compliance',
    });
    state = add(
      state,
      'compliance.warningIssued',
      '2025-10-16',
      warning('w-1', '2025-10-16', ['c-miss']),
    );
    expect(stageLabel(state)).toBe('review');
    state = add(state, 'review.completed', '2025-10-17', {
      reviewId: 'rv-c',
      outcome: {
        completedOn: '2025-10-17',
        progress: [],
        decision: 'continue',
        nextReviewDate: '2026-01-16',
      },
    });
    expect(stageLabel(state)).toBe('delivery.community+warned');
  });

  it('refuses re-engagement during a review when no warning or enforcement is under way', () => {
    const state = add(withContacts(), 'review.triggered', '2025-10-15', {
      reviewId: 'rv-c',
      on: '2025-10-15',
      trigger: 'scheduled',
    });
    const r = tryAdd(state, 'compliance.reengaged', '2025-10-16', { id: 're-1', on: '2025-10-16' });
    expectRefused(state, r, 'event_not_allowed', ['type']);
  });
});

describe('custody.phaseEnded', () => {
  /** A DTO case (opened 1 September 2025) taken to a plan revision after its first review, still in custody. */
  function dtoReplanning(): CaseState {
    const inCustody = aCase({ start: '2025-09-01' }).dto().active().state();
    const triggered = add(inCustody, 'review.triggered', '2025-10-01', {
      reviewId: 'rv-1',
      on: '2025-10-01',
      trigger: 'scheduled',
    });
    return add(triggered, 'review.completed', '2025-10-02', {
      reviewId: 'rv-1',
      outcome: {
        completedOn: '2025-10-02',
        progress: [],
        decision: 'revise-plan',
        nextReviewDate: '2025-12-18',
      },
    });
  }

  it('records a release during a plan revision, and delivery resumes in the community', () => {
    let state = dtoReplanning();
    expect(stageLabel(state)).toBe('planning.drafting');
    state = add(state, 'custody.phaseEnded', '2025-11-01', { on: '2025-11-01' });
    expect(stageLabel(state)).toBe('planning.drafting');
    expect(state.record.custodyPhaseEndedOn).toBe('2025-11-01');
    const again = tryAdd(state, 'custody.phaseEnded', '2025-11-02', { on: '2025-11-02' });
    expectRefused(state, again, 'event_not_allowed', ['type']);
  });

  it('is refused outside delivery for an order with no custody', () => {
    const state = aCase().reviewed('revise-plan', { until: 'drafted' }).state();
    const r = tryAdd(state, 'custody.phaseEnded', '2025-12-20', { on: '2025-12-20' });
    expectRefused(state, r, 'event_not_allowed', ['type']);
  });
});

describe('compliance.absenceAddressed', () => {
  const response = (id: string, contactIds: string[], on = '2025-10-16') => ({
    response: { id, contactIds, kind: 'home-visit' as const, on, notes: 'Agreed reminders' },
  });

  it('records an informal response without moving the child’s compliance status', () => {
    const state = add(
      withContacts(),
      'compliance.absenceAddressed',
      '2025-10-16',
      response('ar-1', ['c-miss']),
    );
    expect(state.record.absenceResponses).toEqual([
      { ...response('ar-1', ['c-miss']).response, by: expect.any(String) },
    ]);
    expect(complianceStatus(state.record)).toBe('compliant');
    expect(stageLabel(state)).toBe('delivery.community+compliant');
  });

  it('refuses a response naming an acceptable absence, an attended contact or no contact at all', () => {
    const before = withContacts();
    for (const [id, code] of [
      ['c-ok', 'not_an_unacceptable_absence'],
      ['c-att', 'not_an_unacceptable_absence'],
      ['c-none', 'reference_not_found'],
    ] as const) {
      const r = tryAdd(before, 'compliance.absenceAddressed', '2025-10-16', response('ar', [id]));
      expect(!r.ok && r.error.issues[0]?.code).toBe(code);
      expectRefused(before, r, r.ok ? '' : r.error.code, ['payload', 'response', 'contactIds', 0]);
    }
  });

  it('refuses a response dated before the absence it answers, and a second response with one id', () => {
    const before = withContacts();
    const early = tryAdd(
      before,
      'compliance.absenceAddressed',
      '2025-10-16',
      response('ar-1', ['c-miss'], '2025-10-13'),
    );
    expectRefused(before, early, 'conflicting_record', ['payload', 'response', 'contactIds', 0]);
    const once = add(
      before,
      'compliance.absenceAddressed',
      '2025-10-16',
      response('ar-1', ['c-miss']),
    );
    const twice = tryAdd(
      once,
      'compliance.absenceAddressed',
      '2025-10-17',
      response('ar-1', ['c-miss']),
    );
    expectRefused(once, twice, 'conflicting_record', ['payload', 'response', 'id']);
  });

  it('refuses an "other" response that does not say what was done, at its notes', () => {
    const before = withContacts();
    const r = tryAdd(before, 'compliance.absenceAddressed', '2025-10-16', {
      response: { id: 'ar-1', contactIds: ['c-miss'], kind: 'other', on: '2025-10-16' },
    });
    expectRefused(before, r, 'invalid_input', ['payload', 'response', 'notes']);
  });
});
