import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { Contact } from '../../model/delivery.js';
import type { InterventionPlanInput } from '../../model/plan.js';
import { eventLog } from '../eventLog.js';

/**
 * The worked example: Kai (a fictional child), 15, on a 6-month referral order after a street
 * robbery with older boys. Excluded from school, drawn to an older peer group, impulsive; plays
 * football and has a supportive mother. His father is under a non-molestation order and must
 * never be given the plan. Every fact here is invented for teaching.
 *
 * @example
 * const kai = replay(workedExampleEvents());
 * kai.record.child.id === WORKED_EXAMPLE.childId; // true
 */
export const WORKED_EXAMPLE = {
  caseId: 'case-kai',
  childId: 'child-kai',
  caseManager: 'pr-sam',
  manager: 'pr-manager-lee',
  /** A date after closure, for checks of the final state. */
  asOfClosed: '2026-03-31',
} as const;

type ObjectiveInput = InterventionPlanInput['objectives'][number];
type ActionInput = InterventionPlanInput['actions'][number];

const objectives: Record<'school' | 'peers' | 'thinking', ObjectiveInput> = {
  school: {
    id: 'o-school',
    wording: 'Return to full-time education through the pupil referral unit',
    childWords: 'Get back into school so I can do my BTEC sport',
    focus: ['desistance', 'safety-and-wellbeing'],
    addresses: { factorIds: ['f-ete'], strengthIds: ['s-mum'] },
    priority: 1,
    measureOfSuccess: 'Attends at least 80% of sessions for 6 consecutive weeks',
    targetDate: '2025-12-12',
    adaptations: [
      'Plan shown as a one-page picture timeline; instructions given one at a time',
      'Written material read aloud',
    ],
    adaptedFor: ['speech-language-communication', 'learning'],
  },
  peers: {
    id: 'o-peers',
    wording: 'Spend less unstructured time with the older group and more at football',
    childWords: 'Stay out of trouble with the older lot and train more',
    focus: ['safety-and-wellbeing', 'desistance'],
    addresses: { factorIds: ['f-peers'], strengthIds: ['s-football'] },
    priority: 2,
    dependsOn: ['o-school'],
    measureOfSuccess: 'Trains twice a week; no police contact with the group for 8 weeks',
    targetDate: '2026-01-30',
  },
  thinking: {
    id: 'o-thinking',
    wording: 'Understand the effect of the robbery and practise stopping to think',
    childWords: 'Think before I do stuff',
    focus: ['desistance'],
    addresses: { factorIds: ['f-thinking'], strengthIds: [] },
    priority: 3,
    measureOfSuccess: 'Completes 6 consequential-thinking sessions and the letter to the victim',
    targetDate: '2026-02-27',
  },
};

const actions: ActionInput[] = [
  {
    id: 'act-pru-place',
    objectiveId: 'o-school',
    description: 'Agree a pupil referral unit place and a start date',
    owner: { kind: 'partner-agency', agency: 'education', name: 'Local authority inclusion team' },
    dueDate: '2025-10-10',
    deliversRequirement: 'ct-education',
  },
  {
    id: 'act-mum-mornings',
    objectiveId: 'o-school',
    description: 'Help Kai get up and out in time on school days',
    owner: { kind: 'parent-carer', personId: 'pc-mum' },
    dueDate: '2025-12-12',
  },
  {
    id: 'act-football',
    objectiveId: 'o-peers',
    description: 'Join the community club’s under-16 squad',
    childWords: 'Sign up for the Tuesday and Thursday sessions',
    owner: { kind: 'child' },
    dueDate: '2025-11-14',
    voluntary: true,
  },
  {
    id: 'act-thinking-sessions',
    objectiveId: 'o-thinking',
    description: 'Six one-to-one consequential-thinking sessions with the case manager',
    owner: { kind: 'yos', role: 'case-manager' },
    dueDate: '2026-02-13',
    deliversRequirement: 'ct-sessions',
  },
  {
    id: 'act-letter',
    objectiveId: 'o-thinking',
    description:
      'Write a letter of apology, passed to the victim by the restorative justice worker',
    owner: { kind: 'child' },
    dueDate: '2026-02-27',
    deliversRequirement: 'ct-reparation',
  },
];

const planV1: InterventionPlanInput = {
  objectives: [objectives.school, objectives.peers, objectives.thinking],
  actions: [...actions],
  deferredFactors: [
    {
      factorId: 'f-family',
      reason: 'Family work waits until school is settled; mum has asked for it after Christmas',
      revisitBy: '2026-01-09',
    },
  ],
  plannedContactsPerMonth: 4,
  nextReviewDate: '2025-12-18',
  childViews: 'I’m fine with it if I can still do football. I don’t want to talk about my dad.',
};

const planV2: InterventionPlanInput = {
  ...planV1,
  objectives: [
    objectives.school,
    objectives.peers,
    objectives.thinking,
    {
      id: 'o-family',
      wording: 'Rebuild calm at home with mum, with family support',
      childWords: 'Stop arguing with mum',
      focus: ['safety-and-wellbeing'],
      addresses: { factorIds: ['f-family'], strengthIds: ['s-mum'] },
      priority: 2,
      measureOfSuccess:
        'Kai and his mum both say rows are fewer and shorter by the end of the order',
      targetDate: '2026-03-13',
    },
  ],
  actions: [
    ...actions,
    {
      id: 'act-family-support',
      objectiveId: 'o-family',
      description: 'Family support worker: six sessions at home with Kai and his mum',
      owner: { kind: 'partner-agency', agency: 'social-care', name: 'Early help family support' },
      dueDate: '2026-03-06',
      voluntary: true,
    },
  ],
  deferredFactors: [],
  nextReviewDate: '2026-02-17',
  exitPlan: {
    continuingServices: [
      { agency: 'education', description: 'PRU key worker to the end of the school year' },
      { agency: 'voluntary-sector', description: 'Football club mentor' },
    ],
  },
};

/**
 * The worked example's full event log, from opening to closure (83 events): assessment, the
 * youth offender contract agreed at the first panel (the order runs from that day), a plan
 * agreed by Kai and his mother, weekly contacts to the end of the order, a pupil referral unit
 * place on a waiting list, a missed appointment handled with a warning and re-engagement, a
 * review triggered by a move, two scheduled reviews held with the youth offender panel (the
 * first revises the plan, the second continues it), each attended by his mother, family support
 * through a second referral, and the end-of-order review that closes the case. Every action is
 * recorded done when it is done. It checks clean under every rule once closed; during delivery
 * the only finding is `delivery.action-overdue` for the unit place while it waits (11 October
 * to 2 November 2025), a realistic moment shown on purpose.
 *
 * @example
 * const state = replay(workedExampleEvents());
 * state.stage; // 'closed'
 */
export function workedExampleEvents(): CaseEventInput[] {
  const { caseManager: sam, manager } = WORKED_EXAMPLE;
  const log = eventLog({ by: sam });
  log.add('case.opened', '2025-09-03', {
    caseId: WORKED_EXAMPLE.caseId,
    openedOn: '2025-09-03',
    caseManager: sam,
    child: {
      id: WORKED_EXAMPLE.childId,
      preferredName: 'Kai',
      dateOfBirth: '2010-01-20',
      lookedAfter: false,
      needs: [
        {
          kind: 'speech-language-communication',
          description:
            'Processes spoken information slowly; needs short instructions and visual prompts',
        },
        { kind: 'learning', description: 'Dyslexia: written material read aloud' },
      ],
      firstLanguage: 'English',
      interpreterRequired: false,
    },
    // The contract is agreed at the first panel, three weeks after sentence: the order runs
    // from that day (`order.contractAgreed` below), not from the sentence.
    disposal: {
      id: 'd-ro',
      type: 'referral-order',
      convictionDate: '2025-09-02',
      sentenceDate: '2025-09-02',
      lengthMonths: 6,
      parentOrderedToAttend: true,
    },
    people: [
      { id: 'pc-mum', role: 'parent', relationship: 'mother', parentalResponsibility: true },
      {
        id: 'pc-dad',
        role: 'parent',
        relationship: 'father',
        parentalResponsibility: true,
        restrictions: [
          {
            kind: 'no-contact',
            reason: 'Non-molestation order protecting Kai’s mother',
            source: 'court-order',
            from: '2024-11-02',
          },
          {
            kind: 'no-sharing-of-plan',
            reason: 'Plan shows where Kai and his mother live and study',
            source: 'court-order',
            from: '2024-11-02',
          },
        ],
      },
    ],
  });
  log.add('involvement.recorded', '2025-09-03', {
    record: {
      kind: 'not-involved',
      id: 'inv-dad',
      personId: 'pc-dad',
      on: '2025-09-03',
      reason: 'safeguarding',
      rationale: 'Non-molestation order; no contact with Kai or his mother',
    },
  });
  log.add('assessment.started', '2025-09-04', { assessmentId: 'a-1', on: '2025-09-04' });
  log.add('involvement.recorded', '2025-09-05', {
    record: {
      kind: 'invited',
      id: 'inv-1',
      personId: 'pc-mum',
      on: '2025-09-05',
      meeting: 'assessment',
    },
  });
  log.add('involvement.recorded', '2025-09-09', {
    record: {
      kind: 'attended',
      id: 'inv-2',
      personId: 'pc-mum',
      on: '2025-09-09',
      meeting: 'assessment',
    },
  });
  log.add('involvement.recorded', '2025-09-09', {
    record: {
      kind: 'views-recorded',
      id: 'inv-3',
      personId: 'pc-mum',
      on: '2025-09-09',
      views: {
        inOwnWords: 'He’s a good lad when he’s at school. It’s the older ones.',
        givenOn: '2025-09-09',
      },
    },
  });
  log.add('assessment.submitted', '2025-09-12', {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: '2025-09-12',
      completedBy: sam,
      factors: [
        {
          id: 'f-ete',
          domain: 'education-training-employment',
          description: 'Permanently excluded in June; no education since',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-peers',
          domain: 'lifestyle',
          description: 'Spends evenings with older boys linked to the offence',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-thinking',
          domain: 'attitudes-and-thinking',
          description: 'Acts on impulse under peer pressure',
          bearsOn: ['desistance'],
          stability: 'stable',
          significance: 'medium',
        },
        {
          id: 'f-family',
          domain: 'family-and-relationships',
          description: 'Rows at home; father’s past violence',
          bearsOn: ['safety-and-wellbeing'],
          stability: 'stable',
          significance: 'medium',
        },
      ],
      strengths: [
        {
          id: 's-football',
          kind: 'strength',
          domain: 'lifestyle',
          description: 'Keen footballer, liked by his old coach',
        },
        {
          id: 's-mum',
          kind: 'protective-factor',
          domain: 'family-and-relationships',
          description: 'Mother is supportive and wants to help',
        },
      ],
      ratings: {
        likelihoodOfReoffending: 'medium',
        safetyAndWellbeing: 'medium',
        riskOfSeriousHarm: 'low',
      },
      interventionLevel: 'enhanced',
      interventionLevelRationale: 'Medium likelihood of reoffending; exploitation concerns',
      childViews: {
        inOwnWords: 'I just want to get back to school and play football',
        givenOn: '2025-09-10',
      },
      parentCarerViews: [
        {
          personId: 'pc-mum',
          views: {
            inOwnWords: 'He needs school and to get away from that lot',
            givenOn: '2025-09-09',
          },
        },
      ],
    },
  });
  log.add('assessment.signedOff', '2025-09-15', { assessmentId: 'a-1', on: '2025-09-15' }, manager);
  log.add('involvement.recorded', '2025-09-16', {
    record: {
      kind: 'invited',
      id: 'inv-4',
      personId: 'pc-mum',
      on: '2025-09-16',
      meeting: 'panel',
    },
  });
  log.add('order.contractAgreed', '2025-09-23', {
    contract: {
      orderId: 'd-ro',
      agreedOn: '2025-09-23',
      terms: [
        {
          id: 'ct-reparation',
          kind: 'reparation-to-victim',
          description: 'Letter of apology',
          victimConsented: true,
        },
        { id: 'ct-education', kind: 'attend-education-or-work' },
        {
          id: 'ct-sessions',
          kind: 'specified-activities',
          description: 'Consequential-thinking sessions',
        },
      ],
      agreedBy: {
        child: true,
        parentsCarers: ['pc-mum'],
        panelMembers: [
          { id: 'panel-yos-pat', role: 'yos-member' },
          { id: 'panel-community-ann', role: 'community-member' },
          { id: 'panel-community-raj', role: 'community-member' },
        ],
      },
    },
  });
  log.add('plan.drafted', '2025-09-23', { version: 1, on: '2025-09-23', plan: planV1 });
  log.add('involvement.recorded', '2025-09-23', {
    record: {
      kind: 'attended',
      id: 'inv-5',
      personId: 'pc-mum',
      on: '2025-09-23',
      meeting: 'panel',
      planVersion: 1,
    },
  });
  log.add('plan.agreementRecorded', '2025-09-23', {
    planVersion: 1,
    party: { kind: 'child' },
    status: 'agreed-with-misgivings',
    misgivings: 'Does not want to talk about his father yet',
    requirementsExplained: true,
    consequencesExplained: true,
    recordedBy: sam,
    recordedOn: '2025-09-23',
  });
  log.add('plan.agreementRecorded', '2025-09-23', {
    planVersion: 1,
    party: { kind: 'parent-carer', personId: 'pc-mum' },
    status: 'agreed',
    recordedBy: sam,
    recordedOn: '2025-09-23',
  });
  log.add('involvement.recorded', '2025-09-23', {
    record: {
      kind: 'plan-agreement',
      id: 'inv-6',
      personId: 'pc-mum',
      on: '2025-09-23',
      planVersion: 1,
      agreed: true,
    },
  });
  log.add('plan.signedOff', '2025-09-24', { version: 1, on: '2025-09-24' }, manager);
  log.add('plan.activated', '2025-09-24', { version: 1, on: '2025-09-24' });
  log.add('involvement.recorded', '2025-09-24', {
    record: {
      kind: 'plan-copy-given',
      id: 'inv-7',
      personId: 'pc-mum',
      on: '2025-09-24',
      planVersion: 1,
    },
  });
  const panel = { kind: 'yos', role: 'panel' } as const;
  const familySupport = {
    kind: 'partner-agency',
    agency: 'social-care',
    name: 'Early help family support',
  } as const;
  const contact = (
    id: string,
    date: string,
    kind: Contact['kind'],
    attendance: Contact['attendance'],
    objectiveIds: string[],
    deliveredBy: Contact['deliveredBy'] = { kind: 'yos', role: 'case-manager' },
  ) =>
    log.add('contact.recorded', date, {
      contact: { id, date, kind, attendance, objectiveIds, deliveredBy },
    });
  const action = (actionId: string, on: string, status: 'in-progress' | 'done') =>
    log.add('action.statusChanged', on, { actionId, on, status });
  const mum = (
    id: string,
    on: string,
    kind: 'invited' | 'attended',
    meeting: 'panel' | 'review',
    reviewId: string,
  ) =>
    log.add('involvement.recorded', on, {
      record: { kind, id, personId: 'pc-mum', on, meeting, reviewId },
    });

  // Delivery of version 1. The pupil referral unit has no place until after half term, so
  // `act-pru-place` runs past its due date (10 October) while the referral waits: the one
  // finding the example shows on purpose during delivery (`delivery.action-overdue`).
  log.add('referral.made', '2025-09-25', {
    referralId: 'r-pru',
    on: '2025-09-25',
    agency: 'education',
    service: 'Pupil referral unit',
    actionId: 'act-pru-place',
  });
  action('act-pru-place', '2025-09-25', 'in-progress');
  contact('c-01', '2025-09-30', 'supervision', 'attended', ['o-school']);
  log.add('referral.updated', '2025-10-02', {
    referralId: 'r-pru',
    on: '2025-10-02',
    status: 'waiting-list',
    note: 'Next intake after half term',
  });
  log.add('involvement.recorded', '2025-10-03', {
    record: {
      kind: 'support-offered',
      id: 'inv-8',
      personId: 'pc-mum',
      on: '2025-10-03',
      support: 'family-support',
    },
  });
  log.add('involvement.recorded', '2025-10-03', {
    record: {
      kind: 'support-accepted',
      id: 'inv-9',
      personId: 'pc-mum',
      on: '2025-10-03',
      support: 'family-support',
      detail: 'After Christmas',
    },
  });
  contact('c-02', '2025-10-07', 'intervention-session', 'attended', ['o-thinking']);
  contact('c-03', '2025-10-14', 'intervention-session', 'unacceptable-absence', ['o-thinking']);
  log.add('compliance.warningIssued', '2025-10-15', {
    warning: {
      id: 'w-1',
      on: '2025-10-15',
      reason: 'Missed a session without letting anyone know',
      childAccount: 'I was with my mates and forgot. My phone was dead.',
      consequencesExplained: true,
      contactIds: ['c-03'],
    },
  });
  contact('c-04', '2025-10-21', 'home-visit', 'attended', ['o-school', 'o-peers']);
  log.add('compliance.reengaged', '2025-10-21', {
    id: 'ce-1',
    on: '2025-10-21',
    notes: 'Agreed text reminders the day before sessions',
  });
  contact('c-05', '2025-10-28', 'supervision', 'attended', ['o-school', 'o-peers']);
  log.add('referral.updated', '2025-11-03', {
    referralId: 'r-pru',
    on: '2025-11-03',
    status: 'started',
  });
  action('act-pru-place', '2025-11-03', 'done');
  action('act-mum-mornings', '2025-11-03', 'in-progress');
  contact('c-06', '2025-11-04', 'intervention-session', 'attended', ['o-thinking']);
  log.add('review.triggered', '2025-11-10', {
    reviewId: 'rv-1',
    on: '2025-11-10',
    trigger: 'change-of-placement-or-accommodation',
    dueBy: '2025-11-24',
    detail: 'Moved with mum to her sister’s after a housing repair',
  });
  action('act-football', '2025-11-11', 'done');
  contact('c-07', '2025-11-12', 'home-visit', 'attended', ['o-school', 'o-peers']);
  log.add('review.completed', '2025-11-18', {
    reviewId: 'rv-1',
    outcome: {
      completedOn: '2025-11-18',
      progress: [
        {
          objectiveId: 'o-school',
          on: '2025-11-18',
          achievement: 'improving',
          evidence: 'Started at the PRU on 3 November',
        },
      ],
      childViews: {
        inOwnWords: 'It’s alright at my aunt’s. PRU is better than I thought.',
        givenOn: '2025-11-18',
      },
      decision: 'continue',
      nextReviewDate: '2025-12-18',
    },
  });
  log.add('objective.statusChanged', '2025-11-18', {
    objectiveId: 'o-school',
    on: '2025-11-18',
    achievement: 'improving',
    evidence: 'PRU attendance 85% in first two weeks',
  });
  contact('c-08', '2025-11-18', 'supervision', 'attended', ['o-school']);
  contact('c-09', '2025-11-25', 'intervention-session', 'attended', ['o-thinking']);
  contact('c-10', '2025-12-02', 'intervention-session', 'acceptable-absence', ['o-thinking']);
  // The first scheduled review, held with the youth offender panel (a progress meeting).
  log.add('review.triggered', '2025-12-08', {
    reviewId: 'rv-2',
    on: '2025-12-08',
    trigger: 'scheduled',
    dueBy: '2025-12-18',
  });
  contact('c-11', '2025-12-09', 'intervention-session', 'attended', ['o-thinking', 'o-peers']);
  mum('inv-10', '2025-12-10', 'invited', 'panel', 'rv-2');
  action('act-mum-mornings', '2025-12-12', 'done');
  mum('inv-11', '2025-12-17', 'attended', 'panel', 'rv-2');
  contact('c-12', '2025-12-17', 'panel-meeting', 'attended', ['o-school', 'o-peers'], panel);
  log.add('review.completed', '2025-12-17', {
    reviewId: 'rv-2',
    outcome: {
      completedOn: '2025-12-17',
      progress: [
        {
          objectiveId: 'o-school',
          on: '2025-12-17',
          achievement: 'achieved',
          evidence: '87% attendance over 6 weeks',
        },
        {
          objectiveId: 'o-peers',
          on: '2025-12-17',
          achievement: 'improving',
          evidence: 'Trains twice a week since November',
        },
        { objectiveId: 'o-thinking', on: '2025-12-17', achievement: 'in-progress' },
      ],
      childViews: { inOwnWords: 'I want to sort things at home now', givenOn: '2025-12-17' },
      parentCarerViews: [
        {
          personId: 'pc-mum',
          views: { inOwnWords: 'Ready for the family work now', givenOn: '2025-12-17' },
        },
      ],
      decision: 'revise-plan',
      rationale: 'School settled: time to start the family work deferred in September',
      nextReviewDate: '2026-02-17',
    },
  });
  log.add('plan.revised', '2025-12-19', {
    version: 2,
    on: '2025-12-19',
    reason: 'review',
    plan: planV2,
  });
  contact('c-13', '2025-12-22', 'home-visit', 'attended', ['o-peers', 'o-thinking']);
  log.add('plan.agreementRecorded', '2025-12-22', {
    planVersion: 2,
    party: { kind: 'child' },
    status: 'agreed',
    recordedBy: sam,
    recordedOn: '2025-12-22',
  });
  log.add('plan.agreementRecorded', '2025-12-22', {
    planVersion: 2,
    party: { kind: 'parent-carer', personId: 'pc-mum' },
    status: 'agreed',
    recordedBy: sam,
    recordedOn: '2025-12-22',
  });
  log.add('plan.signedOff', '2025-12-23', { version: 2, on: '2025-12-23' }, manager);
  log.add('plan.activated', '2025-12-23', { version: 2, on: '2025-12-23' });
  log.add('involvement.recorded', '2025-12-23', {
    record: {
      kind: 'plan-copy-given',
      id: 'inv-12',
      personId: 'pc-mum',
      on: '2025-12-23',
      planVersion: 2,
    },
  });
  log.add('objective.statusChanged', '2025-12-23', {
    objectiveId: 'o-school',
    on: '2025-12-23',
    status: 'completed',
    achievement: 'achieved',
  });

  // Delivery of version 2: the family support the mother accepted in October.
  contact('c-14', '2026-01-06', 'supervision', 'attended', ['o-family', 'o-peers']);
  log.add('referral.made', '2026-01-07', {
    referralId: 'r-family',
    on: '2026-01-07',
    agency: 'social-care',
    service: 'Early help family support',
    actionId: 'act-family-support',
  });
  log.add('referral.updated', '2026-01-09', {
    referralId: 'r-family',
    on: '2026-01-09',
    status: 'accepted',
  });
  contact('c-15', '2026-01-13', 'intervention-session', 'attended', ['o-thinking']);
  contact('c-16', '2026-01-20', 'agency-appointment', 'attended', ['o-family'], familySupport);
  log.add('referral.updated', '2026-01-21', {
    referralId: 'r-family',
    on: '2026-01-21',
    status: 'started',
    note: 'First session at home on 20 January',
  });
  action('act-family-support', '2026-01-21', 'in-progress');
  contact('c-17', '2026-01-27', 'intervention-session', 'attended', ['o-thinking']);
  contact('c-18', '2026-02-03', 'agency-appointment', 'attended', ['o-family'], familySupport);
  // The second scheduled review, again a panel progress meeting.
  log.add('review.triggered', '2026-02-09', {
    reviewId: 'rv-3',
    on: '2026-02-09',
    trigger: 'scheduled',
    dueBy: '2026-02-17',
  });
  mum('inv-13', '2026-02-09', 'invited', 'panel', 'rv-3');
  contact('c-19', '2026-02-10', 'intervention-session', 'attended', ['o-thinking']);
  action('act-thinking-sessions', '2026-02-13', 'done');
  mum('inv-14', '2026-02-17', 'attended', 'panel', 'rv-3');
  contact('c-20', '2026-02-17', 'panel-meeting', 'attended', ['o-peers', 'o-thinking'], panel);
  log.add('review.completed', '2026-02-17', {
    reviewId: 'rv-3',
    outcome: {
      completedOn: '2026-02-17',
      progress: [
        {
          objectiveId: 'o-peers',
          on: '2026-02-17',
          achievement: 'achieved',
          evidence: 'No police contact with the group since October; in the under-16 squad',
        },
        {
          objectiveId: 'o-thinking',
          on: '2026-02-17',
          achievement: 'improving',
          evidence: 'Six sessions done; letter to the victim being written',
        },
        {
          objectiveId: 'o-family',
          on: '2026-02-17',
          achievement: 'improving',
          evidence: 'Two family support sessions; both say home is calmer',
        },
      ],
      childViews: {
        inOwnWords: 'Football’s going well. Mum and me are alright.',
        givenOn: '2026-02-17',
      },
      parentCarerViews: [
        {
          personId: 'pc-mum',
          views: { inOwnWords: 'The sessions at home are helping', givenOn: '2026-02-17' },
        },
      ],
      decision: 'continue',
      nextReviewDate: '2026-03-12',
    },
  });
  action('act-letter', '2026-02-20', 'done');
  contact('c-21', '2026-02-24', 'supervision', 'attended', ['o-family', 'o-peers']);
  contact('c-22', '2026-03-03', 'agency-appointment', 'attended', ['o-family'], familySupport);
  log.add('referral.updated', '2026-03-06', {
    referralId: 'r-family',
    on: '2026-03-06',
    status: 'completed',
    note: 'Six sessions delivered',
  });
  action('act-family-support', '2026-03-06', 'done');

  // The end-of-order review closes the case before the order ends on 22 March (due by Friday
  // 13 March, a week before, brought back from the Sunday).
  log.add('review.triggered', '2026-03-06', {
    reviewId: 'rv-4',
    on: '2026-03-06',
    trigger: 'end-of-order',
    dueBy: '2026-03-13',
  });
  contact('c-23', '2026-03-10', 'supervision', 'attended', ['o-family', 'o-peers']);
  contact('c-24', '2026-03-12', 'supervision', 'attended', ['o-family', 'o-peers', 'o-thinking']);
  log.add('review.completed', '2026-03-12', {
    reviewId: 'rv-4',
    outcome: {
      completedOn: '2026-03-12',
      progress: [
        {
          objectiveId: 'o-peers',
          on: '2026-03-12',
          achievement: 'achieved',
          evidence: 'No police contact since October; plays for the under-16s',
        },
        {
          objectiveId: 'o-thinking',
          on: '2026-03-12',
          achievement: 'achieved',
          evidence: 'Sessions completed; letter passed to the victim',
        },
        {
          objectiveId: 'o-family',
          on: '2026-03-12',
          achievement: 'partly-achieved',
          evidence: 'Fewer rows, says mum; support continues',
        },
      ],
      childViews: { inOwnWords: 'Glad it’s done. I’m keeping up football.', givenOn: '2026-03-12' },
      parentCarerViews: [
        { personId: 'pc-mum', views: { inOwnWords: 'He’s come on a lot', givenOn: '2026-03-12' } },
      ],
      decision: 'close',
    },
  });
  log.add('case.closed', '2026-03-23', {
    on: '2026-03-23',
    reason: 'disposal-completed',
    exitPlan: planV2.exitPlan,
  });
  return log.events;
}
