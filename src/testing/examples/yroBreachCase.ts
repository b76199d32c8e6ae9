import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { InterventionPlanInput } from '../../model/plan.js';
import { eventLog } from '../eventLog.js';

/**
 * The orders example: Tyler (a fictional child), 16, on a 12-month youth rehabilitation order
 * (supervision, an activity requirement and a curfew) after a burglary. He misses appointments,
 * is warned twice and taken back to court; the court amends the order on breach (unpaid work
 * added, the end date put back three months), and the plan is revised and explained to him again.
 * A further offence follows: the court revokes the order and resentences him to a detention and
 * training order, in the same case, which moves delivery into custody. Every fact here is
 * invented for teaching.
 *
 * @example
 * ordersInForce(replay(yroBreachExampleEvents()), YRO_BREACH_EXAMPLE.beforeAmendment);
 */
export const YRO_BREACH_EXAMPLE = {
  caseId: 'case-tyler',
  childId: 'child-tyler',
  caseManager: 'pr-sam',
  manager: 'pr-manager-lee',
  /** The order as made: its end date before the breach. */
  orderEndsAsMade: '2026-03-02',
  /** The end date the court substituted on breach. */
  orderEndsAsAmended: '2026-06-01',
  /** A day before the court amended the order (the order as made is in force). */
  beforeAmendment: '2025-05-16',
  /** A day after the amendment and the revised plan, before the resentence. */
  afterAmendment: '2025-07-01',
  /** In custody on the detention and training order, after the plan for it is in force. */
  inCustody: '2025-11-03',
} as const;

type ObjectiveInput = InterventionPlanInput['objectives'][number];
type ActionInput = InterventionPlanInput['actions'][number];

const objectives: ObjectiveInput[] = [
  {
    id: 'o-course',
    wording: 'Start and keep to a construction skills course',
    childWords: 'Get on the bricklaying course and stick at it',
    focus: ['desistance'],
    addresses: { factorIds: ['f-ete'], strengthIds: ['s-dad'] },
    priority: 1,
    measureOfSuccess: 'Enrolled, and attends 4 days in 5 for 8 weeks',
    targetDate: '2025-09-26',
  },
  {
    id: 'o-peers',
    wording: 'Spend evenings at the boxing club instead of with the group from the burglary',
    childWords: 'Train more, stay away from them lot',
    focus: ['desistance', 'safety-and-wellbeing'],
    addresses: { factorIds: ['f-peers'], strengthIds: ['s-boxing'] },
    priority: 2,
    measureOfSuccess: 'Trains three evenings a week; no police contact with the group',
    targetDate: '2025-10-31',
  },
  {
    id: 'o-thinking',
    wording: 'Understand the harm the burglary did and plan for pressure from others',
    focus: ['desistance'],
    addresses: { factorIds: ['f-thinking'] },
    priority: 3,
    measureOfSuccess: 'Completes the victim awareness sessions and a written plan for pressure',
    targetDate: '2025-08-29',
  },
];

const yos = { kind: 'yos', role: 'case-manager' } as const;

const actions: ActionInput[] = [
  {
    id: 'act-induction',
    objectiveId: 'o-thinking',
    description: 'Induction: what the order asks, the curfew, and what happens if it is not kept',
    owner: yos,
    dueDate: '2025-03-21',
    deliversRequirement: 'req-supervision',
    childTakesPart: true,
  },
  {
    id: 'act-course',
    objectiveId: 'o-course',
    description: 'Careers adviser helps Tyler apply for the construction course',
    owner: { kind: 'partner-agency', agency: 'employment-and-training', name: 'Careers service' },
    dueDate: '2025-05-30',
  },
  {
    id: 'act-boxing',
    objectiveId: 'o-peers',
    description: 'Boxing club sessions as the activity requirement',
    owner: { kind: 'yos', role: 'specialist' },
    dueDate: '2025-08-29',
    deliversRequirement: 'req-activity',
    childTakesPart: true,
  },
  {
    id: 'act-victim-work',
    objectiveId: 'o-thinking',
    description: 'Victim awareness sessions in supervision',
    owner: yos,
    dueDate: '2025-07-31',
    deliversRequirement: 'req-supervision',
    childTakesPart: true,
  },
];

const monitoring: InterventionPlanInput['monitoring'] = [
  {
    requirementId: 'req-curfew',
    monitoredBy: yos,
    how: 'Electronic monitoring reports read each week and discussed at supervision',
  },
];

const planV1: InterventionPlanInput = {
  objectives,
  actions,
  monitoring,
  plannedContactsPerMonth: 4,
  nextReviewDate: '2025-06-02',
};

/** After the amendment: the unpaid work the court added on breach, delivered by the YOS. */
const planV2: InterventionPlanInput = {
  ...planV1,
  actions: [
    ...actions,
    {
      id: 'act-upw',
      objectiveId: 'o-thinking',
      description: 'Unpaid work with the reparation team, Saturdays',
      owner: { kind: 'yos', role: 'specialist' },
      dueDate: '2025-11-28',
      deliversRequirement: 'req-upw',
      childTakesPart: true,
    },
  ],
  nextReviewDate: '2025-08-20',
};

/** In custody: education in the secure estate, and resettlement planned for release. */
const planV3: InterventionPlanInput = {
  objectives: [
    {
      ...(objectives[0] as ObjectiveInput),
      wording: 'Keep up construction skills in custody and return to the course on release',
      measureOfSuccess: 'Attends education in custody; a course place is held for release',
      targetDate: '2026-01-06',
    },
    {
      id: 'o-resettlement',
      wording: 'Plan where Tyler will live and what he will do on release',
      childWords: 'Go back to my dad’s and get back on the course',
      focus: ['desistance', 'safety-and-wellbeing'],
      addresses: { factorIds: ['f-peers', 'f-thinking'], strengthIds: ['s-dad'] },
      priority: 2,
      measureOfSuccess: 'A release plan agreed with Tyler and his father before release',
      targetDate: '2025-12-19',
    },
  ],
  actions: [
    {
      id: 'act-custody-visit',
      objectiveId: 'o-resettlement',
      description: 'Visit Tyler in custody every two weeks to plan his release',
      owner: yos,
      dueDate: '2025-12-19',
      childTakesPart: true,
    },
    {
      id: 'act-course-place',
      objectiveId: 'o-course',
      description: 'Ask the college to hold a place for January',
      owner: { kind: 'partner-agency', agency: 'education', name: 'College admissions' },
      dueDate: '2025-11-28',
    },
  ],
  plannedContactsPerMonth: 2,
  nextReviewDate: '2025-12-15',
};

/**
 * The orders example's event log (see {@link YRO_BREACH_EXAMPLE}): a YRO opened with the
 * offence and an earlier referral order on record, assessed and planned, three missed
 * appointments answered with two warnings and breach action, the court's amendment carried by
 * the breach outcome, a review and a revised plan explained to Tyler again, a scheduled review,
 * then the further offence: the order revoked and a DTO passed in the same case, a review for
 * the new order, a plan for custody and the release date the secure estate expects. The case
 * is still open (in custody) at the end.
 *
 * @example
 * const state = replay(yroBreachExampleEvents());
 * ordersInForce(state, YRO_BREACH_EXAMPLE.inCustody)[0]?.type; // 'detention-and-training-order'
 */
export function yroBreachExampleEvents(): CaseEventInput[] {
  const { caseManager: sam, manager } = YRO_BREACH_EXAMPLE;
  const log = eventLog({ by: sam, idPrefix: 'tyler-e' });
  log.add('case.opened', '2025-03-03', {
    caseId: YRO_BREACH_EXAMPLE.caseId,
    openedOn: '2025-03-03',
    caseManager: sam,
    child: {
      id: YRO_BREACH_EXAMPLE.childId,
      preferredName: 'Tyler',
      dateOfBirth: '2008-11-14',
      firstLanguage: 'English',
    },
    disposal: {
      id: 'd-yro',
      type: 'youth-rehabilitation-order',
      convictionDate: '2025-02-10',
      sentenceDate: '2025-03-03',
      endDate: YRO_BREACH_EXAMPLE.orderEndsAsMade,
      requirements: [
        { id: 'req-supervision', kind: 'supervision' },
        { id: 'req-activity', kind: 'activity', days: 20 },
        { id: 'req-curfew', kind: 'curfew', hoursPerDay: 9, months: 3 },
      ],
    },
    people: [
      { id: 'pc-dad', role: 'parent', relationship: 'father', parentalResponsibility: true },
    ],
    offences: [
      {
        id: 'off-burglary',
        committedOn: '2025-01-18',
        category: 'burglary',
        plea: 'guilty',
        court: 'youth-court',
        convictedOn: '2025-02-10',
        imprisonable: true,
      },
    ],
    earlierDisposals: [{ id: 'h-referral', type: 'referral-order', on: '2024-05-20' }],
  });
  const dad = (id: string, on: string, record: Record<string, unknown>) =>
    log.add('involvement.recorded', on, {
      record: { id, personId: 'pc-dad', on, ...record } as never,
    });
  log.add('assessment.started', '2025-03-04', { assessmentId: 'a-1', on: '2025-03-04' });
  dad('inv-1', '2025-03-05', { kind: 'invited', meeting: 'assessment' });
  dad('inv-2', '2025-03-07', { kind: 'attended', meeting: 'assessment' });
  dad('inv-3', '2025-03-07', {
    kind: 'views-recorded',
    views: { inOwnWords: 'He listens to his boxing coach more than me', givenOn: '2025-03-07' },
  });
  log.add('assessment.submitted', '2025-03-11', {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: '2025-03-11',
      completedBy: sam,
      factors: [
        {
          id: 'f-ete',
          domain: 'education-training-employment',
          description: 'Left school at Easter with no course or job',
          bearsOn: ['desistance'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-peers',
          domain: 'lifestyle',
          description: 'Evenings with the older group involved in the burglary',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-thinking',
          domain: 'attitudes-and-thinking',
          description: 'Goes along with others under pressure; minimises the harm done',
          bearsOn: ['desistance'],
          stability: 'stable',
          significance: 'medium',
        },
      ],
      strengths: [
        {
          id: 's-boxing',
          kind: 'strength',
          domain: 'lifestyle',
          description: 'Trains at a boxing club and respects the coach',
        },
        {
          id: 's-dad',
          kind: 'protective-factor',
          domain: 'family-and-relationships',
          description: 'His father wants him on a course and will take him there',
        },
      ],
      ratings: {
        likelihoodOfReoffending: 'medium',
        safetyAndWellbeing: 'medium',
        riskOfSeriousHarm: 'low',
      },
      interventionLevel: 'enhanced',
      interventionLevelRationale: 'Medium likelihood of reoffending; a second order in a year',
      childViews: {
        inOwnWords: 'I want to do bricklaying. The curfew is stupid but fine.',
        givenOn: '2025-03-10',
      },
    },
  });
  log.add('assessment.signedOff', '2025-03-12', { assessmentId: 'a-1', on: '2025-03-12' }, manager);
  dad('inv-4', '2025-03-12', { kind: 'invited', meeting: 'planning-meeting' });
  log.add('plan.drafted', '2025-03-14', { version: 1, on: '2025-03-14', plan: planV1 });
  dad('inv-5', '2025-03-17', { kind: 'attended', meeting: 'planning-meeting', planVersion: 1 });
  const agree = (version: number, on: string) => {
    log.add('plan.agreementRecorded', on, {
      planVersion: version,
      party: { kind: 'child' },
      status: 'agreed',
      requirementsExplained: true,
      consequencesExplained: true,
      recordedBy: sam,
      recordedOn: on,
    });
    log.add('plan.agreementRecorded', on, {
      planVersion: version,
      party: { kind: 'parent-carer', personId: 'pc-dad' },
      status: 'agreed',
      recordedBy: sam,
      recordedOn: on,
    });
    dad(`inv-agree-${version}`, on, { kind: 'plan-agreement', planVersion: version, agreed: true });
  };
  agree(1, '2025-03-17');
  log.add('plan.signedOff', '2025-03-18', { version: 1, on: '2025-03-18' }, manager);
  log.add('plan.activated', '2025-03-18', { version: 1, on: '2025-03-18' });
  dad('inv-copy-1', '2025-03-18', { kind: 'plan-copy-given', planVersion: 1 });

  const contact = (
    id: string,
    date: string,
    attendance: 'attended' | 'unacceptable-absence',
    objectiveIds: string[] = ['o-thinking'],
  ) =>
    log.add('contact.recorded', date, {
      contact: { id, date, kind: 'supervision', attendance, objectiveIds, deliveredBy: yos },
    });
  const done = (actionId: string, on: string) =>
    log.add('action.statusChanged', on, { actionId, on, status: 'done' });
  const warn = (id: string, on: string, contactId: string, childAccount: string) =>
    log.add('compliance.warningIssued', on, {
      warning: {
        id,
        on,
        reason: 'Missed supervision without a reasonable excuse',
        childAccount,
        consequencesExplained: true,
        contactIds: [contactId],
      },
    });
  const reengaged = (id: string, on: string) => log.add('compliance.reengaged', on, { id, on });

  // Three missed appointments in a month: the duty to warn (Sch. 7 para. 4), then breach action.
  log.add('referral.made', '2025-03-20', {
    referralId: 'r-careers',
    on: '2025-03-20',
    agency: 'employment-and-training',
    service: 'Careers advice and course applications',
    actionId: 'act-course',
  });
  contact('c-01', '2025-03-21', 'attended');
  log.add('referral.updated', '2025-04-02', {
    referralId: 'r-careers',
    on: '2025-04-02',
    status: 'started',
  });
  done('act-induction', '2025-03-21');
  contact('c-02', '2025-03-28', 'attended', ['o-course']);
  contact('c-03', '2025-04-04', 'unacceptable-absence');
  warn('w-1', '2025-04-07', 'c-03', 'I was out with my mates and forgot');
  contact('c-04', '2025-04-11', 'attended', ['o-peers']);
  reengaged('re-1', '2025-04-11');
  contact('c-05', '2025-04-18', 'unacceptable-absence');
  warn('w-2', '2025-04-22', 'c-05', 'I could not be bothered');
  contact('c-06', '2025-04-25', 'attended', ['o-thinking']);
  contact('c-07', '2025-05-02', 'unacceptable-absence');
  log.add('compliance.breachActionTaken', '2025-05-06', {
    breachAction: {
      id: 'b-1',
      on: '2025-05-06',
      to: 'court',
      reason: 'A third missed appointment without a reasonable excuse after two warnings',
      contactIds: ['c-07'],
    },
  });
  log.add('review.triggered', '2025-05-07', {
    reviewId: 'rv-breach',
    on: '2025-05-07',
    trigger: 'non-compliance',
  });
  contact('c-08', '2025-05-09', 'attended', ['o-peers']);
  contact('c-09', '2025-05-16', 'attended', ['o-course']);

  // The court amends the order on breach: the outcome carries the change and applies it.
  log.add('compliance.breachOutcomeRecorded', '2025-05-20', {
    id: 'bo-1',
    breachActionId: 'b-1',
    on: '2025-05-20',
    outcome: 'requirements-amended',
    variation: {
      order: 'youth-rehabilitation-order',
      orderId: 'd-yro',
      on: '2025-05-20',
      by: 'court',
      reason: 'breach',
      added: [{ id: 'req-upw', kind: 'unpaid-work', hours: 30, imposedOnBreach: true }],
      newEndDate: YRO_BREACH_EXAMPLE.orderEndsAsAmended,
    },
  });
  log.add('review.completed', '2025-05-21', {
    reviewId: 'rv-breach',
    outcome: {
      completedOn: '2025-05-21',
      progress: [{ objectiveId: 'o-course', on: '2025-05-21', achievement: 'in-progress' }],
      childViews: {
        inOwnWords: 'I get it now. Saturdays doing unpaid work is worse than coming in.',
        givenOn: '2025-05-21',
      },
      decision: 'revise-plan',
      nextReviewDate: '2025-08-20',
    },
  });
  log.add('plan.revised', '2025-05-22', {
    version: 2,
    on: '2025-05-22',
    reason: 'review',
    plan: planV2,
  });
  agree(2, '2025-05-23');
  log.add('plan.signedOff', '2025-05-23', { version: 2, on: '2025-05-23' }, manager);
  log.add('plan.activated', '2025-05-23', { version: 2, on: '2025-05-23' });
  dad('inv-copy-2', '2025-05-23', { kind: 'plan-copy-given', planVersion: 2 });
  contact('c-10', '2025-05-27', 'attended', ['o-thinking']);
  reengaged('re-2', '2025-05-27');
  for (const [id, date, objective] of [
    ['c-11', '2025-06-03', 'o-peers'],
    ['c-12', '2025-06-10', 'o-course'],
    ['c-13', '2025-06-17', 'o-thinking'],
    ['c-14', '2025-06-24', 'o-peers'],
    ['c-15', '2025-07-01', 'o-course'],
    ['c-16', '2025-07-08', 'o-thinking'],
    ['c-17', '2025-07-15', 'o-peers'],
    ['c-18', '2025-07-22', 'o-course'],
    ['c-19', '2025-07-29', 'o-thinking'],
  ] as const) {
    contact(id, date, 'attended', [objective]);
  }
  done('act-course', '2025-05-30');
  done('act-victim-work', '2025-07-29');
  // A scheduled review: progress, and the plan goes on.
  log.add('review.triggered', '2025-08-18', {
    reviewId: 'rv-2',
    on: '2025-08-18',
    trigger: 'scheduled',
  });
  log.add('review.completed', '2025-08-20', {
    reviewId: 'rv-2',
    outcome: {
      completedOn: '2025-08-20',
      progress: [
        { objectiveId: 'o-course', on: '2025-08-20', achievement: 'improving' },
        { objectiveId: 'o-thinking', on: '2025-08-20', achievement: 'achieved' },
      ],
      childViews: { inOwnWords: 'The course starts in September.', givenOn: '2025-08-20' },
      decision: 'continue',
      nextReviewDate: '2025-11-18',
    },
  });
  for (const [id, date, objective] of [
    ['c-20', '2025-08-26', 'o-peers'],
    ['c-21', '2025-09-02', 'o-course'],
    ['c-22', '2025-09-09', 'o-peers'],
  ] as const) {
    contact(id, date, 'attended', [objective]);
  }
  done('act-boxing', '2025-08-29');

  // A further offence: the court revokes the order and passes a DTO in the same case.
  log.add('history.recorded', '2025-10-06', {
    offences: [
      {
        id: 'off-robbery',
        committedOn: '2025-09-13',
        category: 'robbery',
        plea: 'guilty',
        court: 'youth-court',
        convictedOn: '2025-10-06',
        imprisonable: true,
      },
    ],
  });
  log.add('order.revoked', '2025-10-06', {
    revocation: {
      orderId: 'd-yro',
      revokedOn: '2025-10-06',
      reason: 'further-offence',
      resentence: {
        type: 'detention-and-training-order',
        id: 'd-dto',
        convictionDate: '2025-10-06',
        sentenceDate: '2025-10-06',
        termMonths: 6,
      },
    },
  });
  log.add('review.triggered', '2025-10-07', {
    reviewId: 'rv-new-order',
    on: '2025-10-07',
    trigger: 'new-order',
  });
  log.add('review.completed', '2025-10-15', {
    reviewId: 'rv-new-order',
    outcome: {
      completedOn: '2025-10-15',
      progress: [],
      childViews: {
        inOwnWords: 'I just want to get out and back to college.',
        givenOn: '2025-10-14',
      },
      decision: 'revise-plan',
      nextReviewDate: '2025-12-15',
    },
  });
  log.add('plan.revised', '2025-10-16', {
    version: 3,
    on: '2025-10-16',
    reason: 'new-order',
    plan: planV3,
  });
  agree(3, '2025-10-17');
  log.add('plan.signedOff', '2025-10-17', { version: 3, on: '2025-10-17' }, manager);
  log.add('plan.activated', '2025-10-17', { version: 3, on: '2025-10-17' });
  dad('inv-copy-3', '2025-10-17', { kind: 'plan-copy-given', planVersion: 3 });
  log.add('custody.datesRecorded', '2025-10-20', {
    on: '2025-10-20',
    dates: { orderId: 'd-dto', expectedReleaseDate: '2026-01-06' },
  });
  log.add('contact.recorded', '2025-10-28', {
    contact: {
      id: 'c-23',
      date: '2025-10-28',
      kind: 'home-visit',
      attendance: 'attended',
      objectiveIds: ['o-resettlement'],
      deliveredBy: yos,
    },
  });
  return log.events;
}
