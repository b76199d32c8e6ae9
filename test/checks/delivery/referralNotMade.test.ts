import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { aCase, anAction } from '../../../src/testing/index.js';
import { add } from '../../delivery/fixtures.js';
import { withObjective } from '../plan/_fixtures.js';

const RULE = 'delivery.referral-not-made';
const run = (state: CaseState, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/** The contract: attend education, and consequential-thinking sessions. */
const CONTRACT = [
  { id: 'ct-education', kind: 'attend-education-or-work' },
  {
    id: 'ct-sessions',
    kind: 'specified-activities',
    description: 'Consequential-thinking sessions',
  },
] as const;

/**
 * The plan's actions, one for each kind of owner: `act-pru-place`, owned by the local
 * authority's education team, delivers the contract term to attend education.
 */
const ACTIONS = [
  anAction({
    id: 'act-pru-place',
    objectiveId: 'o-ete',
    description: 'Place at the pupil referral unit',
    owner: { kind: 'partner-agency', agency: 'education', name: 'Local authority education team' },
    dueDate: '2025-10-10',
    deliversRequirement: 'ct-education',
  }),
  anAction({
    id: 'act-mum-mornings',
    objectiveId: 'o-ete',
    description: 'Mum gets him up and out for school',
    owner: { kind: 'parent-carer', personId: 'pc-1' },
    dueDate: '2025-12-12',
  }),
  anAction({
    id: 'act-football',
    objectiveId: 'o-lifestyle',
    description: 'Join the Saturday football club',
    owner: { kind: 'child' },
    dueDate: '2025-11-14',
  }),
  anAction({ id: 'act-thinking-sessions', objectiveId: 'o-thinking', dueDate: '2026-02-13' }),
];

/** A referral order in delivery with these actions (and `more`), plan v1 active on 24 September 2025. */
const inDelivery = (more: ReturnType<typeof anAction>[] = []) =>
  aCase({ start: '2025-09-02' })
    .referralOrder({ contract: [...CONTRACT] })
    .active({ actions: [...ACTIONS, ...more], activatedOn: '2025-09-24' })
    .state();

// Plan v1 was activated on Wednesday 24 September 2025; 10 working days later is Wednesday 8
// October.
describe('delivery.referral-not-made', () => {
  it('passes while the referral deadline has not passed (the deadline day itself)', () => {
    expect(run(inDelivery(), '2025-10-08')).toEqual([]);
  });

  it('reports a partner-agency action with no referral the day after the deadline', () => {
    expect(run(inDelivery(), '2025-10-09')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          'An action owned by a partner agency has no referral, and one was due by 2025-10-08',
        path: ['plan', 'actions', 'act-pru-place'],
        evidence: {
          actionId: 'act-pru-place',
          agency: 'education',
          activatedOn: '2025-09-24',
          referralDueBy: '2025-10-08',
          workingDays: 10,
        },
      },
    ]);
  });

  it('passes once a referral is recorded against the action', () => {
    const state = add(inDelivery(), 'referral.made', '2025-10-09', {
      referralId: 'r-pru',
      on: '2025-10-09',
      agency: 'education',
      service: 'Pupil referral unit',
      actionId: 'act-pru-place',
    });
    expect(run(state, '2025-10-20')).toEqual([]);
  });

  it('ignores actions owned by the child, a parent/carer or the YOS', () => {
    const paths = run(inDelivery(), '2026-01-01').map((f) => f.path.join('/'));
    expect(paths).toEqual(['plan/actions/act-pru-place']);
  });

  it('reports an action recorded as not delivered because no referral was made', () => {
    const state = add(inDelivery(), 'action.statusChanged', '2025-10-01', {
      actionId: 'act-pru-place',
      on: '2025-10-01',
      status: 'not-delivered',
      notDelivered: { reason: 'referral-not-made' },
    });
    expect(run(state, '2025-10-01')).toMatchObject([
      { path: ['plan', 'actions', 'act-pru-place'], evidence: { status: 'not-delivered' } },
    ]);
  });

  it('passes an action not delivered for another reason, or cancelled', () => {
    const notAvailable = add(inDelivery(), 'action.statusChanged', '2025-10-01', {
      actionId: 'act-pru-place',
      on: '2025-10-01',
      status: 'not-delivered',
      notDelivered: { reason: 'not-available-locally' },
    });
    expect(run(notAvailable, '2025-12-01')).toEqual([]);
  });

  it('counts the deadline in working days from the policy', () => {
    // The unit place delivers a contract term: due 5 working days after 24 September, 1 October.
    const policy = { delivery: { referralDeadlineWorkingDays: 5 } };
    expect(run(inDelivery(), '2025-10-01', policy)).toEqual([]);
    expect(run(inDelivery(), '2025-10-02', policy)).toMatchObject([
      { evidence: { referralDueBy: '2025-10-01', workingDays: 5 } },
    ]);
  });

  /** The plan with one more partner-agency action on the education objective. */
  const withCareers = (extra: Parameters<typeof anAction>[0] = {}) =>
    inDelivery([
      anAction({
        id: 'act-careers',
        objectiveId: 'o-ete',
        description: 'Careers adviser to explore college once settled',
        owner: { kind: 'partner-agency', agency: 'employment-and-training', name: 'Careers' },
        dueDate: '2026-02-20',
        ...extra,
      }),
    ]);
  const careersFindings = (state: CaseState, asOf: string) =>
    run(state, asOf).filter((f) => f.path[2] === 'act-careers');

  it('does not report a referral for work planned for later before it is due: the review’s careers action', () => {
    // 0.1.0: "no referral 10 working days after the plan started" on 20 October (due by 8 October).
    expect(careersFindings(withCareers(), '2025-10-20')).toEqual([]);
    // The referral is due 10 working days before the action: Friday 6 February.
    expect(careersFindings(withCareers(), '2026-02-06')).toEqual([]);
    expect(careersFindings(withCareers(), '2026-02-07')).toMatchObject([
      { evidence: { referralDueBy: '2026-02-06' } },
    ]);
  });

  it('takes a planned start as the day the referral is due by', () => {
    const starts = withCareers({ startsOn: '2026-01-05' });
    expect(careersFindings(starts, '2026-01-05')).toEqual([]);
    expect(careersFindings(starts, '2026-01-06')).toMatchObject([
      { evidence: { referralDueBy: '2026-01-05', startsOn: '2026-01-05' } },
    ]);
  });

  it('waits while the objective the work depends on is still open, then counts from its completion', () => {
    const base = withObjective(
      withCareers({ objectiveId: 'o-lifestyle', dueDate: undefined }),
      'o-lifestyle',
      (o) => ({ ...o, dependsOn: ['o-ete'] }),
    );
    expect(careersFindings(base, '2025-12-01')).toEqual([]);
    const settled = add(base, 'objective.statusChanged', '2025-11-18', {
      objectiveId: 'o-ete',
      on: '2025-11-18',
      status: 'completed',
    });
    // 10 working days after 18 November is 2 December.
    expect(careersFindings(settled, '2025-12-02')).toEqual([]);
    expect(careersFindings(settled, '2025-12-03')).toMatchObject([
      { evidence: { referralDueBy: '2025-12-02', sequencedFrom: '2025-11-18' } },
    ]);
  });

  it('needs no referral for work an agency already involved goes on doing', () => {
    const visits = {
      description: 'Social worker’s child protection visits continue',
      owner: { kind: 'partner-agency', agency: 'social-care', name: 'Children’s social care' },
      dueDate: '2025-10-31',
    } as const;
    expect(careersFindings(withCareers(visits), '2025-12-01')).toHaveLength(1);
    expect(
      careersFindings(withCareers({ ...visits, continuingService: true }), '2025-12-01'),
    ).toEqual([]);
  });

  it('holds a referral for a requirement of the order to activation, whatever the action’s due date', () => {
    // Treatment delivered over the whole order is due at its end; the order requires it from the start.
    const treatment = withCareers({ dueDate: '2026-03-20', deliversRequirement: 'ct-sessions' });
    expect(careersFindings(treatment, '2025-10-20')).toMatchObject([
      { evidence: { referralDueBy: '2025-10-08' } },
    ]);
    const later = withCareers({
      dueDate: '2026-03-20',
      deliversRequirement: 'ct-sessions',
      startsOn: '2025-11-03',
    });
    expect(careersFindings(later, '2025-10-20')).toEqual([]);
  });
});
