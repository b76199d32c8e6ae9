import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { InterventionPlanInput } from '../../model/plan.js';
import { eventLog } from '../eventLog.js';

/**
 * The remand example: Ellis (a fictional child), 15, charged with robbery, is remanded to local
 * authority accommodation, then granted bail with a YOS bail supervision and support programme.
 * The YOS assesses him and plans the bail work with him and his grandmother; at sentence the court
 * passes a youth rehabilitation order (supervision and an activity requirement), which ends the
 * bail, calls for a review and starts the order's own clock; the plan is revised for the order.
 * Every fact here is invented for teaching.
 *
 * @example
 * ordersInForce(replay(remandExampleEvents()), REMAND_EXAMPLE.onBail); // [] (no sentence yet)
 */
export const REMAND_EXAMPLE = {
  caseId: 'case-ellis',
  childId: 'child-ellis',
  caseManager: 'pr-ash',
  manager: 'pr-manager-lee',
  /** On bail, with the bail plan in force and no sentence yet. */
  onBail: '2025-03-20',
  /** The day of sentence: the order starts, the bail ends. */
  sentencedOn: '2025-04-14',
  /** The order's last day, counted from the sentence. */
  orderEnds: '2026-04-13',
  /** On the order, after the plan revised for it is in force. */
  onOrder: '2025-05-06',
} as const;

const yos = { kind: 'yos', role: 'case-manager' } as const;

const bailPlan: InterventionPlanInput = {
  objectives: [
    {
      id: 'o-school',
      wording: 'Go back to school every day while on bail',
      childWords: 'Get back in school and keep my head down',
      focus: ['desistance'],
      addresses: { factorIds: ['f-school'], strengthIds: ['s-nan'] },
      priority: 1,
      measureOfSuccess: 'Attends 9 days in 10 until the sentencing hearing',
      targetDate: '2025-04-11',
    },
    {
      id: 'o-safety',
      wording: 'Stay safe from the older boys who were with him on the night',
      focus: ['safety-and-wellbeing', 'desistance'],
      addresses: { factorIds: ['f-peers'] },
      priority: 2,
      measureOfSuccess: 'A safety plan made with Ellis and his grandmother, and kept to',
      targetDate: '2025-04-11',
    },
  ],
  actions: [
    {
      id: 'act-bail-sessions',
      objectiveId: 'o-safety',
      description: 'Bail support sessions twice a week: safety planning and the court process',
      owner: yos,
      dueDate: '2025-04-11',
      childTakesPart: true,
    },
    {
      id: 'act-school',
      objectiveId: 'o-school',
      description: 'School inclusion worker sets up a return timetable',
      owner: { kind: 'partner-agency', agency: 'education', name: 'School inclusion team' },
      dueDate: '2025-03-21',
    },
  ],
  plannedContactsPerMonth: 8,
  nextReviewDate: '2025-04-11',
};

/** For the order: the supervision and activity requirement the court set, delivered by the YOS. */
const orderPlan: InterventionPlanInput = {
  ...bailPlan,
  objectives: bailPlan.objectives.map((o) => ({ ...o, targetDate: '2025-09-30' })),
  actions: [
    ...bailPlan.actions.filter((a) => a.id === 'act-school'),
    {
      id: 'act-supervision',
      objectiveId: 'o-safety',
      description: 'Supervision sessions: safety plan, the robbery and its victim',
      owner: yos,
      dueDate: '2025-09-30',
      deliversRequirement: 'req-supervision',
      childTakesPart: true,
    },
    {
      id: 'act-football',
      objectiveId: 'o-school',
      description: 'Football coaching course as the activity requirement',
      owner: { kind: 'yos', role: 'specialist' },
      dueDate: '2025-07-31',
      deliversRequirement: 'req-activity',
      childTakesPart: true,
    },
  ],
  plannedContactsPerMonth: 4,
  nextReviewDate: '2025-07-14',
};

/**
 * The remand example's event log (see {@link REMAND_EXAMPLE}): a case opened on remand to local
 * authority accommodation with the charge on record, bail with bail supervision and support a
 * week later, an assessment and a bail plan agreed with Ellis and his grandmother, bail
 * sessions, then the sentence (`order.made`): a youth rehabilitation order that ends the bail,
 * a review for the new order and the plan revised for it. The case is open at the end.
 *
 * @example
 * const state = replay(remandExampleEvents());
 * ordersInForce(state, REMAND_EXAMPLE.onOrder)[0]?.end; // '2026-04-13'
 */
export function remandExampleEvents(): CaseEventInput[] {
  const { caseManager: ash, manager } = REMAND_EXAMPLE;
  const log = eventLog({ by: ash, idPrefix: 'ellis-e' });
  log.add('case.opened', '2025-02-24', {
    caseId: REMAND_EXAMPLE.caseId,
    openedOn: '2025-02-24',
    caseManager: ash,
    child: {
      id: REMAND_EXAMPLE.childId,
      preferredName: 'Ellis',
      dateOfBirth: '2009-08-02',
      firstLanguage: 'English',
    },
    bailOrRemand: {
      kind: 'remand-local-authority',
      id: 'rem-1',
      decidedOn: '2025-02-24',
      nextHearingOn: '2025-03-03',
      designatedAuthority: 'Northtown Council',
      offenceIds: ['off-robbery'],
    },
    people: [
      { id: 'pc-nan', role: 'carer', relationship: 'grandmother', parentalResponsibility: true },
    ],
    offences: [
      {
        id: 'off-robbery',
        committedOn: '2025-02-21',
        category: 'robbery',
        // Charged: no plea entered yet.
        plea: 'none',
        court: 'youth-court',
        imprisonable: true,
      },
    ],
    earlierDisposals: [],
  });
  log.add('bailOrRemand.decided', '2025-03-03', {
    bailOrRemand: {
      kind: 'bail-supervision-and-support',
      id: 'bail-1',
      decidedOn: '2025-03-03',
      nextHearingOn: '2025-04-14',
      offenceIds: ['off-robbery'],
      conditions: ['Live with his grandmother', 'Attend the bail support programme'],
    },
  });
  const nan = (id: string, on: string, record: Record<string, unknown>) =>
    log.add('involvement.recorded', on, {
      record: { id, personId: 'pc-nan', on, ...record } as never,
    });
  log.add('assessment.started', '2025-03-04', { assessmentId: 'a-1', on: '2025-03-04' });
  nan('inv-1', '2025-03-04', { kind: 'invited', meeting: 'assessment' });
  nan('inv-2', '2025-03-06', { kind: 'attended', meeting: 'assessment' });
  nan('inv-3', '2025-03-06', {
    kind: 'views-recorded',
    views: { inOwnWords: 'He is a good lad when he is away from that lot', givenOn: '2025-03-06' },
  });
  log.add('assessment.submitted', '2025-03-10', {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: '2025-03-10',
      completedBy: ash,
      factors: [
        {
          id: 'f-school',
          domain: 'education-training-employment',
          description: 'Out of school for most of the term',
          bearsOn: ['desistance'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-peers',
          domain: 'lifestyle',
          description: 'Pressured by older boys who were with him on the night',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
      ],
      strengths: [
        {
          id: 's-nan',
          kind: 'protective-factor',
          domain: 'family-and-relationships',
          description: 'His grandmother keeps a close eye and gets him to school',
        },
      ],
      ratings: {
        likelihoodOfReoffending: 'medium',
        safetyAndWellbeing: 'medium',
        riskOfSeriousHarm: 'low',
      },
      interventionLevel: 'enhanced',
      interventionLevelRationale: 'On bail for a robbery, with exploitation concerns',
      childViews: { inOwnWords: 'I just want it over with.', givenOn: '2025-03-07' },
    },
  });
  log.add('assessment.signedOff', '2025-03-11', { assessmentId: 'a-1', on: '2025-03-11' }, manager);
  nan('inv-4', '2025-03-11', { kind: 'invited', meeting: 'planning-meeting' });
  log.add('plan.drafted', '2025-03-12', { version: 1, on: '2025-03-12', plan: bailPlan });
  nan('inv-5', '2025-03-13', { kind: 'attended', meeting: 'planning-meeting', planVersion: 1 });
  const agree = (version: number, on: string) => {
    log.add('plan.agreementRecorded', on, {
      planVersion: version,
      party: { kind: 'child' },
      status: 'agreed',
      requirementsExplained: true,
      consequencesExplained: true,
      recordedBy: ash,
      recordedOn: on,
    });
    log.add('plan.agreementRecorded', on, {
      planVersion: version,
      party: { kind: 'parent-carer', personId: 'pc-nan' },
      status: 'agreed',
      recordedBy: ash,
      recordedOn: on,
    });
    nan(`inv-agree-${version}`, on, { kind: 'plan-agreement', planVersion: version, agreed: true });
  };
  agree(1, '2025-03-13');
  log.add('plan.signedOff', '2025-03-14', { version: 1, on: '2025-03-14' }, manager);
  log.add('plan.activated', '2025-03-14', { version: 1, on: '2025-03-14' });
  nan('inv-copy-1', '2025-03-14', { kind: 'plan-copy-given', planVersion: 1 });
  const contact = (id: string, date: string, objectiveIds: string[]) =>
    log.add('contact.recorded', date, {
      contact: {
        id,
        date,
        kind: 'supervision',
        attendance: 'attended',
        objectiveIds,
        deliveredBy: yos,
      },
    });
  contact('c-01', '2025-03-17', ['o-safety']);
  contact('c-02', '2025-03-20', ['o-school']);
  contact('c-03', '2025-03-24', ['o-safety']);
  contact('c-04', '2025-03-27', ['o-school']);
  contact('c-05', '2025-03-31', ['o-safety']);
  contact('c-06', '2025-04-03', ['o-school']);
  contact('c-07', '2025-04-07', ['o-safety']);
  contact('c-08', '2025-04-10', ['o-school']);
  log.add('action.statusChanged', '2025-03-21', {
    actionId: 'act-school',
    on: '2025-03-21',
    status: 'done',
  });

  // Sentence: a youth rehabilitation order; the bail ends with it.
  log.add('order.made', REMAND_EXAMPLE.sentencedOn, {
    disposal: {
      id: 'd-yro',
      type: 'youth-rehabilitation-order',
      convictionDate: '2025-04-14',
      sentenceDate: REMAND_EXAMPLE.sentencedOn,
      endDate: REMAND_EXAMPLE.orderEnds,
      requirements: [
        { id: 'req-supervision', kind: 'supervision' },
        { id: 'req-activity', kind: 'activity', days: 20 },
      ],
    },
  });
  log.add('review.triggered', '2025-04-15', {
    reviewId: 'rv-sentence',
    on: '2025-04-15',
    trigger: 'new-order',
  });
  log.add('review.completed', '2025-04-22', {
    reviewId: 'rv-sentence',
    outcome: {
      completedOn: '2025-04-22',
      progress: [{ objectiveId: 'o-school', on: '2025-04-22', achievement: 'improving' }],
      childViews: { inOwnWords: 'At least I know what happens now.', givenOn: '2025-04-22' },
      decision: 'revise-plan',
      nextReviewDate: '2025-07-14',
    },
  });
  log.add('plan.revised', '2025-04-23', {
    version: 2,
    on: '2025-04-23',
    reason: 'new-order',
    plan: orderPlan,
  });
  agree(2, '2025-04-24');
  log.add('plan.signedOff', '2025-04-24', { version: 2, on: '2025-04-24' }, manager);
  log.add('plan.activated', '2025-04-24', { version: 2, on: '2025-04-24' });
  nan('inv-copy-2', '2025-04-24', { kind: 'plan-copy-given', planVersion: 2 });
  contact('c-09', '2025-04-28', ['o-safety']);
  contact('c-10', '2025-05-05', ['o-school']);
  return log.events;
}
