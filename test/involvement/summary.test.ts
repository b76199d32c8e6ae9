import { describe, expect, expectTypeOf, it } from 'vitest';
import { involvementSummary, safeInvolvementSummary } from '../../src/involvement/summary.js';
import type { InvolvementSummary, PersonInvolvement } from '../../src/involvement/types.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { InvolvementRecord } from '../../src/model/involvement.js';
import { aCase } from '../../src/testing/index.js';
import { ACTIVE, DATES, event, MUM, viewsOf, withEvents, withRecords } from './records.js';

/** The first person of the summary (the mother in these cases). */
function firstPerson(state: CaseState, asOf: string): PersonInvolvement {
  const person = involvementSummary(state, { asOf }).people[0];
  if (!person) throw new Error('Expected a person in the summary');
  return person;
}

const rec = (r: Record<string, unknown>) =>
  ({ personId: 'pc-mum', on: DATES.activated, ...r }) as InvolvementRecord;

describe('involvementSummary at the boundary', () => {
  it('rejects an asOf that is not a calendar date with invalid_input and the path', () => {
    const r = safeInvolvementSummary(ACTIVE.state(), { asOf: '2025-02-30' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues[0]?.path).toEqual(['asOf']);
  });

  it('throws the same error from the throwing form', () => {
    expect(() => involvementSummary(ACTIVE.state(), { asOf: 'soon' })).toThrow(/asOf/);
  });

  it('rejects something that is not a case state', () => {
    const r = safeInvolvementSummary({} as CaseState, { asOf: '2025-03-01' });
    expect(r.ok ? undefined : [r.error.code, r.error.issues[0]?.path]).toEqual([
      'invalid_input',
      [],
    ]);
  });

  it('summarises a case with no parent/carer as empty', () => {
    const s = involvementSummary(ACTIVE.parentCarers([]).state(), { asOf: '2025-04-01' });
    expect(s.people).toEqual([]);
    expect(s.assessment).toEqual({ tookPart: false, personIds: [] });
    expect(s.recordCount).toBe(0);
  });

  it('is typed by its options and answers with an InvolvementSummary', () => {
    expectTypeOf(involvementSummary).returns.toEqualTypeOf<InvolvementSummary>();
    // @ts-expect-error asOf is required
    expect(() => involvementSummary(ACTIVE.state(), {})).toThrow();
  });

  it('does not change the case it summarises', () => {
    const state = withRecords(
      ACTIVE.state(),
      rec({ kind: 'invited', id: 'i-1', meeting: 'review' }),
    );
    const before = structuredClone(state);
    involvementSummary(state, { asOf: '2025-04-01' });
    expect(state).toEqual(before);
  });
});

describe('involvementSummary per person', () => {
  const state = withRecords(
    ACTIVE.state(),
    rec({ kind: 'invited', id: 'i-1', meeting: 'planning-meeting', on: DATES.opened }),
    rec({
      kind: 'did-not-attend',
      id: 'i-2',
      meeting: 'assessment',
      on: '2025-03-05',
      reason: 'Working',
    }),
    rec({ kind: 'attended', id: 'i-3', meeting: 'planning-meeting', on: '2025-03-13' }),
    rec({
      kind: 'views-recorded',
      id: 'i-4',
      planVersion: 1,
      views: { inOwnWords: 'Good plan', givenOn: '2025-03-13' },
    }),
    rec({ kind: 'plan-agreement', id: 'i-5', planVersion: 1, agreed: false, comment: 'Too much' }),
    rec({ kind: 'plan-copy-given', id: 'i-6', planVersion: 1 }),
    rec({ kind: 'support-offered', id: 'i-7', support: 'parenting-programme' }),
    rec({ kind: 'support-declined', id: 'i-8', support: 'parenting-programme' }),
    rec({ kind: 'parenting-contract-agreed', id: 'i-9', until: '2025-09-17' }),
    rec({ kind: 'could-not-contact', id: 'i-10', on: '2025-04-02', attempts: 3 }),
  );
  const mum = firstPerson(state, '2025-04-30');

  it('lists what the person was invited to, attended and missed, with the reason', () => {
    expect(mum.invitations.map((i) => i.recordId)).toEqual(['i-1']);
    expect(mum.attendance.map((a) => [a.recordId, a.attended, a.reason])).toEqual([
      ['i-2', false, 'Working'],
      ['i-3', true, undefined],
    ]);
  });

  it('lists what they said, what they agreed and the copies they were given', () => {
    expect(mum.views.map((v) => v.inOwnWords)).toEqual(['Good plan']);
    expect(mum.agreements).toMatchObject([{ planVersion: 1, status: 'disagreed' }]);
    expect(mum.copiesGiven.map((c) => c.planVersion)).toEqual([1]);
  });

  it('shows version 1 at a glance: invited, attended, views, disagreement, copy', () => {
    expect(mum.byPlanVersion).toEqual([
      {
        planVersion: 1,
        invited: true,
        attended: true,
        viewsRecorded: true,
        agreement: 'disagreed',
        copyGiven: true,
      },
    ]);
  });

  it('lists support offered and declined, and a parenting contract', () => {
    expect(mum.support.map((s) => s.response)).toEqual(['offered', 'declined']);
    expect(mum.parentingContracts).toEqual([
      { recordId: 'i-9', on: DATES.activated, recordedBy: 'pr-test', until: '2025-09-17' },
    ]);
  });

  it('shows who recorded each entry: the practitioner who recorded its event', () => {
    const records = [
      rec({ kind: 'invited', id: 'r-1', meeting: 'review' }),
      rec({ kind: 'attended', id: 'r-2', meeting: 'review' }),
      rec({
        kind: 'views-recorded',
        id: 'r-3',
        views: { inOwnWords: 'Fine', givenOn: DATES.activated },
      }),
      rec({ kind: 'plan-agreement', id: 'r-4', planVersion: 1, agreed: true }),
      rec({ kind: 'plan-copy-given', id: 'r-5', planVersion: 1 }),
      rec({ kind: 'support-offered', id: 'r-6', support: 'mediation' }),
      rec({ kind: 'parenting-contract-agreed', id: 'r-7', until: '2025-09-17' }),
      rec({ kind: 'parenting-order-made', id: 'r-8', months: 6, programmeMonths: 3 }),
      rec({ kind: 'could-not-contact', id: 'r-9', attempts: 2 }),
      rec({ kind: 'not-involved', id: 'r-10', reason: 'other', rationale: 'Works away' }),
    ];
    const byLee = withEvents(
      ACTIVE.assessed({ parentCarerViews: viewsOf('pc-mum') }).state(),
      ...records.map((r) => event('involvement.recorded', r.on, { record: r }, 'pr-lee')),
      event('involvement.invalidated', DATES.activated, {
        recordId: 'r-1',
        on: DATES.activated,
        reason: 'Wrong meeting',
      }),
    );
    const p = firstPerson(byLee, '2025-04-30');
    const entries = [
      ...p.attendance,
      ...p.views.filter((v) => v.source === 'involvement-record'),
      ...p.copiesGiven,
      ...p.support,
      ...p.parentingContracts,
      ...p.parentingOrders,
      ...p.contactAttempts,
      ...p.notInvolved,
      ...p.agreements.flatMap((a) => a.evidence),
      ...p.invalidated,
    ];
    expect(entries).toHaveLength(10);
    expect(new Set(entries.map((e) => e.recordedBy))).toEqual(new Set(['pr-lee']));
    expect(p.invalidated).toMatchObject([
      { recordId: 'r-1', recordedBy: 'pr-lee', invalidatedBy: 'pr-test' },
    ]);
    // views in an assessment were recorded by the practitioner who completed it
    expect(p.views.find((v) => v.source === 'assessment')?.recordedBy).toBe('pr-test');
  });

  it('shows who recorded an agreement given by event, and who completed a review with views', () => {
    const closed = aCase({ caseManager: 'pr-sam' })
      .parentCarers([{ id: 'pc-mum' }])
      .reviewed()
      .reviewed()
      .closed()
      .state();
    const mum = involvementSummary(closed, { asOf: '2026-03-31' }).people.find(
      (q) => q.personId === 'pc-mum',
    );
    expect(mum?.agreements[0]?.evidence.map((e) => [e.source.kind, e.recordedBy])).toEqual([
      ['involvement-record', 'pr-sam'],
      ['plan-agreement-event', 'pr-sam'],
    ]);
    expect(mum?.views.filter((v) => v.source === 'review').map((v) => v.recordedBy)).toEqual([
      'pr-sam',
      'pr-sam',
      'pr-sam',
    ]);
  });

  it('treats failed contact as the newest word until something later is recorded', () => {
    expect(mum.excused).toEqual({ kind: 'could-not-contact', recordId: 'i-10' });
    const later = withRecords(
      state,
      rec({ kind: 'invited', id: 'i-11', meeting: 'review', on: '2025-04-03' }),
    );
    expect(involvementSummary(later, { asOf: '2025-04-30' }).people[0]?.excused).toBeUndefined();
  });

  it('leaves out records dated after asOf', () => {
    const early = firstPerson(state, '2025-03-12');
    expect(early.recordCount).toBe(2);
    expect(early.byPlanVersion).toEqual([]);
  });
});

describe('agreement from both sources', () => {
  const agreementEvent = (status: string, on: string) =>
    event('plan.agreementRecorded', on, {
      planVersion: 1,
      party: { kind: 'parent-carer', personId: 'pc-mum' },
      status,
      ...(status === 'agreed-with-misgivings' && { misgivings: 'Worried about the hours' }),
      recordedBy: 'pr-test',
      recordedOn: on,
    } as never);
  const base = ACTIVE.state();

  it('takes the newest evidence as the status, whichever source it came from', () => {
    const state = withRecords(
      withEvents(base, agreementEvent('agreed', '2025-03-17')),
      rec({ kind: 'plan-agreement', id: 'pa-1', planVersion: 1, agreed: false, on: '2025-03-20' }),
    );
    const [agreement] = firstPerson(state, '2025-04-01').agreements;
    expect(agreement?.status).toBe('disagreed');
    expect(agreement?.evidence).toHaveLength(2);
  });

  it('prefers the agreement event on the same day, and still lists the record once', () => {
    const state = withEvents(
      withRecords(base, rec({ kind: 'plan-agreement', id: 'pa-1', planVersion: 1, agreed: true })),
      agreementEvent('agreed-with-misgivings', DATES.activated),
    );
    const s = firstPerson(state, '2025-04-01');
    expect(s.agreements).toHaveLength(1);
    expect(s.agreements[0]?.status).toBe('agreed-with-misgivings');
    expect(
      s.agreements[0]?.evidence.filter((e) => e.source.kind === 'involvement-record'),
    ).toHaveLength(1);
  });
});

describe('case participation', () => {
  it('attributes a planning meeting that names no version to the newest version drafted by then', () => {
    const state = withRecords(
      ACTIVE.state(),
      rec({ kind: 'attended', id: 'a-1', meeting: 'planning-meeting', on: '2025-03-20' }),
    );
    expect(involvementSummary(state, { asOf: '2025-04-01' }).planning).toEqual([
      { planVersion: 1, tookPart: true, personIds: ['pc-mum'] },
    ]);
  });

  it('counts a review attended while it was open, and not one attended after it closed', () => {
    const triggered = withEvents(
      ACTIVE.state(),
      event('review.triggered', '2025-06-02', {
        reviewId: 'rv-1',
        on: '2025-06-02',
        trigger: 'scheduled',
      }),
    );
    const during = withRecords(
      triggered,
      rec({ kind: 'attended', id: 'a-1', meeting: 'review', on: '2025-06-02' }),
    );
    expect(involvementSummary(during, { asOf: '2025-06-30' }).reviews[0]?.tookPart).toBe(true);
    const completed = withEvents(
      triggered,
      event('review.completed', '2025-06-03', {
        reviewId: 'rv-1',
        outcome: {
          completedOn: '2025-06-03',
          progress: [],
          decision: 'continue',
          nextReviewDate: '2025-09-01',
        },
      }),
    );
    const after = withRecords(
      completed,
      rec({ kind: 'attended', id: 'a-2', meeting: 'review', on: '2025-06-04' }),
    );
    expect(involvementSummary(after, { asOf: '2025-06-30' }).reviews[0]).toMatchObject({
      tookPart: false,
      completedOn: '2025-06-03',
    });
  });

  it('counts a parent whose views are in the assessment as taking part in it', () => {
    const without = ACTIVE.parentCarers([MUM]).state();
    expect(involvementSummary(without, { asOf: '2025-04-01' }).assessment.tookPart).toBe(false);
    const withViews = ACTIVE.parentCarers([MUM])
      .assessed({ parentCarerViews: viewsOf('pc-mum') })
      .state();
    expect(involvementSummary(withViews, { asOf: '2025-04-01' }).assessment).toEqual({
      tookPart: true,
      personIds: ['pc-mum'],
    });
  });
});
