/**
 * Each record of multi-agency work, victims and the hand-over: accepted when valid, refused
 * with a typed error at the offending path when not, and the case left as it was.
 */
import { describe, expect, it } from 'vitest';
import { add, jadeOn, pathsOf, refusal, X } from './fixtures.js';

const afterPlanning = () => jadeOn('2026-03-20');
const afterReview = () => jadeOn(X.asOfAfterReview);
const beforeHandover = () => jadeOn('2026-09-13');
const ON = '2026-06-15';

const consent = (id: string, agency: string) => ({
  basis: { id, agency, basis: 'consent', consentBy: { kind: 'child' }, from: ON },
});

describe('sharing.basisRecorded and sharing.basisEnded', () => {
  it('records a basis by consent or gateway, and ends it', () => {
    const state = add(afterReview(), 'sharing.basisRecorded', consent('sb-gp', 'health'), ON);
    expect(state.record.sharingBases.at(-1)?.basis).toMatchObject({ agency: 'health' });
    const ended = add(
      state,
      'sharing.basisEnded',
      { basisId: 'sb-gp', on: ON, reason: 'consent-withdrawn', detail: 'Changed her mind' },
      ON,
    );
    expect(ended.record.sharingBases.at(-1)?.ended).toMatchObject({ reason: 'consent-withdrawn' });
  });

  it('refuses a gateway with no provision named, a reused id and an unknown parent', () => {
    const e = refusal(
      afterReview(),
      'sharing.basisRecorded',
      { basis: { id: 'sb-x', agency: 'health', basis: 'statutory-gateway', from: ON } },
      ON,
    );
    expect([e.code, pathsOf(e)]).toEqual(['invalid_input', [['payload', 'basis', 'gateway']]]);
    const reused = refusal(
      afterReview(),
      'sharing.basisRecorded',
      consent('sb-police', 'police'),
      ON,
    );
    expect([reused.code, pathsOf(reused)]).toEqual([
      'conflicting_record',
      [['payload', 'basis', 'id']],
    ]);
    const parent = refusal(
      afterReview(),
      'sharing.basisRecorded',
      {
        basis: {
          id: 'sb-y',
          agency: 'health',
          basis: 'consent',
          consentBy: { kind: 'parent-carer', personId: 'pc-nobody' },
          from: ON,
        },
      },
      ON,
    );
    expect(pathsOf(parent)).toEqual([['payload', 'basis', 'consentBy', 'personId']]);
  });

  it('refuses to end a basis that is unknown or already ended, or before it began', () => {
    const unknown = refusal(
      afterReview(),
      'sharing.basisEnded',
      { basisId: 'sb-none', on: ON, reason: 'other' },
      ON,
    );
    expect([unknown.code, pathsOf(unknown)]).toEqual([
      'reference_not_found',
      [['payload', 'basisId']],
    ]);
    const early = refusal(
      afterReview(),
      'sharing.basisEnded',
      { basisId: 'sb-education', on: '2026-05-01', reason: 'other' },
      ON,
    );
    expect(pathsOf(early)).toEqual([['payload', 'on']]);
  });
});

describe('agency.copySent', () => {
  it('refuses a copy of a plan version the case does not hold, or for an unknown meeting', () => {
    const version = refusal(
      afterReview(),
      'agency.copySent',
      { agency: 'police', on: ON, planVersion: 7 },
      ON,
    );
    expect([version.code, pathsOf(version)]).toEqual([
      'reference_not_found',
      [['payload', 'planVersion']],
    ]);
    const meeting = refusal(
      afterReview(),
      'agency.copySent',
      { agency: 'police', on: ON, planVersion: 2, meetingId: 'm-none' },
      ON,
    );
    expect(pathsOf(meeting)).toEqual([['payload', 'meetingId']]);
  });

  it('refuses a copy to an agency with no basis first, before anything else is said', () => {
    const e = refusal(
      afterReview(),
      'agency.copySent',
      { agency: 'probation', on: ON, planVersion: 7 },
      ON,
    );
    expect(e.code).toBe('sharing_restricted');
    expect(pathsOf(e)[0]).toEqual(['payload', 'agency']);
  });
});

const meeting = (over: Record<string, unknown> = {}) => ({
  meeting: {
    id: 'm-risk',
    kind: 'risk-management-meeting',
    on: ON,
    chair: { kind: 'agency', agency: 'social-care' },
    invited: [{ kind: 'agency', agency: 'police' }],
    attended: [{ kind: 'agency', agency: 'police' }, { kind: 'child' }],
    decisions: ['Exploitation risk reviewed'],
    ...over,
  },
});

describe('meeting.held', () => {
  it('records the meeting with its copies, and the copies are the agencies’', () => {
    const state = add(
      afterReview(),
      'meeting.held',
      meeting({ copiesSent: [{ agency: 'police', on: ON, planVersion: 2 }] }),
      ON,
    );
    expect(state.record.meetings.at(-1)?.meeting.kind).toBe('risk-management-meeting');
    expect(state.record.agencyCopies.at(-1)).toMatchObject({
      agency: 'police',
      meetingId: 'm-risk',
    });
  });

  it('refuses actions out of order of priority, a next meeting before this one, and a chair who is the child', () => {
    const owner = { kind: 'yos', role: 'case-manager' };
    const e = refusal(
      afterReview(),
      'meeting.held',
      meeting({
        actionsAgreed: [
          { actionId: 'a-1', priority: 2, description: 'Second', owner },
          { actionId: 'a-2', priority: 1, description: 'First', owner },
        ],
        nextMeetingOn: '2026-06-01',
      }),
      ON,
    );
    expect(e.code).toBe('invalid_input');
    expect(pathsOf(e)).toEqual([
      ['payload', 'meeting', 'actionsAgreed', 1, 'priority'],
      ['payload', 'meeting', 'nextMeetingOn'],
    ]);
    const chair = refusal(afterReview(), 'meeting.held', meeting({ chair: { kind: 'child' } }), ON);
    expect(pathsOf(chair)[0]?.slice(0, 3)).toEqual(['payload', 'meeting', 'chair']);
  });

  it('refuses a reused meeting id, an unknown parent/carer and a copy without a basis', () => {
    const e = refusal(
      afterReview(),
      'meeting.held',
      meeting({
        id: 'm-planning',
        attended: [{ kind: 'parent-carer', personId: 'pc-dad' }],
        copiesSent: [{ agency: 'probation', on: ON, planVersion: 2 }],
      }),
      ON,
    );
    expect(e.code).toBe('sharing_restricted');
    expect(pathsOf(e)).toEqual([
      ['payload', 'meeting', 'copiesSent', 0, 'agency'],
      ['payload', 'meeting', 'id'],
      ['payload', 'meeting', 'attended', 0, 'personId'],
    ]);
  });
});

describe('case.leadProfessionalNamed', () => {
  it('names another agency’s practitioner as lead, and refuses a lead with no organisation', () => {
    const state = add(
      afterReview(),
      'case.leadProfessionalNamed',
      { on: ON, lead: { kind: 'agency', agency: 'social-care', practitionerId: 'ext-sw-patel' } },
      ON,
    );
    expect(state.record.leadProfessionals.at(-1)?.lead).toMatchObject({ agency: 'social-care' });
    const e = refusal(afterReview(), 'case.leadProfessionalNamed', { on: ON, lead: {} }, ON);
    expect([e.code, pathsOf(e)[0]?.slice(0, 3)]).toEqual([
      'invalid_input',
      ['payload', 'lead', 'kind'],
    ]);
  });
});

describe('agencyPlan.linked, reviewed and ended', () => {
  const ehcp = {
    plan: { id: 'ap-ehcp', kind: 'ehcp', agency: 'education', startedOn: '2025-09-01' },
  };

  it('links another agency’s plan, reviews it and ends it', () => {
    let state = add(afterReview(), 'agencyPlan.linked', ehcp, ON);
    state = add(
      state,
      'agencyPlan.reviewed',
      { planId: 'ap-ehcp', on: ON, nextReviewOn: '2027-06-15' },
      ON,
    );
    state = add(
      state,
      'agencyPlan.ended',
      { planId: 'ap-ehcp', on: ON, reason: 'Left school' },
      ON,
    );
    const linked = state.record.agencyPlans.find((p) => p.plan.id === 'ap-ehcp');
    expect(linked?.reviews).toHaveLength(1);
    expect(linked?.ended?.on).toBe(ON);
  });

  it('refuses an unknown kind, a reused id, an ended or unknown plan, and a date before it started', () => {
    const kind = refusal(
      afterReview(),
      'agencyPlan.linked',
      { plan: { ...ehcp.plan, kind: 'dream-plan' } },
      ON,
    );
    expect(pathsOf(kind)).toEqual([['payload', 'plan', 'kind']]);
    const reused = refusal(
      afterReview(),
      'agencyPlan.linked',
      { plan: { ...ehcp.plan, id: 'ap-care' } },
      ON,
    );
    expect(reused.code).toBe('conflicting_record');
    const ended = refusal(afterReview(), 'agencyPlan.reviewed', { planId: 'ap-cin', on: ON }, ON);
    expect([ended.code, pathsOf(ended)]).toEqual(['reference_not_found', [['payload', 'planId']]]);
    const early = refusal(
      afterReview(),
      'agencyPlan.ended',
      { planId: 'ap-care', on: '2026-05-01' },
      ON,
    );
    expect(pathsOf(early)).toEqual([['payload', 'on']]);
  });

  it('refuses a plan that names a linked plan the case does not hold', () => {
    const state = jadeOn(X.planningMeetingOn);
    const e = refusal(
      state,
      'plan.drafted',
      {
        version: 1,
        on: '2026-03-16',
        plan: {
          ...afterPlanning().record.plans[0]?.plan,
          addressedElsewhere: [
            {
              factorId: 'f-family',
              agency: 'social-care',
              plan: 'Care plan',
              linkedPlanId: 'ap-none',
            },
          ],
        },
      },
      '2026-03-16',
    );
    expect(pathsOf(e)).toEqual([['payload', 'plan', 'addressedElsewhere', 0, 'linkedPlanId']]);
  });
});

describe('victims and MAPPA', () => {
  it('records a victim, contact and restorative justice, and MAPPA from recording to its end', () => {
    let state = add(
      afterReview(),
      'victim.recorded',
      { victim: { id: 'v-2', kind: 'business', safetyConcerns: false }, on: ON },
      ON,
    );
    state = add(
      state,
      'victim.contacted',
      { victimId: 'v-2', on: ON, outcome: 'declined-contact' },
      ON,
    );
    state = add(
      state,
      'victim.restorativeJusticeOffered',
      { victimId: 'v-2', on: ON, response: 'declined' },
      ON,
    );
    state = add(state, 'mappa.recorded', { on: ON, category: 2, level: 2 }, ON);
    state = add(state, 'mappa.ended', { on: '2026-07-01' }, '2026-07-01');
    const victim = state.record.victims.find((v) => v.victim.id === 'v-2');
    expect([victim?.contacts.length, victim?.restorativeJustice.length]).toEqual([1, 1]);
    expect(state.record.mappa.at(-1)).toMatchObject({
      category: 2,
      level: 2,
      ended: { on: '2026-07-01' },
    });
  });

  it('refuses a reused victim id, an unknown victim, a MAPPA category 4 and an end with none in force', () => {
    const reused = refusal(
      afterReview(),
      'victim.recorded',
      { victim: { id: 'v-shop-worker', kind: 'person', safetyConcerns: true }, on: ON },
      ON,
    );
    expect(pathsOf(reused)).toEqual([['payload', 'victim', 'id']]);
    const unknown = refusal(
      afterReview(),
      'victim.contacted',
      { victimId: 'v-9', on: ON, outcome: 'contacted' },
      ON,
    );
    expect([unknown.code, pathsOf(unknown)]).toEqual([
      'reference_not_found',
      [['payload', 'victimId']],
    ]);
    const rj = refusal(
      afterReview(),
      'victim.restorativeJusticeOffered',
      { victimId: 'v-shop-worker', on: ON, response: 'maybe' },
      ON,
    );
    expect(pathsOf(rj)).toEqual([['payload', 'response']]);
    const category = refusal(
      afterReview(),
      'mappa.recorded',
      { on: ON, category: 4, level: 1 },
      ON,
    );
    expect(pathsOf(category)).toEqual([['payload', 'category']]);
    const none = refusal(afterReview(), 'mappa.ended', { on: ON }, ON);
    expect([none.code, pathsOf(none)]).toEqual(['reference_not_found', [['payload']]]);
  });
});

describe('transition.decided, handedOver and reviewed', () => {
  const handover = {
    on: X.handedOverOn,
    probationTeam: 'City probation delivery unit',
    probationPractitionerId: 'ext-pp-okoro',
    meetingId: 'm-transition',
    shared: ['assessment', 'intervention-plan'],
    childViews: 'Ready',
  };

  it('refuses a decision to keep the case with a transfer date, and a decision with no reason', () => {
    const kept = refusal(
      beforeHandover(),
      'transition.decided',
      { on: ON, decision: 'retain', reason: 'Order ends soon after 18', plannedTransferOn: ON },
      ON,
    );
    expect(pathsOf(kept)).toEqual([['payload', 'plannedTransferOn']]);
    const reason = refusal(
      beforeHandover(),
      'transition.decided',
      { on: ON, decision: 'transfer' },
      ON,
    );
    expect(pathsOf(reason)).toEqual([['payload', 'reason']]);
  });

  it('refuses a hand-over before the 18th birthday, or naming a meeting that is not a transition meeting', () => {
    const early = refusal(
      beforeHandover(),
      'transition.handedOver',
      { ...handover, on: '2026-09-13' },
      '2026-09-13',
    );
    expect([early.code, pathsOf(early)]).toEqual(['conflicting_record', [['payload', 'on']]]);
    const wrong = refusal(
      beforeHandover(),
      'transition.handedOver',
      { ...handover, meetingId: 'm-planning' },
      X.handedOverOn,
    );
    expect(pathsOf(wrong)).toEqual([['payload', 'meetingId']]);
    const nothing = refusal(
      beforeHandover(),
      'transition.handedOver',
      { ...handover, shared: [] },
      X.handedOverOn,
    );
    expect(pathsOf(nothing)).toEqual([['payload', 'shared']]);
  });

  it('refuses a hand-over once the decision is to keep the case, and without a basis for sharing with probation', () => {
    const kept = add(
      beforeHandover(),
      'transition.decided',
      { on: '2026-09-13', decision: 'retain', reason: 'Changed plan' },
      '2026-09-13',
    );
    const e = refusal(kept, 'transition.handedOver', handover, X.handedOverOn);
    expect(pathsOf(e)).toEqual([['payload', 'on']]);
    const noBasis = add(
      beforeHandover(),
      'sharing.basisEnded',
      { basisId: 'sb-probation', on: '2026-09-13', reason: 'other' },
      '2026-09-13',
    );
    const refused = refusal(noBasis, 'transition.handedOver', handover, X.handedOverOn);
    expect([refused.code, pathsOf(refused)]).toEqual([
      'sharing_restricted',
      [['payload', 'shared']],
    ]);
  });

  it('hands over once, refuses a second and a later decision, and reviews it on or after the day', () => {
    const done = add(beforeHandover(), 'transition.handedOver', handover, X.handedOverOn);
    expect(done.record.handover?.probationTeam).toBe('City probation delivery unit');
    expect(refusal(done, 'transition.handedOver', handover, X.handedOverOn).code).toBe(
      'conflicting_record',
    );
    const later = refusal(
      done,
      'transition.decided',
      { on: X.handedOverOn, decision: 'retain', reason: 'x' },
      X.handedOverOn,
    );
    expect([later.code, pathsOf(later)]).toEqual(['conflicting_record', [['payload', 'decision']]]);
    const early = refusal(
      done,
      'transition.reviewed',
      { on: '2026-09-10', outcome: 'settled' },
      X.handedOverOn,
    );
    expect(pathsOf(early)).toEqual([['payload', 'on']]);
    expect(
      refusal(beforeHandover(), 'transition.reviewed', { on: ON, outcome: 'settled' }, ON).code,
    ).toBe('reference_not_found');
  });
});

describe('messages of refusals never repeat what was written', () => {
  it('names no practitioner id, victim id or free text', () => {
    const e = refusal(
      afterReview(),
      'victim.contacted',
      { victimId: 'v-Secret-Name', on: ON, outcome: 'contacted', views: 'Private words' },
      ON,
    );
    expect(JSON.stringify(e)).not.toMatch(/Secret|Private words/);
  });
});
