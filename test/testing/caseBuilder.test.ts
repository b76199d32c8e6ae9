import { afterEach, describe, expect, it, vi } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { activePlan, latestAssessment } from '../../src/lifecycle/derive.js';
import { CaseFileSchema } from '../../src/lifecycle/persist.js';
import { replay } from '../../src/lifecycle/replay.js';
import { disposalEndDate } from '../../src/model/disposal/derived.js';
import {
  aCase,
  aDisposal,
  aFactor,
  anAction,
  anObjective,
} from '../../src/testing/builders/index.js';
import { stageLabel } from '../../src/views/stageLabel.js';

describe('aCase', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens a 6-month referral order for a 15-year-old with their mother by default', () => {
    const { record, stage } = aCase().state();
    expect(stage).toBe('opened');
    expect(record.disposal).toMatchObject({ type: 'referral-order', lengthMonths: 6 });
    expect(record.people.map((p) => p.id)).toEqual(['pc-1']);
  });

  it.each([
    ['assessed', 'planning.drafting'],
    ['planned', 'planning.awaitingAgreement'],
    ['agreed', 'planning.awaitingAgreement'],
    ['active', 'delivery.community+compliant'],
  ] as const)('builds up to the %s stage', (step, label) => {
    expect(stageLabel(aCase()[step]().state())).toBe(label);
  });

  it('records the child’s and the parent’s agreement when agreed', () => {
    const { record } = aCase().agreed().state();
    expect(record.agreements.map((a) => a.party.kind)).toEqual(['child', 'parent-carer']);
  });

  it('runs a whole referral order from opening to closure', () => {
    const state = aCase()
      .child({ age: 15 })
      .referralOrder({ months: 6 })
      .withContacts(6)
      .reviewed('continue')
      .closed()
      .state();
    expect(state.stage).toBe('closed');
    expect(state.record.closure?.on).toBe('2026-02-28');
  });

  it('gives the same state as replaying its events', () => {
    const builder = aCase().withContacts(4).reviewed().closed();
    expect(replay(builder.events())).toEqual(builder.state());
  });

  it('gives a case file that parses with CaseFileSchema', () => {
    const file = aCase().withContacts(2).closed().caseFile();
    expect(CaseFileSchema.safeParse(file).success).toBe(true);
    expect(file.schemaVersion).toBe(1);
  });

  it('numbers event ids and keeps events in date order', () => {
    const events = aCase().withContacts(3).closed().events();
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e-${i + 1}`));
    const dates = events.map((e) => e.at);
    expect([...dates].sort()).toEqual(dates);
  });

  it('is immutable: branching from a shared base leaves the base as it was', () => {
    const base = aCase().child({ age: 14 });
    const closed = base.closed();
    expect(base.state().stage).toBe('opened');
    expect(closed.state().stage).toBe('closed');
  });

  it('builds stages in lifecycle order whatever the call order', () => {
    expect(aCase().active().assessed().state().stage).toBe('delivery');
  });

  it('counts every date from the start date', () => {
    const events = aCase({ start: '2024-03-04' }).active().events();
    expect(events[0]?.at.slice(0, 10)).toBe('2024-03-04');
    expect(events.every((e) => e.at >= '2024-03-04')).toBe(true);
  });

  it('never reads the clock', () => {
    const before = JSON.stringify(aCase().withContacts(3).closed().events());
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(JSON.stringify(aCase().withContacts(3).closed().events())).toBe(before);
  });

  it('records contacts at the plan’s frequency', () => {
    const { record } = aCase().withContacts(4).state();
    const dates = record.contacts.map((c) => c.date);
    expect(dates).toHaveLength(4);
    expect(activePlan(record)?.plan.plannedContactsPerMonth).toBe(4);
    expect(dates).toEqual(['2025-09-20', '2025-09-27', '2025-10-04', '2025-10-11']);
  });

  it('records unacceptable absences when asked', () => {
    const { record } = aCase().withContacts(2, { attendance: 'unacceptable-absence' }).state();
    expect(record.contacts.every((c) => c.attendance === 'unacceptable-absence')).toBe(true);
  });

  it('revises the plan after a review that decides so, and activates the new version', () => {
    const { record, stage } = aCase().reviewed('revise-plan').state();
    expect(stage).toBe('delivery');
    expect(activePlan(record)?.version).toBe(2);
  });

  it('reassesses, then revises the plan, after a review that decides to reassess', () => {
    const { record } = aCase().reviewed('reassess').state();
    expect(latestAssessment(record)).toMatchObject({ id: 'a-2', status: 'signed-off' });
    expect(activePlan(record)?.reason).toBe('change-in-risk');
  });

  it('closes after a review that already decided to close', () => {
    expect(aCase().reviewed('close').state().stage).toBe('closing');
    expect(aCase().reviewed('close').closed().state().stage).toBe('closed');
  });

  it('transfers the case when asked', () => {
    expect(aCase().withContacts(1).transferred().state().stage).toBe('transferred');
  });

  it.each([
    ['a YRO', (b: ReturnType<typeof aCase>) => b.yro()],
    ['a DTO', (b: ReturnType<typeof aCase>) => b.dto()],
    ['a youth caution', (b: ReturnType<typeof aCase>) => b.disposal('youth-caution')],
    [
      'a youth conditional caution',
      (b: ReturnType<typeof aCase>) => b.disposal('youth-conditional-caution'),
    ],
    ['long-term detention', (b: ReturnType<typeof aCase>) => b.disposal('long-term-detention')],
  ])('runs %s to closure', (_, pick) => {
    expect(pick(aCase()).withContacts(3).closed().state().stage).toBe('closed');
  });

  it('records the persistent offender opinion a DTO needs for a 13-year-old', () => {
    const { record } = aCase().child({ age: 13 }).dto().state();
    expect(record.disposal).toMatchObject({ persistentOffender: true });
  });

  it('takes a built disposal as it is', () => {
    const d = aDisposal.yro({ on: '2025-05-05', months: 9 });
    expect(aCase().disposal(d).state().record.disposal).toEqual(d);
  });

  it('never involves or gives the plan to a parent under a no-contact order', () => {
    const { record } = aCase()
      .withParentCarer({
        relationship: 'father',
        restrictions: [
          { kind: 'no-contact', reason: 'Non-molestation order', source: 'court-order' },
        ],
      })
      .closed()
      .state();
    const about = record.involvement
      .filter((e) => e.record.personId === 'pc-2')
      .map((e) => e.record.kind);
    expect(about).toEqual(['not-involved']);
    expect(
      record.agreements.some((a) => a.party.kind === 'parent-carer' && a.party.personId === 'pc-2'),
    ).toBe(false);
  });

  it('builds a case with no parents/carers', () => {
    expect(aCase().parentCarers([]).closed().state().record.people).toEqual([]);
  });

  it('answers an unlawful combination with the library’s error, at the disposal field', () => {
    const builder = aCase()
      .child({ age: 14 })
      .yro({ requirements: [{ id: 'req-upw', kind: 'unpaid-work', hours: 60 }] });
    let error: unknown;
    try {
      builder.events();
    } catch (e) {
      error = e;
    }
    expect(isYjplanError(error) && error.code).toBe('invalid_input');
    expect(isYjplanError(error) && error.issues[0]?.path).toEqual([
      'payload',
      'disposal',
      'requirements',
      0,
      'kind',
    ]);
  });
});

describe('aCase options for the steps', () => {
  it('records no one’s involvement or agreement at any stage with involvement: false', () => {
    const people = [{}, { id: 'pc-dad', relationship: 'father' as const }];
    const { record, stage } = aCase({ involvement: false }).parentCarers(people).active().state();
    expect(stage).toBe('delivery');
    expect(record.involvement).toEqual([]);
    expect(record.agreements).toEqual([]);
    expect(aCase().parentCarers(people).active().state().record.involvement).not.toEqual([]);
  });

  it('dates the assessment and plan steps as asked', () => {
    const { record } = aCase({ start: '2025-03-03', involvement: false })
      .yro()
      .assessed({ startedOn: '2025-03-03', completedOn: '2025-03-10', signedOffOn: '2025-03-11' })
      .active({ draftedOn: '2025-03-14', activatedOn: '2025-03-17' })
      .state();
    expect(latestAssessment(record)).toMatchObject({
      startedOn: '2025-03-03',
      assessment: { completedOn: '2025-03-10' },
      signedOff: { on: '2025-03-11' },
    });
    expect(record.plans[0]).toMatchObject({
      drafted: { on: '2025-03-14' },
      signedOff: { on: '2025-03-17' },
      activatedOn: '2025-03-17',
    });
  });

  it('puts the assessment content it is given in place of the typical content', () => {
    const factor = aFactor({ id: 'f-1', domain: 'lifestyle' });
    const { record } = aCase()
      .assessed({ factors: [factor], strengths: [], parentCarerViews: [] })
      .state();
    const assessment = latestAssessment(record)?.assessment;
    expect(assessment?.factors.map((f) => f.id)).toEqual(['f-1']);
    expect(assessment?.strengths).toEqual([]);
    expect(assessment?.parentCarerViews).toEqual([]);
    const typical = latestAssessment(aCase().assessed().state().record)?.assessment;
    expect(assessment?.ratings).toEqual(typical?.ratings);
  });

  it('puts the plan content it is given in place of the typical content', () => {
    const objectives = [
      anObjective({ id: 'o-1' }),
      anObjective({ id: 'o-2', dependsOn: ['o-1'], priority: 2 }),
    ];
    const actions = [anAction({ id: 'act-1', objectiveId: 'o-2' })];
    const state = aCase().yro().active({ objectives, actions, plannedContactsPerMonth: 3 }).state();
    const plan = activePlan(state.record)?.plan;
    expect(plan?.objectives.map((o) => [o.id, o.dependsOn])).toEqual([
      ['o-1', []],
      ['o-2', ['o-1']],
    ]);
    expect(plan?.actions.map((a) => a.id)).toEqual(['act-1']);
    expect(plan?.plannedContactsPerMonth).toBe(3);
  });

  it('stops a revision with the revised plan drafted, the first version still active', () => {
    const state = aCase().reviewed('revise-plan', { until: 'drafted' }).state();
    expect(state.record.plans.map((p) => p.status)).toEqual(['active', 'draft']);
    const done = aCase().reviewed('revise-plan').state();
    expect(done.record.plans.map((p) => p.status)).toEqual(['superseded', 'active']);
  });

  it('records contacts with the ids and dates given, then the default ones', () => {
    const { record } = aCase()
      .active({ activatedOn: '2025-09-20' })
      .withContacts(3, { ids: ['c-a', 'c-b'], dates: ['2025-09-22', '2025-09-25'] })
      .state();
    expect(record.contacts.map((c) => [c.id, c.date])).toEqual([
      ['c-a', '2025-09-22'],
      ['c-b', '2025-09-25'],
      [expect.stringMatching(/^c-/), expect.stringMatching(/^2025-/)],
    ]);
  });
});

describe('aCase with a referral order’s contract agreed at the panel', () => {
  it('opens the order without a contract and runs it from the day the contract is agreed', () => {
    const built = aCase({ start: '2025-09-02' }).active({
      contractAgreedOn: '2025-09-23',
      activatedOn: '2025-09-24',
    });
    const types = built.events().map((e) => e.type);
    expect(types.indexOf('order.contractAgreed')).toBeLessThan(types.indexOf('plan.activated'));
    const opened = built.events()[0];
    expect(opened?.type === 'case.opened' && opened.payload.disposal).not.toHaveProperty(
      'contract',
    );
    const { disposal } = built.state().record;
    expect(disposal).toMatchObject({ startDate: '2025-09-23' });
    expect(disposal && disposalEndDate(disposal)).toBe('2026-03-22');
  });
});

describe('aCase reviews with their dates, re-rating and panel', () => {
  const base = aCase({ start: '2025-09-02' })
    .assessed({ ratings: { likelihoodOfReoffending: 'medium', riskOfSeriousHarm: 'low' } })
    .active({ contractAgreedOn: '2025-09-23', activatedOn: '2025-09-24' });

  it('re-rates over the ratings in force, on the days asked', () => {
    const { reviews } = base
      .reviewed('continue', {
        triggeredOn: '2025-11-10',
        completedOn: '2025-11-18',
        ratings: { riskOfSeriousHarm: 'high' },
        nextReviewDate: '2025-12-18',
      })
      .state().record;
    expect(reviews[0]?.triggered.on).toBe('2025-11-10');
    expect(reviews[0]?.outcome).toMatchObject({
      completedOn: '2025-11-18',
      nextReviewDate: '2025-12-18',
      ratings: { likelihoodOfReoffending: 'medium', riskOfSeriousHarm: 'high' },
    });
  });

  it('holds a review at a panel meeting the child attends, and dates the plan it revises', () => {
    const { record } = base
      .reviewed('revise-plan', {
        completedOn: '2025-12-17',
        atPanel: true,
        plan: { activatedOn: '2025-12-23', nextReviewDate: '2026-02-17' },
      })
      .state();
    expect(record.contacts.map((c) => [c.kind, c.date, c.attendance])).toEqual([
      ['panel-meeting', '2025-12-17', 'attended'],
    ]);
    expect(activePlan(record)).toMatchObject({
      version: 2,
      activatedOn: '2025-12-23',
      plan: { nextReviewDate: '2026-02-17' },
    });
  });
});
