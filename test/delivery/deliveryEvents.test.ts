import { describe, expect, it } from 'vitest';
import { actionNow, activePlan, objectiveNow } from '../../src/lifecycle/derive.js';
import { allowedEvents } from '../../src/lifecycle/reducer.js';
import { aCase } from '../../src/testing/index.js';
import { add, contact, tryAdd } from './fixtures.js';

/** A referral order in delivery as the testing kit builds it: objectives `o-ete`, `o-lifestyle`, `o-thinking`; the inclusion team's `act-ete-1`, the child's `act-lifestyle-1`. */
const inDelivery = () => aCase().referralOrder().active().state();

describe('contact.recorded', () => {
  it('records a contact with its attendance and the objectives it worked on', () => {
    const state = add(
      inDelivery(),
      'contact.recorded',
      '2025-09-30',
      contact('c-1', '2025-09-30', 'attended', ['o-ete']),
    );
    expect(state.record.contacts).toEqual([
      expect.objectContaining({ id: 'c-1', attendance: 'attended', objectiveIds: ['o-ete'] }),
    ]);
  });

  it('refuses an objective the active plan does not hold, leaving the case as it was', () => {
    const before = inDelivery();
    const r = tryAdd(
      before,
      'contact.recorded',
      '2025-09-30',
      contact('c-1', '2025-09-30', 'attended', ['o-housing']),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('reference_not_found');
    expect(r.error.issues[0]?.path).toEqual(['payload', 'contact', 'objectiveIds', 0]);
    expect(before.record.contacts).toEqual([]);
  });

  it('refuses a second contact with the same id', () => {
    const once = add(
      inDelivery(),
      'contact.recorded',
      '2025-09-30',
      contact('c-1', '2025-09-30', 'attended'),
    );
    const r = tryAdd(
      once,
      'contact.recorded',
      '2025-10-01',
      contact('c-1', '2025-10-01', 'attended'),
    );
    expect(!r.ok && r.error.code).toBe('conflicting_record');
  });

  it('refuses a contact delivered by a parent/carer the case does not hold', () => {
    const r = tryAdd(inDelivery(), 'contact.recorded', '2025-09-30', {
      contact: {
        id: 'c-1',
        date: '2025-09-30',
        kind: 'home-visit',
        attendance: 'attended',
        deliveredBy: { kind: 'parent-carer', personId: 'pc-aunt' },
      },
    });
    expect(!r.ok && r.error.issues[0]?.path).toEqual([
      'payload',
      'contact',
      'deliveredBy',
      'personId',
    ]);
  });

  it('can be recorded while the plan is being revised: the active plan is still delivered', () => {
    const replanning = aCase().reviewed('revise-plan', { until: 'drafted' }).state();
    expect(replanning.stage).toBe('planning');
    expect(allowedEvents(replanning)).toEqual(
      expect.arrayContaining([
        'contact.recorded',
        'action.statusChanged',
        'objective.statusChanged',
      ]),
    );
    const state = add(
      replanning,
      'contact.recorded',
      '2025-12-20',
      contact('c-x', '2025-12-20', 'attended', ['o-lifestyle']),
    );
    expect(state.record.contacts.at(-1)?.id).toBe('c-x');
  });

  it('cannot be recorded before the case is assessed or after it closes', () => {
    expect(allowedEvents(aCase().state())).not.toContain('contact.recorded');
    expect(allowedEvents(aCase().closed().state())).not.toContain('contact.recorded');
  });
});

describe('referral.made and referral.updated', () => {
  it('records a referral and its status history', () => {
    let state = add(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-1',
      on: '2025-09-25',
      agency: 'education',
      service: 'Pupil referral unit',
      actionId: 'act-ete-1',
    });
    state = add(state, 'referral.updated', '2025-10-02', {
      referralId: 'r-1',
      on: '2025-10-02',
      status: 'waiting-list',
    });
    expect(state.record.referrals[0]?.history.map((h) => h.status)).toEqual([
      'made',
      'waiting-list',
    ]);
  });

  it('refuses a referral for an action the plan does not hold', () => {
    const r = tryAdd(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-1',
      on: '2025-09-25',
      agency: 'health',
      service: 'Speech and language therapy',
      actionId: 'act-unknown',
    });
    expect(!r.ok && r.error.code).toBe('reference_not_found');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'actionId']);
  });

  it('refuses "made" as an update: a referral is made once', () => {
    const state = add(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-1',
      on: '2025-09-25',
      agency: 'education',
      service: 'Pupil referral unit',
    });
    const r = tryAdd(state, 'referral.updated', '2025-10-02', {
      referralId: 'r-1',
      on: '2025-10-02',
      status: 'made' as 'accepted',
    });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'status']);
  });

  /** The case with a referral made on 25 September and waitlisted on 2 October. */
  const waitlisted = () => {
    const made = add(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-1',
      on: '2025-09-25',
      agency: 'education',
      service: 'Pupil referral unit',
    });
    return add(made, 'referral.updated', '2025-10-02', {
      referralId: 'r-1',
      on: '2025-10-02',
      status: 'waiting-list',
    });
  };
  const update = (on: string, status: 'accepted' | 'started' | 'completed') => ({
    referralId: 'r-1',
    on,
    status,
  });

  it('takes an update on the day the referral was made, and refuses one dated before it', () => {
    const made = add(inDelivery(), 'referral.made', '2025-09-25', {
      referralId: 'r-1',
      on: '2025-09-25',
      agency: 'education',
      service: 'Pupil referral unit',
    });
    const sameDay = add(made, 'referral.updated', '2025-09-25', update('2025-09-25', 'accepted'));
    expect(sameDay.record.referrals[0]?.history).toHaveLength(2);
    const before = JSON.stringify(made);
    const r = tryAdd(made, 'referral.updated', '2025-09-25', update('2025-09-24', 'accepted'));
    expect(!r.ok && r.error.code).toBe('conflicting_record');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'on']);
    expect(JSON.stringify(made)).toBe(before);
  });

  it('takes an update on the day of the previous one, and refuses one dated before it', () => {
    const state = waitlisted();
    expect(
      add(state, 'referral.updated', '2025-10-02', update('2025-10-02', 'started')).record
        .referrals[0]?.history,
    ).toHaveLength(3);
    const r = tryAdd(state, 'referral.updated', '2025-10-02', update('2025-10-01', 'started'));
    expect(!r.ok && r.error.code).toBe('conflicting_record');
    expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'on']);
  });

  it('refuses any update once a referral is completed, declined or not available', () => {
    for (const final of ['completed', 'declined', 'not-available'] as const) {
      const state = add(waitlisted(), 'referral.updated', '2025-10-09', {
        referralId: 'r-1',
        on: '2025-10-09',
        status: final,
      });
      const before = JSON.stringify(state);
      const r = tryAdd(state, 'referral.updated', '2025-10-20', update('2025-10-20', 'started'));
      expect(!r.ok && r.error.code, final).toBe('conflicting_record');
      expect(!r.ok && r.error.issues[0]?.path).toEqual(['payload', 'referralId']);
      expect(JSON.stringify(state)).toBe(before);
    }
    const started = add(
      waitlisted(),
      'referral.updated',
      '2025-10-09',
      update('2025-10-09', 'started'),
    );
    expect(
      add(
        started,
        'referral.updated',
        '2025-10-20',
        update('2025-10-20', 'completed'),
      ).record.referrals[0]?.history.at(-1)?.status,
    ).toBe('completed');
  });

  it('refuses an update to a referral the case does not hold', () => {
    const r = tryAdd(inDelivery(), 'referral.updated', '2025-10-02', {
      referralId: 'r-9',
      on: '2025-10-02',
      status: 'started',
    });
    expect(!r.ok && r.error.code).toBe('reference_not_found');
  });
});

describe('action.statusChanged and objective.statusChanged', () => {
  it('records why an action was not delivered', () => {
    const state = add(inDelivery(), 'action.statusChanged', '2025-11-01', {
      actionId: 'act-lifestyle-1',
      on: '2025-11-01',
      status: 'not-delivered',
      notDelivered: { reason: 'child-unwilling' },
    });
    expect(state.record.actionUpdates.at(-1)?.notDelivered).toEqual({ reason: 'child-unwilling' });
    expect(actionNow(state.record, 1, 'act-lifestyle-1')?.status).toBe('not-delivered');
  });

  it('refuses "not delivered" without a reason, and "other" without saying why', () => {
    const base = inDelivery();
    const without = tryAdd(base, 'action.statusChanged', '2025-11-01', {
      actionId: 'act-lifestyle-1',
      on: '2025-11-01',
      status: 'not-delivered',
    });
    expect(!without.ok && without.error.issues[0]?.path).toEqual(['payload', 'notDelivered']);
    const other = tryAdd(base, 'action.statusChanged', '2025-11-01', {
      actionId: 'act-lifestyle-1',
      on: '2025-11-01',
      status: 'not-delivered',
      notDelivered: { reason: 'other' },
    });
    expect(!other.ok && other.error.issues[0]?.path).toEqual(['payload', 'notDelivered', 'detail']);
  });

  it('refuses a reason for non-delivery on an action that was done', () => {
    const r = tryAdd(inDelivery(), 'action.statusChanged', '2025-11-01', {
      actionId: 'act-lifestyle-1',
      on: '2025-11-01',
      status: 'done',
      notDelivered: { reason: 'waiting-list' },
    });
    expect(!r.ok && r.error.code).toBe('invalid_input');
  });

  it('tracks an objective’s achievement over time with evidence', () => {
    let state = add(inDelivery(), 'objective.statusChanged', '2025-10-20', {
      objectiveId: 'o-ete',
      on: '2025-10-20',
      achievement: 'in-progress',
    });
    state = add(state, 'objective.statusChanged', '2025-11-20', {
      objectiveId: 'o-ete',
      on: '2025-11-20',
      achievement: 'improving',
      evidence: 'Attending the PRU',
    });
    const version = activePlan(state.record)?.version ?? 0;
    expect(objectiveNow(state.record, version, 'o-ete')?.achievement).toBe('improving');
    expect(state.record.objectiveUpdates.map((u) => u.progress?.achievement)).toEqual([
      'in-progress',
      'improving',
    ]);
  });
});
