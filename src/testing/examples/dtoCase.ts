import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { ContactKind } from '../../model/delivery.js';
import type { InterventionPlanInput } from '../../model/plan.js';
import { eventLog } from '../eventLog.js';

/**
 * The DTO example: Jordan (a fictional child), 16, sentenced on 3 November 2025 to an 8-month
 * detention and training order for a domestic burglary (a conviction after 28 June 2022, when any
 * term from 4 to 24 months became possible). Four months in a secure training centre, release
 * at the half-way point on 3 March 2026, then four months of supervision in the community, living
 * with his grandmother. Every fact here is invented for teaching.
 *
 * @example
 * reviewSchedule(replay(dtoExampleEvents()), { asOf: DTO_EXAMPLE.asOfClosed }).endOfOrderReviewBy; // '2026-06-25'
 */
export const DTO_EXAMPLE = {
  caseId: 'case-jordan',
  childId: 'child-jordan',
  caseManager: 'pr-ash',
  manager: 'pr-manager-kim',
  /** Release at the half-way point of the term (Sentencing Act 2020 s.241(2)). */
  releaseOn: '2026-03-03',
  /** The term's last day: 8 months beginning with 3 November 2025. */
  endsOn: '2026-07-02',
  /** A date in custody before the pre-release review is triggered. */
  asOfInCustody: '2026-02-02',
  /** A date after release, before the post-release review. */
  asOfAfterRelease: '2026-03-05',
  /** A date after closure, for checks of the final state. */
  asOfClosed: '2026-07-31',
} as const;

const plan: InterventionPlanInput = {
  objectives: [
    {
      id: 'o-home',
      wording: 'Have a settled home with his grandmother ready for release',
      childWords: 'Go back to my nan’s',
      focus: ['safety-and-wellbeing', 'desistance'],
      addresses: { factorIds: ['f-home'], strengthIds: ['s-gran'] },
      priority: 1,
      measureOfSuccess: 'Release address agreed and visited before release',
      targetDate: '2026-02-27',
    },
    {
      id: 'o-skills',
      wording: 'Gain a construction skills qualification and a college place after release',
      childWords: 'Get my CSCS card and do bricklaying',
      focus: ['desistance'],
      addresses: { factorIds: ['f-ete'], strengthIds: ['s-hands'] },
      priority: 2,
      dependsOn: ['o-home'],
      measureOfSuccess: 'Level 1 certificate in custody; attending college 4 days a week by May',
      targetDate: '2026-05-29',
    },
    {
      id: 'o-victims',
      wording: 'Understand the harm of burglary to the people whose home it was',
      childWords: 'Think about how they felt',
      focus: ['desistance', 'safety-of-others'],
      addresses: { factorIds: ['f-thinking'], strengthIds: [] },
      priority: 3,
      measureOfSuccess: 'Completes the victim awareness programme in custody and in the community',
      targetDate: '2026-06-12',
    },
  ],
  actions: [
    {
      id: 'act-release-address',
      objectiveId: 'o-home',
      description: 'Confirm the grandmother’s home as the release address, with a home visit',
      owner: { kind: 'yos', role: 'case-manager' },
      dueDate: '2026-02-13',
    },
    {
      id: 'act-cscs',
      objectiveId: 'o-skills',
      description: 'Construction skills course in the secure training centre',
      owner: {
        kind: 'partner-agency',
        agency: 'education',
        name: 'Secure training centre education',
      },
      dueDate: '2026-02-27',
    },
    {
      id: 'act-college',
      objectiveId: 'o-skills',
      description: 'Apply with Jordan for the college bricklaying course starting after release',
      owner: { kind: 'yos', role: 'case-manager' },
      dueDate: '2026-05-29',
    },
    {
      id: 'act-kinship-support',
      objectiveId: 'o-home',
      description: 'Kinship carer support for his grandmother from release',
      owner: {
        kind: 'partner-agency',
        agency: 'social-care',
        name: 'Children’s services kinship team',
      },
      dueDate: '2026-03-31',
      voluntary: true,
    },
    {
      id: 'act-victim-work',
      objectiveId: 'o-victims',
      description: 'Victim awareness sessions with the case manager',
      owner: { kind: 'yos', role: 'case-manager' },
      dueDate: '2026-06-12',
    },
  ],
  contingency: {
    signs: ['Staying away from his grandmother’s overnight', 'Contact with the co-accused'],
    responses: [
      { response: 'Same-day home visit and a review of the plan', owner: { kind: 'yos' } },
    ],
  },
  plannedContactsPerMonth: 4,
  nextReviewDate: '2026-02-17',
  exitPlan: {
    continuingServices: [{ agency: 'employment-and-training', description: 'College to July' }],
  },
};

/**
 * The DTO example's full event log: assessment and plan in custody, the pre-release review,
 * release (`custody.phaseEnded`), the post-release review, supervision in the community with a
 * college referral, and the end-of-order review that closes the case. The review schedule
 * changes at release: the pre-release review gives way to the post-release one.
 *
 * @example
 * const state = replay(dtoExampleEvents());
 * state.stage; // 'closed'
 */
export function dtoExampleEvents(): CaseEventInput[] {
  const { caseManager: ash, manager } = DTO_EXAMPLE;
  const log = eventLog({ by: ash, idPrefix: 'dto-e' });
  log.add('case.opened', '2025-11-03', {
    caseId: DTO_EXAMPLE.caseId,
    openedOn: '2025-11-03',
    caseManager: ash,
    child: { id: DTO_EXAMPLE.childId, preferredName: 'Jordan', dateOfBirth: '2009-06-14' },
    disposal: {
      id: 'd-dto',
      type: 'detention-and-training-order',
      convictionDate: '2025-10-20',
      sentenceDate: '2025-11-03',
      termMonths: 8,
    },
    people: [
      {
        id: 'pc-gran',
        role: 'kinship-carer',
        relationship: 'grandmother',
        parentalResponsibility: true,
      },
    ],
  });
  log.add('assessment.started', '2025-11-04', { assessmentId: 'a-1', on: '2025-11-04' });
  log.add('assessment.submitted', '2025-11-14', {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: '2025-11-14',
      completedBy: ash,
      factors: [
        {
          id: 'f-home',
          domain: 'living-arrangements',
          description: 'Was staying with friends before sentence; needs a release address',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-ete',
          domain: 'education-training-employment',
          description: 'Left school at 15 with no qualifications',
          bearsOn: ['desistance'],
          stability: 'stable',
          significance: 'high',
        },
        {
          id: 'f-thinking',
          domain: 'attitudes-and-thinking',
          description: 'Minimises the harm of burglary',
          bearsOn: ['desistance'],
          stability: 'stable',
          significance: 'medium',
        },
      ],
      strengths: [
        {
          id: 's-gran',
          kind: 'protective-factor',
          domain: 'family-and-relationships',
          description: 'Grandmother offers him a home and visits every week',
        },
        {
          id: 's-hands',
          kind: 'strength',
          domain: 'education-training-employment',
          description: 'Good with his hands; wants to work in building',
        },
      ],
      ratings: {
        likelihoodOfReoffending: 'medium',
        safetyAndWellbeing: 'medium',
        riskOfSeriousHarm: 'medium',
      },
      interventionLevel: 'enhanced',
      interventionLevelRationale: 'Medium likelihood of reoffending; no settled address',
      childViews: { inOwnWords: 'I want to get out and get a trade', givenOn: '2025-11-12' },
      parentCarerViews: [
        {
          personId: 'pc-gran',
          views: {
            inOwnWords: 'He can come to me if he keeps out of trouble',
            givenOn: '2025-11-11',
          },
        },
      ],
    },
  });
  log.add('assessment.signedOff', '2025-11-17', { assessmentId: 'a-1', on: '2025-11-17' }, manager);
  log.add('involvement.recorded', '2025-11-18', {
    record: {
      kind: 'invited',
      id: 'inv-1',
      personId: 'pc-gran',
      on: '2025-11-18',
      meeting: 'planning-meeting',
    },
  });
  log.add('plan.drafted', '2025-11-20', { version: 1, on: '2025-11-20', plan });
  for (const party of [{ kind: 'child' }, { kind: 'parent-carer', personId: 'pc-gran' }] as const) {
    log.add('plan.agreementRecorded', '2025-11-21', {
      planVersion: 1,
      party,
      status: 'agreed',
      requirementsExplained: true,
      consequencesExplained: true,
      recordedBy: ash,
      recordedOn: '2025-11-21',
    });
  }
  log.add('plan.signedOff', '2025-11-24', { version: 1, on: '2025-11-24' }, manager);
  log.add('plan.activated', '2025-11-24', { version: 1, on: '2025-11-24' });
  log.add('referral.made', '2025-11-25', {
    referralId: 'r-cscs',
    on: '2025-11-25',
    agency: 'education',
    service: 'Construction skills course',
    actionId: 'act-cscs',
  });
  log.add('referral.made', '2025-11-28', {
    referralId: 'r-kinship',
    on: '2025-11-28',
    agency: 'social-care',
    service: 'Kinship carer support',
    actionId: 'act-kinship-support',
  });
  log.add('referral.updated', '2025-12-01', {
    referralId: 'r-cscs',
    on: '2025-12-01',
    status: 'started',
  });
  log.add('referral.updated', '2025-12-03', {
    referralId: 'r-kinship',
    on: '2025-12-03',
    status: 'accepted',
    note: 'Support to start on release',
  });
  const contact = (id: string, date: string, kind: ContactKind, objectiveIds: string[]) =>
    log.add('contact.recorded', date, {
      contact: {
        id,
        date,
        kind,
        attendance: 'attended',
        objectiveIds,
        deliveredBy: { kind: 'yos', role: 'case-manager' },
      },
    });
  contact('c-01', '2025-12-02', 'supervision', ['o-home', 'o-victims']);
  contact('c-02', '2025-12-16', 'intervention-session', ['o-victims']);
  contact('c-03', '2026-01-13', 'supervision', ['o-skills']);
  contact('c-04', '2026-01-27', 'intervention-session', ['o-victims']);
  contact('c-05', '2026-02-05', 'home-visit', ['o-home']);
  log.add('action.statusChanged', '2026-02-05', {
    actionId: 'act-release-address',
    on: '2026-02-05',
    status: 'done',
  });
  log.add('review.triggered', '2026-02-09', {
    reviewId: 'rv-1',
    on: '2026-02-09',
    trigger: 'release-from-custody',
    dueBy: '2026-02-17',
    detail: 'Pre-release review: plan for the community part of the order',
  });
  log.add('review.completed', '2026-02-16', {
    reviewId: 'rv-1',
    outcome: {
      completedOn: '2026-02-16',
      progress: [
        {
          objectiveId: 'o-home',
          on: '2026-02-16',
          achievement: 'achieved',
          evidence: 'Home visit done',
        },
        { objectiveId: 'o-skills', on: '2026-02-16', achievement: 'improving' },
      ],
      childViews: { inOwnWords: 'Nervous about getting out but ready', givenOn: '2026-02-16' },
      parentCarerViews: [
        { personId: 'pc-gran', views: { inOwnWords: 'His room is ready', givenOn: '2026-02-16' } },
      ],
      decision: 'continue',
      nextReviewDate: '2026-04-14',
    },
  });
  log.add('action.statusChanged', '2026-02-27', {
    actionId: 'act-cscs',
    on: '2026-02-27',
    status: 'done',
  });
  log.add('referral.updated', '2026-02-27', {
    referralId: 'r-cscs',
    on: '2026-02-27',
    status: 'completed',
  });
  log.add('custody.phaseEnded', '2026-03-03', { on: DTO_EXAMPLE.releaseOn });
  contact('c-06', '2026-03-03', 'supervision', ['o-home']);
  log.add('referral.made', '2026-03-04', {
    referralId: 'r-college',
    on: '2026-03-04',
    agency: 'employment-and-training',
    service: 'College bricklaying course',
    actionId: 'act-college',
  });
  log.add('referral.updated', '2026-03-05', {
    referralId: 'r-kinship',
    on: '2026-03-05',
    status: 'started',
  });
  contact('c-07', '2026-03-10', 'home-visit', ['o-home', 'o-skills']);
  log.add('review.triggered', '2026-03-11', {
    reviewId: 'rv-2',
    on: '2026-03-11',
    trigger: 'release-from-custody',
    detail: 'Post-release review',
  });
  log.add('review.completed', '2026-03-16', {
    reviewId: 'rv-2',
    outcome: {
      completedOn: '2026-03-16',
      progress: [{ objectiveId: 'o-skills', on: '2026-03-16', achievement: 'in-progress' }],
      childViews: { inOwnWords: 'It’s good being at my nan’s', givenOn: '2026-03-16' },
      decision: 'continue',
      nextReviewDate: '2026-06-08',
    },
  });
  log.add('referral.updated', '2026-03-20', {
    referralId: 'r-college',
    on: '2026-03-20',
    status: 'accepted',
  });
  contact('c-08', '2026-03-24', 'intervention-session', ['o-victims']);
  contact('c-09', '2026-04-07', 'supervision', ['o-skills']);
  log.add('referral.updated', '2026-04-13', {
    referralId: 'r-college',
    on: '2026-04-13',
    status: 'started',
  });
  contact('c-10', '2026-04-21', 'intervention-session', ['o-victims']);
  contact('c-11', '2026-05-05', 'supervision', ['o-skills']);
  contact('c-12', '2026-05-19', 'intervention-session', ['o-victims']);
  log.add('action.statusChanged', '2026-03-31', {
    actionId: 'act-kinship-support',
    on: '2026-03-31',
    status: 'done',
  });
  log.add('action.statusChanged', '2026-05-29', {
    actionId: 'act-college',
    on: '2026-05-29',
    status: 'done',
  });
  contact('c-13', '2026-06-02', 'supervision', ['o-skills', 'o-victims']);
  log.add('action.statusChanged', '2026-06-09', {
    actionId: 'act-victim-work',
    on: '2026-06-09',
    status: 'done',
  });
  log.add('review.triggered', '2026-06-15', {
    reviewId: 'rv-3',
    on: '2026-06-15',
    trigger: 'end-of-order',
    dueBy: '2026-06-25',
  });
  log.add('review.completed', '2026-06-22', {
    reviewId: 'rv-3',
    outcome: {
      completedOn: '2026-06-22',
      progress: [
        {
          objectiveId: 'o-skills',
          on: '2026-06-22',
          achievement: 'achieved',
          evidence: 'At college 4 days a week',
        },
        { objectiveId: 'o-victims', on: '2026-06-22', achievement: 'achieved' },
      ],
      childViews: { inOwnWords: 'I’m staying at college', givenOn: '2026-06-22' },
      parentCarerViews: [
        { personId: 'pc-gran', views: { inOwnWords: 'Proud of him', givenOn: '2026-06-22' } },
      ],
      decision: 'close',
    },
  });
  log.add('case.closed', '2026-07-03', {
    on: '2026-07-03',
    reason: 'disposal-completed',
    exitPlan: plan.exitPlan,
  });
  return log.events;
}
