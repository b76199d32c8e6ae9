import { describe, expect, it } from 'vitest';
import { isYjplanError, type YjplanError } from '../../src/errors/YjplanError.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import {
  allowedEvents,
  applyEvent,
  openCase,
  safeApplyEvent,
  safeOpenCase,
} from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { deepFreeze } from './support.js';
import { kaiAfter, kaiEvent, logThrough } from './workedExample.js';

const opened = () => workedExampleEvents()[0] as CaseEventInput;

const failure = (r: ReturnType<typeof safeApplyEvent>): YjplanError => {
  if (r.ok) throw new Error('Expected the event to be refused');
  return r.error;
};

describe('openCase', () => {
  it('opens a case in the opened stage with the child, the disposal and one event', () => {
    const state = openCase(opened());
    expect(state.stage).toBe('opened');
    expect(state.caseId).toBe('case-kai');
    expect(state.record.disposal?.type).toBe('referral-order');
    expect(state.record.people.map((p) => p.id)).toEqual(['pc-mum', 'pc-dad']);
    expect(state.events).toHaveLength(1);
  });

  it('refuses any other first event with case_not_opened at the type', () => {
    const r = safeOpenCase(workedExampleEvents()[2]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('case_not_opened');
    expect(r.error.issues[0]?.path).toEqual(['type']);
  });

  it('refuses an invalid opening with the path of the bad field, without quoting it', () => {
    const bad = structuredClone(opened()) as { payload: { child: { dateOfBirth: string } } };
    bad.payload.child.dateOfBirth = '2010-02-30';
    const r = safeOpenCase(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues.map((i) => i.path.join('.'))).toContain('payload.child.dateOfBirth');
    expect(r.error.message).not.toContain('2010-02-30');
  });

  it('throws a YjplanError in the throwing form', () => {
    expect(() => openCase({} as CaseEventInput)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('applyEvent', () => {
  it('returns a new state and leaves the input state exactly as it was', () => {
    const before = deepFreeze(kaiAfter('plan.activated'));
    const copy = structuredClone(before);
    const next = applyEvent(
      before,
      kaiEvent('contact.recorded', {
        contact: {
          id: 'c-new',
          date: '2025-09-26',
          kind: 'supervision',
          attendance: 'attended',
          deliveredBy: { kind: 'yos' },
        },
      }),
    );
    expect(next).not.toBe(before);
    expect(next.record.contacts.map((c) => c.id)).toEqual(['c-new']);
    expect(before).toEqual(copy);
    expect(next.record.plans).toBe(before.record.plans);
  });

  it('is not affected by later changes to the event object the host passed', () => {
    const event = kaiEvent('case.managerChanged', { caseManager: 'pr-alex', on: '2025-09-05' });
    const state = applyEvent(kaiAfter('assessment.started'), event);
    (event.payload as { caseManager: string }).caseManager = 'pr-changed';
    expect(state.record.caseManager).toBe('pr-alex');
    expect(state.events.at(-1)?.payload).toEqual({ caseManager: 'pr-alex', on: '2025-09-05' });
  });

  it('refuses an event whose id is already in the log, even when branching from an older state', () => {
    const older = kaiAfter('assessment.started');
    const event = kaiEvent('case.managerChanged', { caseManager: 'pr-alex', on: '2025-09-05' });
    const newer = applyEvent(older, event);
    expect(failure(safeApplyEvent(newer, event)).code).toBe('duplicate_event');
    // The older state never saw the event: a branch from it may use the id.
    expect(safeApplyEvent(older, event).ok).toBe(true);
    expect(failure(safeApplyEvent(older, { ...event, id: 'e1' })).code).toBe('duplicate_event');
    expect(failure(safeApplyEvent(newer, event)).issues[0]?.path).toEqual(['id']);
  });

  it('throws YjplanError from the throwing form and returns it from the result form', () => {
    const state = kaiAfter('case.opened');
    const event = kaiEvent('case.closed', { on: '2025-09-05', reason: 'other' });
    expect(() => applyEvent(state, event)).toThrow(
      expect.objectContaining({ code: 'event_not_allowed' }),
    );
    try {
      applyEvent(state, event);
    } catch (e) {
      expect(isYjplanError(e)).toBe(true);
    }
  });

  it('refuses to close a case that has had no closing review', () => {
    const inDelivery = kaiAfter('plan.activated');
    const close = kaiEvent('case.closed', { on: '2025-10-01', reason: 'disposal-completed' });
    expect(failure(safeApplyEvent(inDelivery, close)).code).toBe('event_not_allowed');
    const reviews = workedExampleEvents().filter((e) => e.type === 'review.completed');
    const closing = reviews.findIndex((e) => e.payload.outcome.decision === 'close') + 1;
    expect(closing).toBeGreaterThan(1);
    expect(applyEvent(kaiAfter('review.completed', closing), close).stage).toBe('closed');
  });

  it('refuses agreement to a plan version that does not exist, pointing at the version', () => {
    const state = kaiAfter('plan.drafted');
    const agreement = (planVersion: number) =>
      kaiEvent('plan.agreementRecorded', {
        planVersion,
        party: { kind: 'child' },
        status: 'agreed',
        recordedBy: 'pr-sam',
        recordedOn: '2025-09-23',
      });
    expect(safeApplyEvent(state, agreement(1)).ok).toBe(true);
    const error = failure(safeApplyEvent(state, agreement(2)));
    expect(error.code).toBe('event_not_allowed');
    expect(error.issues[0]?.path).toEqual(['payload', 'planVersion']);
    expect(error.message).toContain('existing plan version');
    expect(failure(safeApplyEvent(state, agreement(0))).code).toBe('invalid_input');
  });

  it('refuses a second first draft and says to revise instead', () => {
    const state = kaiAfter('review.completed', 2);
    const error = failure(
      safeApplyEvent(
        state,
        kaiEvent('plan.drafted', {
          version: 1,
          on: '2025-12-19',
          plan: state.record.plans[0]?.plan as never,
        }),
      ),
    );
    expect(error.code).toBe('event_not_allowed');
    expect(error.message).toContain('plan.revised');
  });

  it('refuses an event the stage does not allow, naming the stage', () => {
    const error = failure(
      safeApplyEvent(
        kaiAfter('case.opened'),
        kaiEvent('plan.signedOff', { version: 1, on: '2025-09-05' }),
      ),
    );
    expect(error.code).toBe('event_not_allowed');
    expect(error.message).toBe('Event plan.signedOff is not allowed in stage opened');
    expect(error.issues[0]?.path).toEqual(['type']);
  });

  it('refuses a reference to a record the case does not hold with reference_not_found', () => {
    const error = failure(
      safeApplyEvent(
        kaiAfter('plan.drafted'),
        kaiEvent('plan.signedOff', { version: 2, on: '2025-09-24' }),
      ),
    );
    expect(error.code).toBe('reference_not_found');
    expect(error.issues[0]?.path).toEqual(['payload', 'version']);
  });

  it('refuses a second assessment while one is still in progress, and allows it after sign-off', () => {
    const second = kaiEvent('assessment.started', { assessmentId: 'as-2', on: '2025-09-04' });
    const error = failure(safeApplyEvent(kaiAfter('assessment.started'), second));
    expect(error.code).toBe('conflicting_record');
    expect(error.issues[0]?.path).toEqual(['payload', 'assessmentId']);
    // A review that decides to reassess starts the next assessment once the first is signed off.
    const log = workedExampleEvents();
    expect(log.filter((e) => e.type === 'assessment.started').length).toBeGreaterThanOrEqual(1);
    expect(replay(log).record.assessments.every((a) => a.status !== 'in-progress')).toBe(true);
  });

  it('lets a plan be signed off and activated without agreements (guidance, not a guard)', () => {
    const events = workedExampleEvents().filter((e) => e.type !== 'plan.agreementRecorded');
    expect(replay(events).stage).toBe('closed');
  });
});

describe('allowedEvents', () => {
  it('lists what the stage accepts, and only that', () => {
    const opened = allowedEvents(kaiAfter('case.opened'));
    expect(opened).toContain('assessment.started');
    expect(opened).toContain('case.transferred');
    expect(opened).not.toContain('plan.drafted');
    expect(opened).not.toContain('case.opened');

    const drafting = allowedEvents(kaiAfter('assessment.signedOff'));
    expect(drafting).toContain('plan.drafted');
    expect(drafting).not.toContain('plan.revised');

    const redrafting = allowedEvents(kaiAfter('review.completed', 2));
    expect(redrafting).toContain('plan.revised');
    expect(redrafting).not.toContain('plan.drafted');

    const review = allowedEvents(kaiAfter('review.triggered'));
    expect(review).toContain('review.completed');
    expect(review).not.toContain('case.closed');
  });

  it('lists nothing for a closed case', () => {
    expect(allowedEvents(replay(workedExampleEvents()))).toEqual([]);
  });

  it('reports the nested state a practitioner recognises', () => {
    expect(stageLabel(kaiAfter('compliance.warningIssued'))).toBe('delivery.community+warned');
    expect(stageLabel(kaiAfter('plan.drafted'))).toBe('planning.awaitingAgreement');
  });
});

describe('event timestamps', () => {
  it('does not refuse a log whose `at` goes backwards: the log order is the truth (ADR 0001)', () => {
    const log = logThrough('plan.activated');
    // A host importing a backdated record appends it after later ones.
    const backdated = log.map((e, i) =>
      i === log.length - 1 ? { ...e, at: '2000-01-01T09:00:00Z' } : e,
    ) as CaseEventInput[];
    const state = replay(backdated);
    expect(state.events.map((e) => e.id)).toEqual(log.map((e) => e.id));
    expect(stageLabel(state)).toBe(stageLabel(replay(log)));
    const earlier = kaiEvent('case.managerChanged', { caseManager: 'pr-alex', on: '2025-01-01' });
    const next = applyEvent(state, { ...earlier, at: '1999-12-31T23:59:59Z' });
    expect(next.events.at(-1)?.id).toBe(earlier.id);
  });
});

describe('the case state at the boundary', () => {
  it('refuses something that is not a case state with invalid_input, for JavaScript hosts', () => {
    const event = kaiEvent('case.managerChanged', { caseManager: 'pr-alex', on: '2025-09-05' });
    for (const notAState of [undefined, null, {}, { caseId: 'x', events: [] }, 'state']) {
      const r = safeApplyEvent(notAState as never, event);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
      expect(() => allowedEvents(notAState as never)).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      );
    }
  });

  it('accepts a case state that went through JSON (a host caching it) and carries on', () => {
    const cached = JSON.parse(JSON.stringify(kaiAfter('plan.activated')));
    const next = applyEvent(
      cached,
      kaiEvent('review.triggered', { reviewId: 'rv-x', on: '2025-10-01', trigger: 'scheduled' }),
    );
    expect(stageLabel(next)).toBe('review');
    expect(failure(safeApplyEvent(next, { ...workedExampleEvents()[3] })).code).toBe(
      'duplicate_event',
    );
  });
});

describe('replay appends in place only to lists no caller holds', () => {
  const log = workedExampleEvents();
  const delivering = log.slice(
    0,
    log.findIndex((e) => e.type === 'review.triggered'),
  );
  const contact = (id: string) =>
    kaiEvent('contact.recorded', {
      contact: {
        id,
        date: '2025-09-26',
        kind: 'supervision',
        attendance: 'attended',
        deliveredBy: { kind: 'yos' },
      },
    });

  it('gives back a state that two branches extend without touching it or each other', () => {
    const replayed = replay(delivering);
    const contacts = replayed.record.contacts.map((c) => c.id);
    const a = applyEvent(replayed, { ...contact('c-a'), id: 'e-a' });
    const b = applyEvent(replayed, { ...contact('c-b'), id: 'e-b' });
    expect(replayed.record.contacts.map((c) => c.id)).toEqual(contacts);
    expect(a.record.contacts.map((c) => c.id)).toEqual([...contacts, 'c-a']);
    expect(b.record.contacts.map((c) => c.id)).toEqual([...contacts, 'c-b']);
    // The id index moved with the list: each branch knows its own contact, not the other's.
    expect(failure(safeApplyEvent(a, { ...contact('c-a'), id: 'e-a2' })).code).toBe(
      'conflicting_record',
    );
    expect(safeApplyEvent(a, { ...contact('c-b'), id: 'e-b2' }).ok).toBe(true);
  });

  it('equals the state built one event at a time, and a failed replay changes nothing', () => {
    const stepwise = delivering.slice(1).reduce(applyEvent, openCase(delivering[0] as never));
    expect(replay(delivering)).toEqual(stepwise);
    const before = structuredClone(delivering);
    const bad = [...delivering, contact('c-x'), { ...contact('c-x'), id: 'e-dup-contact' }];
    expect(() => replay(bad)).toThrow(/already recorded/);
    expect(delivering).toEqual(before);
    expect(replay(delivering)).toEqual(stepwise);
  });
});
