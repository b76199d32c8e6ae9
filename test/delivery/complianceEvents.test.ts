import { describe, expect, it } from 'vitest';
import { complianceStatus } from '../../src/lifecycle/derive.js';
import { stageLabel } from '../../src/lifecycle/state.js';
import { add, contact, kaiInDelivery, tryAdd, warning } from './fixtures.js';

/** Kai's case with an attended contact, an acceptable and an unacceptable absence. */
function withContacts() {
  let state = kaiInDelivery();
  state = add(state, 'contact.recorded', '2025-09-30', contact('c-att', '2025-09-30', 'attended'));
  state = add(
    state,
    'contact.recorded',
    '2025-10-07',
    contact('c-ok', '2025-10-07', 'acceptable-absence'),
  );
  return add(
    state,
    'contact.recorded',
    '2025-10-14',
    contact('c-miss', '2025-10-14', 'unacceptable-absence'),
  );
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
    const base = withContacts();
    const yro = {
      ...base,
      record: {
        ...base.record,
        disposal: {
          type: 'youth-rehabilitation-order',
          id: 'd-yro',
          convictionDate: '2025-09-02',
          sentenceDate: '2025-09-02',
          endDate: '2026-09-01',
          requirements: [],
        },
      },
    } as unknown as typeof base;
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
