import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { aCase } from '../../src/testing/index.js';
import { add, jadeClosed, jadeEventsUpTo, jadeOn, X } from './fixtures.js';

const findings = (state: CaseState, rule: string, asOf: string) =>
  checkCase(state, { asOf, rules: [rule] });

/** Jade's events up to a date, with some left out or changed. */
function jadeWith(
  upTo: string,
  change: (e: CaseEventInput) => CaseEventInput | undefined,
): CaseState {
  return replay(jadeEventsUpTo(upTo).flatMap((e) => change(e) ?? []));
}

const isMeeting = (e: CaseEventInput, id: string) =>
  e.type === 'meeting.held' && (e.payload as { meeting: { id: string } }).meeting.id === id;

describe('plan.meeting-actions-not-in-plan', () => {
  const RULE = 'plan.meeting-actions-not-in-plan';
  const owner = { kind: 'yos', role: 'case-manager' };
  const withMeeting = (actionId: string) =>
    add(
      jadeOn(X.asOfAfterReview),
      'meeting.held',
      {
        meeting: {
          id: 'm-professionals',
          kind: 'professionals-meeting',
          on: '2026-06-15',
          chair: { kind: 'yos', practitionerId: 'pr-mo' },
          invited: [],
          attended: [{ kind: 'agency', agency: 'police' }],
          actionsAgreed: [{ actionId, priority: 1, description: 'Agreed', owner }],
        },
      },
      '2026-06-15',
    );

  it('says nothing of the example: every agreed action is in the plan', () => {
    expect(findings(jadeClosed(), RULE, X.asOfClosed)).toEqual([]);
  });

  it('flags an agreed action missing from the plan once the working days have passed', () => {
    const state = withMeeting('act-new');
    expect(findings(state, RULE, '2026-06-29')).toEqual([]);
    const [f] = findings(state, RULE, '2026-06-30');
    expect(f).toMatchObject({
      path: ['meetings', 'm-professionals', 'actionsAgreed'],
      evidence: { actionIds: ['act-new'], meetingOn: '2026-06-15', inPlanBy: '2026-06-29' },
    });
  });

  it('counts an action already in the plan in force at the meeting', () => {
    expect(findings(withMeeting('act-letter'), RULE, '2026-07-30')).toEqual([]);
  });
});

describe('plan.agency-plan-not-aligned', () => {
  const RULE = 'plan.agency-plan-not-aligned';

  it('says nothing of the example: the care plan was reviewed a week after the plan was revised', () => {
    for (const asOf of ['2026-05-29', X.asOfAfterReview, '2026-09-10', X.asOfClosed]) {
      expect(findings(jadeOn(asOf), RULE, asOf)).toEqual([]);
    }
  });

  it('flags a care plan reviewed later with no revision of the plan, once the days have passed', () => {
    const state = add(
      jadeOn('2026-07-20'),
      'agencyPlan.reviewed',
      { planId: 'ap-care', on: '2026-07-20' },
      '2026-07-20',
    );
    expect(findings(state, RULE, '2026-08-17')).toEqual([]);
    const [f] = findings(state, RULE, '2026-08-18');
    expect(f?.message).toBe('The plan has not been revised since the care plan was reviewed');
    expect(f?.evidence).toMatchObject({
      planId: 'ap-care',
      planVersionDraftedOn: '2026-06-08',
      agencyPlanReviewedOn: '2026-07-20',
    });
  });

  it('flags a child protection plan not reviewed since the plan was made, until it is', () => {
    const linked = add(
      jadeOn('2026-03-20'),
      'agencyPlan.linked',
      {
        plan: {
          id: 'ap-cp',
          kind: 'child-protection-plan',
          agency: 'social-care',
          startedOn: '2026-01-12',
        },
      },
      '2026-03-20',
    );
    // Twenty working days after the plan was drafted (Easter falls between).
    expect(findings(linked, RULE, '2026-04-15')).toEqual([]);
    expect(findings(linked, RULE, '2026-04-16')[0]?.message).toBe(
      'The child protection plan has not been reviewed since the plan was made or revised',
    );
    const reviewed = add(
      linked,
      'agencyPlan.reviewed',
      { planId: 'ap-cp', on: '2026-03-25' },
      '2026-03-25',
    );
    expect(findings(reviewed, RULE, '2026-04-20')).toEqual([]);
  });

  it('flags a looked-after child with no care plan linked', () => {
    const state = jadeOn('2026-03-20');
    const lookedAfter = {
      ...state,
      record: { ...state.record, child: { ...state.record.child, lookedAfter: true } },
    };
    expect(findings(lookedAfter, RULE, '2026-03-20')).toEqual([
      expect.objectContaining({
        path: ['agencyPlans'],
        evidence: expect.objectContaining({ lookedAfter: true }),
      }),
    ]);
  });
});

describe('plan.addressed-elsewhere-lapsed', () => {
  const RULE = 'plan.addressed-elsewhere-lapsed';

  it('flags a need left to a plan that has ended, until the plan names one in force', () => {
    const [f] = findings(jadeOn('2026-05-28'), RULE, '2026-05-28');
    expect(f).toMatchObject({
      path: ['plan', 'addressedElsewhere', 'f-family'],
      evidence: { linkedPlanId: 'ap-cin', kind: 'child-in-need-plan', endedOn: '2026-05-26' },
    });
    expect(findings(jadeOn(X.asOfAfterReview), RULE, X.asOfAfterReview)).toEqual([]);
  });
});

describe('plan.victim-safety-not-planned', () => {
  const RULE = 'plan.victim-safety-not-planned';
  /** A referral order in delivery, as the kit builds it: no victim recorded yet. */
  const inDelivery = () => aCase().referralOrder().active({ activatedOn: '2025-09-24' }).state();

  it('says nothing when the contingency plan keeps the victim safe, as Jade’s does', () => {
    expect(findings(jadeOn(X.asOfDuringDelivery), RULE, X.asOfDuringDelivery)).toEqual([]);
  });

  it('flags a victim with safety concerns and no response for them, until the concerns are gone', () => {
    const recorded = add(
      inDelivery(),
      'victim.recorded',
      { victim: { id: 'v-1', kind: 'person', safetyConcerns: true }, on: '2025-09-25' },
      '2025-09-25',
    );
    expect(findings(recorded, RULE, '2025-09-25')).toEqual([
      expect.objectContaining({ path: ['plan', 'contingency'], evidence: { victimIds: ['v-1'] } }),
    ]);
    const eased = add(
      recorded,
      'victim.contacted',
      { victimId: 'v-1', on: '2025-10-01', outcome: 'contacted', safetyConcerns: false },
      '2025-10-01',
    );
    expect(findings(eased, RULE, '2025-10-01')).toEqual([]);
  });
});

describe('plan.transition-not-planned-with-child', () => {
  const RULE = 'plan.transition-not-planned-with-child';

  it('says nothing of the example: Jade and her mother met her probation practitioner in August', () => {
    expect(findings(jadeClosed(), RULE, X.asOfClosed)).toEqual([]);
  });

  it('flags a transfer with no transition meeting by the 18th birthday, and not before it', () => {
    const state = jadeWith('2026-09-13', (e) => (isMeeting(e, 'm-transition') ? undefined : e));
    expect(findings(state, RULE, '2026-09-13')).toEqual([]);
    const [f] = findings(state, RULE, X.handedOverOn);
    expect(f?.message).toContain('no transition meeting was held with the child');
    expect(JSON.stringify(f)).not.toContain('2008');
  });

  it('flags a transition meeting held without the child, without inviting the family, or without probation', () => {
    const edit = (keep: (p: { kind: string }) => boolean) =>
      jadeWith('2026-09-13', (e) => {
        if (!isMeeting(e, 'm-transition')) return e;
        const { meeting } = e.payload as unknown as { meeting: Record<string, { kind: string }[]> };
        const m = {
          ...meeting,
          invited: (meeting.invited ?? []).filter(keep),
          attended: (meeting.attended ?? []).filter(keep),
        };
        return { ...e, payload: { meeting: m } } as unknown as CaseEventInput;
      });
    const withoutChild = edit((p) => p.kind !== 'child');
    expect(findings(withoutChild, RULE, X.handedOverOn)[0]?.evidence).toMatchObject({
      childAttended: false,
      familyInvited: true,
    });
    const withoutMum = edit((p) => p.kind !== 'parent-carer');
    expect(findings(withoutMum, RULE, X.handedOverOn)[0]?.message).toBe(
      'The family was not invited to the transition meeting before the 18th birthday',
    );
    const withoutProbation = edit(
      (p) => !(p.kind === 'agency' && (p as { agency?: string }).agency === 'probation'),
    );
    const [f] = findings(withoutProbation, RULE, X.handedOverOn);
    expect(f?.message).toBe(
      'The Probation Service was not at the transition meeting before the 18th birthday',
    );
    expect(f?.evidence).toMatchObject({
      childAttended: true,
      familyInvited: true,
      probationAttended: false,
    });
  });

  it('says nothing when the youth service keeps the case', () => {
    const state = jadeWith('2026-09-13', (e) => {
      if (isMeeting(e, 'm-transition')) return undefined;
      if (e.type !== 'transition.decided') return e;
      return {
        ...e,
        payload: { on: '2026-03-13', decision: 'retain', reason: 'Kept to the end' },
      } as CaseEventInput;
    });
    expect(findings(state, RULE, X.handedOverOn)).toEqual([]);
  });
});

describe('review.transition-not-reviewed', () => {
  const RULE = 'review.transition-not-reviewed';

  it('flags a hand-over not reviewed within the working days, and not before', () => {
    const state = jadeWith('2026-10-12', (e) => (e.type === 'transition.reviewed' ? undefined : e));
    expect(findings(state, RULE, '2026-10-12')).toEqual([]);
    expect(findings(state, RULE, '2026-10-13')).toEqual([
      expect.objectContaining({
        path: ['transition', 'review'],
        evidence: { handedOverOn: X.handedOverOn, reviewBy: '2026-10-12', workingDays: 20 },
      }),
    ]);
    expect(findings(jadeClosed(), RULE, X.asOfClosed)).toEqual([]);
  });
});

describe('plan.no-transition-plan reads the transfer-or-retain decision', () => {
  const RULE = 'plan.no-transition-plan';

  it('is answered by transition.decided, for a transfer or a decision to keep the case', () => {
    const without = jadeWith(X.asOfDuringDelivery, (e) =>
      e.type === 'transition.decided' ? undefined : e,
    );
    expect(findings(without, RULE, X.asOfDuringDelivery)).toHaveLength(1);
    expect(findings(jadeOn(X.asOfDuringDelivery), RULE, X.asOfDuringDelivery)).toEqual([]);
    const kept = add(
      without,
      'transition.decided',
      { on: '2026-04-15', decision: 'retain', reason: 'Kept to the end of the order' },
      '2026-04-15',
    );
    expect(findings(kept, RULE, X.asOfDuringDelivery)).toEqual([]);
  });
});
