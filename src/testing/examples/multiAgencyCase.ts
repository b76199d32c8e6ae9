import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { CaseMeetingInput } from '../../model/agencies.js';
import type { Contact } from '../../model/delivery.js';
import type { Agency } from '../../model/owner.js';
import type { InterventionPlanInput } from '../../model/plan.js';
import { eventLog } from '../eventLog.js';

/**
 * The multi-agency example: Jade (a fictional young woman), 17, on a 12-month youth
 * rehabilitation order (supervision and an activity requirement) for repeated shoplifting in
 * the city centre and pushing over a shop worker who stopped her. She has been sofa-surfing
 * since leaving her mother's home after rows, uses cannabis and ketamine, has self-harmed, and
 * the police suspect older men of getting her to steal to order. She holds a Level 1
 * hairdressing certificate and wants to work in a salon. Her order runs six months past her
 * 18th birthday, so the case is handed over to the Probation Service. Every fact here is
 * invented for teaching.
 *
 * The story, after the sentence planning panel of the probation case study: a planning meeting
 * with five agencies the week after sentence agrees the actions in order of priority (somewhere
 * safe to live first; her drug and mental health first appointments; the police watching the
 * men; victim work and the salon once she is settled); each agency gets its own copy of the
 * plan, under consent or a statutory gateway. She becomes looked after in May and the plan is
 * aligned with her care plan; a review meeting at 12 weeks brings in the college and the careers
 * service; a three-way meeting with her new probation practitioner before her birthday plans the
 * hand-over, which happens on her 18th birthday and ends in `handoverPlan`. The case checks
 * clean at closure (`MULTI_AGENCY_EXAMPLE.asOfClosed`).
 *
 * @example
 * const state = replay(multiAgencyExampleEvents());
 * checkCase(state, { asOf: MULTI_AGENCY_EXAMPLE.asOfClosed }); // []
 * planView(state, 'agency', { agency: 'education', asOf: '2026-06-10' }).objectives.map((o) => o.id); // ['o-hair']
 */
export const MULTI_AGENCY_EXAMPLE = {
  caseId: 'case-jade',
  childId: 'child-jade',
  caseManager: 'pr-mo',
  manager: 'pr-manager-ana',
  /** The planning meeting with five agencies (a Friday, the week after sentence). */
  planningMeetingOn: '2026-03-13',
  /** A date during delivery of plan version 1 (before she became looked after). */
  asOfDuringDelivery: '2026-04-15',
  /** The review meeting at 12 weeks. */
  reviewMeetingOn: '2026-06-05',
  /** A date after plan version 2 was sent to the agencies. */
  asOfAfterReview: '2026-06-12',
  /** Her 18th birthday: the day the Probation Service takes over. */
  handedOverOn: '2026-09-14',
  /** A date after closure, for checks of the final state. */
  asOfClosed: '2026-10-30',
  /** The order's last day. */
  orderEnds: '2027-03-01',
} as const;

type ObjectiveInput = InterventionPlanInput['objectives'][number];
type ActionInput = InterventionPlanInput['actions'][number];

const yos = { kind: 'yos', role: 'case-manager' } as const;
const agency = (a: Agency, name: string) => ({ kind: 'partner-agency', agency: a, name }) as const;
const HOUSING = agency('housing', 'Housing options, 16-17 team');
const SOCIAL_CARE = agency('social-care', 'Children’s social care');
const DRUG_SERVICE = agency('substance-misuse', 'Young people’s drug and alcohol service');
const CAMHS = agency('mental-health', 'CAMHS');
const POLICE = agency('police', 'Police exploitation team');
const CAREERS = agency('employment-and-training', 'Careers service');
const COLLEGE = agency('education', 'City college hair and beauty department');

/** Who may see an item: the child and her mother, and the agencies named. */
const shared = (...agencies: Agency[]) => ({ agencies }) as const;

/** The plan's objectives and actions; version 2 adds probation to who may see what it needs. */
function planParts(withProbation: boolean) {
  const plus = (...agencies: Agency[]): Agency[] =>
    withProbation ? [...agencies, 'probation'] : agencies;
  const objectives: ObjectiveInput[] = [
    {
      id: 'o-home',
      wording: 'Move into safe, settled accommodation',
      childWords: 'Somewhere I can stay where I feel safe',
      focus: ['safety-and-wellbeing', 'desistance'],
      addresses: { factorIds: ['f-home'], strengthIds: ['s-mum'] },
      priority: 1,
      measureOfSuccess: 'Living at one supported address for 8 weeks',
      targetDate: withProbation ? '2026-07-24' : '2026-05-29',
      visibility: shared(...plus('housing', 'social-care')),
    },
    {
      id: 'o-safe',
      wording: 'Keep Jade safe and well',
      childWords: 'Feel safe and look after myself',
      focus: ['safety-and-wellbeing'],
      addresses: { factorIds: ['f-selfharm', 'f-exploitation'], strengthIds: [] },
      priority: 2,
      measureOfSuccess: 'A CAMHS safety plan in use; no missing episodes for 8 weeks',
      targetDate: '2026-08-28',
      visibility: shared(...plus('mental-health', 'police', 'social-care')),
    },
    {
      id: 'o-drugs',
      wording: 'Stop using ketamine and cut down cannabis',
      childWords: 'Stop the ket and cut down the weed',
      focus: ['safety-and-wellbeing', 'desistance'],
      addresses: { factorIds: ['f-drugs'], strengthIds: [] },
      priority: 3,
      measureOfSuccess: 'No ketamine and cannabis at weekends only, by her own account and tests',
      targetDate: '2026-08-28',
      visibility: {
        parentsCarers: false,
        agencies: plus('substance-misuse', 'social-care'),
        withheldReason:
          'Jade asked that her mother is not told about her drug use; she is 17 and understands the decision',
      },
    },
    {
      id: 'o-harm',
      wording: 'Understand the harm done to the shop worker and put it right',
      childWords: 'Say sorry to the woman I pushed',
      focus: ['safety-of-others', 'desistance'],
      addresses: { factorIds: ['f-violence'], strengthIds: [] },
      priority: 4,
      measureOfSuccess: 'Completes the victim awareness sessions and the letter of apology',
      targetDate: '2026-07-31',
      visibility: shared(...plus('police', 'social-care')),
    },
    {
      id: 'o-hair',
      wording: 'Get back into hairdressing training',
      childWords: 'Do my Level 2 and work in a salon',
      focus: ['desistance'],
      addresses: { factorIds: ['f-ete'], strengthIds: ['s-hair'] },
      priority: 5,
      dependsOn: ['o-home'],
      measureOfSuccess: 'A place on a Level 2 hairdressing course from September',
      targetDate: '2026-07-31',
      visibility: shared(...plus('employment-and-training', 'education', 'social-care')),
    },
  ];
  const actions: ActionInput[] = [
    {
      id: 'act-housing-assessment',
      objectiveId: 'o-home',
      description: 'Joint homelessness assessment by housing and children’s social care',
      owner: HOUSING,
      dueDate: '2026-03-20',
      childTakesPart: true,
      visibility: shared(...plus('housing', 'social-care')),
    },
    {
      id: 'act-accommodation',
      objectiveId: 'o-home',
      description: 'Find a place in supported accommodation for young people',
      owner: SOCIAL_CARE,
      dueDate: '2026-05-29',
      continuingService: true,
      visibility: shared(...plus('housing', 'social-care')),
    },
    {
      id: 'act-bus-pass',
      objectiveId: 'o-home',
      description: 'A bus pass for the first four weeks, to get to every appointment',
      owner: yos,
      dueDate: '2026-03-18',
      visibility: shared(...plus('social-care')),
    },
    {
      id: 'act-camhs',
      objectiveId: 'o-safe',
      description: 'CAMHS assessment of the self-harm, with a safety plan',
      owner: CAMHS,
      dueDate: '2026-04-03',
      childTakesPart: true,
      visibility: shared(...plus('mental-health', 'social-care')),
    },
    {
      id: 'act-girls-group',
      objectiveId: 'o-safe',
      description:
        'Weekly girls’ group at the women’s centre: healthy relationships and staying safe',
      owner: { kind: 'yos', role: 'specialist' },
      startsOn: '2026-03-23',
      dueDate: '2026-08-28',
      deliversRequirement: 'req-activity',
      visibility: shared(...plus('social-care')),
    },
    {
      id: 'act-police-intelligence',
      objectiveId: 'o-safe',
      description:
        'Gather and share intelligence about the men suspected of getting Jade to steal to order',
      owner: POLICE,
      dueDate: '2026-08-28',
      continuingService: true,
      visibility: {
        child: false,
        parentsCarers: false,
        agencies: plus('police', 'social-care'),
        withheldReason: 'Police intelligence: sharing it could put Jade at risk',
      },
    },
    {
      id: 'act-drug-review',
      objectiveId: 'o-drugs',
      description: 'Meet the drug and alcohol worker straight after the meeting and agree a plan',
      owner: DRUG_SERVICE,
      dueDate: '2026-03-20',
      childTakesPart: true,
      visibility: {
        parentsCarers: false,
        agencies: plus('substance-misuse', 'social-care'),
        withheldReason: 'Jade’s wish: her drug use is not shared with her mother',
      },
    },
    {
      id: 'act-drug-sessions',
      objectiveId: 'o-drugs',
      description: 'Fortnightly sessions with the drug and alcohol worker',
      owner: DRUG_SERVICE,
      startsOn: '2026-03-23',
      dueDate: '2026-08-28',
      childTakesPart: true,
      continuingService: true,
      visibility: {
        parentsCarers: false,
        agencies: plus('substance-misuse', 'social-care'),
        withheldReason: 'Jade’s wish: her drug use is not shared with her mother',
      },
    },
    {
      id: 'act-supervision',
      objectiveId: 'o-harm',
      description: 'Weekly supervision with the case manager, including victim awareness',
      owner: yos,
      dueDate: '2026-09-11',
      deliversRequirement: 'req-supervision',
      visibility: shared(...plus('social-care')),
    },
    {
      id: 'act-letter',
      objectiveId: 'o-harm',
      description: 'Write a letter of apology, passed to the shop worker by the victim worker',
      childWords: 'Write to her to say sorry',
      owner: { kind: 'child' },
      startsOn: '2026-05-04',
      dueDate: '2026-07-03',
      visibility: shared(...plus('police', 'social-care')),
    },
    {
      id: 'act-careers',
      objectiveId: 'o-hair',
      description: 'Careers adviser explores a Level 2 hairdressing course, once she is settled',
      owner: CAREERS,
      startsOn: '2026-06-08',
      dueDate: '2026-07-17',
      childTakesPart: true,
      visibility: shared(...plus('employment-and-training', 'education', 'social-care')),
    },
  ];
  return { objectives, actions };
}

/** The contingency plan: the victim's safety is a response only the police (and later probation) see. */
function contingency(withProbation: boolean): InterventionPlanInput['contingency'] {
  const plus = (...agencies: Agency[]): Agency[] =>
    withProbation ? [...agencies, 'probation'] : agencies;
  return {
    signs: [
      'Missing overnight or not at her placement',
      'Talks about hurting herself, or fresh injuries',
      'Seen with the men the police are concerned about',
    ],
    responses: [
      {
        response: 'Case manager and social worker hold a strategy discussion the same day',
        owner: SOCIAL_CARE,
      },
      { response: 'Use the safety plan and the CAMHS crisis line', owner: CAMHS },
      {
        response:
          'If Jade is seen near the shop where the victim works, the police tell the victim worker the same day, who tells the victim',
        owner: POLICE,
        visibility: {
          child: false,
          parentsCarers: false,
          agencies: plus('police'),
          victimInformation: true,
        },
      },
    ],
    visibility: shared(...plus('social-care', 'mental-health', 'police')),
  };
}

/** Risk information recorded with the plan, each note shared only with who needs it. */
function riskNotes(withProbation: boolean): InterventionPlanInput['riskNotes'] {
  const plus = (...agencies: Agency[]): Agency[] =>
    withProbation ? [...agencies, 'probation'] : agencies;
  return [
    {
      id: 'rn-intelligence',
      about: 'intelligence',
      note: 'Two older men are seen collecting Jade in the city centre and taking goods from her',
      visibility: {
        child: false,
        parentsCarers: false,
        agencies: plus('police', 'social-care'),
        withheldReason: 'Police intelligence',
      },
    },
    {
      id: 'rn-victim',
      about: 'victim-safety',
      note: 'The shop worker Jade pushed still works at the high street store and fears meeting her',
      visibility: {
        child: false,
        parentsCarers: false,
        agencies: plus('police'),
        victimInformation: true,
      },
    },
  ];
}

const planV1: InterventionPlanInput = {
  ...planParts(false),
  contingency: contingency(false),
  riskNotes: riskNotes(false),
  addressedElsewhere: [
    {
      factorId: 'f-family',
      agency: 'social-care',
      plan: 'Child in need plan',
      linkedPlanId: 'ap-cin',
    },
  ],
  plannedContactsPerMonth: 12,
  nextReviewDate: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
  childViews:
    'If I have somewhere to live I can do the rest. I don’t want my mum knowing about the drugs.',
};

const planV2: InterventionPlanInput = (() => {
  const parts = planParts(true);
  const college: ActionInput = {
    id: 'act-college',
    objectiveId: 'o-hair',
    description: 'Apply for the Level 2 hairdressing course starting in September',
    owner: COLLEGE,
    startsOn: '2026-06-15',
    dueDate: '2026-07-31',
    childTakesPart: true,
    visibility: shared('employment-and-training', 'education', 'social-care', 'probation'),
  };
  return {
    objectives: parts.objectives,
    actions: [...parts.actions, college],
    contingency: contingency(true),
    riskNotes: riskNotes(true),
    addressedElsewhere: [
      {
        factorId: 'f-family',
        agency: 'social-care',
        plan: 'Pathway plan',
        linkedPlanId: 'ap-pathway',
      },
    ],
    plannedContactsPerMonth: 12,
    nextReviewDate: '2026-09-04',
    exitPlan: {
      continuingServices: [
        { agency: 'social-care', description: 'Personal adviser under her pathway plan' },
        { agency: 'mental-health', description: 'CAMHS to adult mental health transition' },
      ],
      transitionToAdultServices: {
        agency: 'probation',
        plannedOn: MULTI_AGENCY_EXAMPLE.handedOverOn,
        notes: 'A three-way meeting with her probation practitioner in August',
      },
    },
    childViews: 'Happy with the course. Nervous about probation but I want to meet her first.',
  };
})();

/** The five agencies at the planning meeting, and the two that join at the review. */
const FIRST_FIVE: readonly Agency[] = [
  'social-care',
  'housing',
  'substance-misuse',
  'mental-health',
  'police',
];
const JOINING: readonly Agency[] = ['employment-and-training', 'education'];

/**
 * The multi-agency example's event log (see {@link MULTI_AGENCY_EXAMPLE}): a 12-month youth
 * rehabilitation order opened for a 17-year-old, a planning meeting with five agencies, a plan
 * whose items are shared agency by agency, copies under a recorded lawful basis, a review
 * meeting, and the hand-over to probation at 18 with the review after it, to closure.
 *
 * @example
 * const state = replay(multiAgencyExampleEvents());
 * handoverPlan(state, { asOf: MULTI_AGENCY_EXAMPLE.handedOverOn }).sentencePlan.objectives.length; // 5
 */
export function multiAgencyExampleEvents(): CaseEventInput[] {
  const { caseManager: mo, manager } = MULTI_AGENCY_EXAMPLE;
  const log = eventLog({ by: mo, idPrefix: 'ma-e' });
  const contact = (
    id: string,
    date: string,
    kind: Contact['kind'],
    objectiveIds: string[],
    deliveredBy: Contact['deliveredBy'] = yos,
  ) =>
    log.add('contact.recorded', date, {
      contact: { id, date, kind, attendance: 'attended', objectiveIds, deliveredBy },
    });
  const action = (actionId: string, on: string, status: 'in-progress' | 'done') =>
    log.add('action.statusChanged', on, { actionId, on, status });
  const basis = (a: Agency, from: string, gateway?: string) =>
    log.add('sharing.basisRecorded', from, {
      basis: gateway
        ? { id: `sb-${a}`, agency: a, basis: 'statutory-gateway', gateway, from }
        : { id: `sb-${a}`, agency: a, basis: 'consent', consentBy: { kind: 'child' }, from },
    });
  const copy = (a: Agency, on: string, planVersion: number, meetingId: string) =>
    log.add('agency.copySent', on, { agency: a, on, planVersion, meetingId });
  const mum = (record: Record<string, unknown>) =>
    log.add(
      'involvement.recorded',
      record.on as string,
      {
        record: { personId: 'pc-mum', ...record },
      } as never,
    );

  // Opening and assessment.
  log.add('case.opened', '2026-03-02', {
    caseId: MULTI_AGENCY_EXAMPLE.caseId,
    openedOn: '2026-03-02',
    caseManager: mo,
    child: {
      id: MULTI_AGENCY_EXAMPLE.childId,
      preferredName: 'Jade',
      dateOfBirth: '2008-09-14',
      firstLanguage: 'English',
    },
    disposal: {
      id: 'd-yro',
      type: 'youth-rehabilitation-order',
      convictionDate: '2026-02-16',
      sentenceDate: '2026-03-02',
      endDate: MULTI_AGENCY_EXAMPLE.orderEnds,
      requirements: [
        { id: 'req-supervision', kind: 'supervision' },
        {
          id: 'req-activity',
          kind: 'activity',
          days: 30,
          description: 'Girls’ group at the women’s centre',
        },
      ],
    },
    people: [
      { id: 'pc-mum', role: 'parent', relationship: 'mother', parentalResponsibility: true },
    ],
  });
  log.add('assessment.started', '2026-03-03', { assessmentId: 'a-1', on: '2026-03-03' });
  contact('c-01', '2026-03-03', 'supervision', []);
  log.add('victim.recorded', '2026-03-04', {
    victim: { id: 'v-shop-worker', kind: 'person', safetyConcerns: true },
    on: '2026-03-04',
  });
  log.add('agencyPlan.linked', '2026-03-04', {
    plan: {
      id: 'ap-cin',
      kind: 'child-in-need-plan',
      agency: 'social-care',
      lead: 'ext-sw-patel',
      startedOn: '2026-02-20',
      nextReviewOn: '2026-05-20',
    },
  });
  mum({ kind: 'invited', id: 'inv-1', on: '2026-03-05', meeting: 'assessment' });
  mum({ kind: 'attended', id: 'inv-2', on: '2026-03-06', meeting: 'assessment' });
  log.add('assessment.submitted', '2026-03-10', {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: '2026-03-10',
      completedBy: mo,
      factors: [
        {
          id: 'f-home',
          domain: 'living-arrangements',
          description: 'Sofa-surfing with friends since leaving her mother’s home in January',
          bearsOn: ['safety-and-wellbeing', 'desistance'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-drugs',
          domain: 'substance-use',
          description: 'Daily cannabis and ketamine at weekends; steals to pay for it',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-selfharm',
          domain: 'emotional-mental-health',
          description: 'Has cut herself when distressed; not known to CAMHS',
          bearsOn: ['safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-exploitation',
          domain: 'exploitation-and-victimisation',
          description: 'Older men are suspected of getting her to steal to order',
          bearsOn: ['safety-and-wellbeing', 'desistance'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-violence',
          domain: 'offending-behaviour',
          description: 'Pushed a shop worker to the ground when stopped with stolen goods',
          bearsOn: ['serious-harm', 'desistance'],
          stability: 'stable',
          significance: 'medium',
        },
        {
          id: 'f-family',
          domain: 'family-and-relationships',
          description: 'Rows with her mother; left home after one in January',
          bearsOn: ['safety-and-wellbeing'],
          stability: 'stable',
          significance: 'medium',
        },
        {
          id: 'f-ete',
          domain: 'education-training-employment',
          description: 'Left college in the autumn',
          bearsOn: ['desistance'],
          stability: 'stable',
          significance: 'medium',
        },
      ],
      strengths: [
        {
          id: 's-hair',
          kind: 'strength',
          domain: 'education-training-employment',
          description: 'Holds a Level 1 hairdressing certificate and wants to work in a salon',
        },
        {
          id: 's-mum',
          kind: 'protective-factor',
          domain: 'family-and-relationships',
          description: 'Her mother wants to help and keeps in touch',
        },
      ],
      ratings: {
        likelihoodOfReoffending: 'high',
        safetyAndWellbeing: 'high',
        riskOfSeriousHarm: 'medium',
      },
      interventionLevel: 'intensive',
      childViews: {
        inOwnWords: 'I need somewhere to live first. Then I want to get back to hairdressing.',
        givenOn: '2026-03-09',
      },
      parentCarerViews: [
        {
          personId: 'pc-mum',
          views: {
            inOwnWords: 'I want her safe. She can come home when things calm down.',
            givenOn: '2026-03-06',
          },
        },
      ],
    },
  });
  log.add('assessment.signedOff', '2026-03-11', { assessmentId: 'a-1', on: '2026-03-11' }, manager);

  // The lawful basis for sharing with each agency at the planning meeting.
  const gateway = 'Crime and Disorder Act 1998 s.115';
  basis('social-care', '2026-03-11', `${gateway}; Children Act 2004 s.11`);
  basis('police', '2026-03-11', gateway);
  basis('housing', '2026-03-11');
  basis('substance-misuse', '2026-03-11');
  basis('mental-health', '2026-03-11');
  mum({ kind: 'invited', id: 'inv-3', on: '2026-03-11', meeting: 'planning-meeting' });

  // The planning meeting: five agencies, actions agreed in order of priority.
  const chair = { kind: 'yos', practitionerId: mo } as const;
  const planningMeeting: CaseMeetingInput = {
    id: 'm-planning',
    kind: 'planning-meeting',
    on: MULTI_AGENCY_EXAMPLE.planningMeetingOn,
    chair,
    invited: [
      { kind: 'child' },
      { kind: 'parent-carer', personId: 'pc-mum' },
      ...FIRST_FIVE.map((a) => ({ kind: 'agency' as const, agency: a })),
    ],
    attended: [
      { kind: 'child' },
      { kind: 'parent-carer', personId: 'pc-mum' },
      chair,
      { kind: 'agency', agency: 'social-care', practitionerId: 'ext-sw-patel' },
      { kind: 'agency', agency: 'housing', practitionerId: 'ext-housing-lee' },
      { kind: 'agency', agency: 'substance-misuse', practitionerId: 'ext-drugs-ali' },
      { kind: 'agency', agency: 'mental-health', practitionerId: 'ext-camhs-rees' },
      { kind: 'agency', agency: 'police', practitionerId: 'ext-police-shaw' },
    ],
    decisions: [
      'Somewhere safe to live comes first; other work fits around it',
      'The hand-over to probation at 18 is planned from now',
      'Victim work and the hairdressing course once she is settled',
    ],
    actionsAgreed: [
      {
        actionId: 'act-housing-assessment',
        priority: 1,
        description: 'Joint homelessness assessment this week',
        owner: HOUSING,
        dueDate: '2026-03-20',
      },
      {
        actionId: 'act-accommodation',
        priority: 2,
        description: 'Supported accommodation found',
        owner: SOCIAL_CARE,
        dueDate: '2026-05-29',
      },
      {
        actionId: 'act-drug-review',
        priority: 3,
        description: 'Drug worker meets Jade straight after the meeting',
        owner: DRUG_SERVICE,
        dueDate: '2026-03-20',
      },
      {
        actionId: 'act-camhs',
        priority: 4,
        description: 'CAMHS assessment and safety plan',
        owner: CAMHS,
        dueDate: '2026-04-03',
      },
      {
        actionId: 'act-bus-pass',
        priority: 5,
        description: 'Bus pass for the first four weeks',
        owner: yos,
        dueDate: '2026-03-18',
      },
      {
        actionId: 'act-police-intelligence',
        priority: 6,
        description: 'Police intelligence on the men',
        owner: POLICE,
      },
      {
        actionId: 'act-careers',
        priority: 7,
        description: 'Careers adviser, once she is settled',
        owner: CAREERS,
        startsOn: '2026-06-08',
      },
    ],
    nextMeetingOn: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
  };
  log.add('meeting.held', MULTI_AGENCY_EXAMPLE.planningMeetingOn, { meeting: planningMeeting });
  mum({
    kind: 'attended',
    id: 'inv-4',
    on: MULTI_AGENCY_EXAMPLE.planningMeetingOn,
    meeting: 'planning-meeting',
    planVersion: 1,
  });
  log.add('case.leadProfessionalNamed', '2026-03-13', {
    on: '2026-03-13',
    lead: { kind: 'yos', practitionerId: mo },
  });
  log.add('transition.decided', '2026-03-13', {
    on: '2026-03-13',
    decision: 'transfer',
    reason: 'The order runs to March 2027, six months past her 18th birthday',
    plannedTransferOn: MULTI_AGENCY_EXAMPLE.handedOverOn,
  });

  // Plan version 1: drafted, agreed, signed off, active; each agency sent its copy.
  log.add('plan.drafted', '2026-03-16', { version: 1, on: '2026-03-16', plan: planV1 });
  log.add('plan.agreementRecorded', '2026-03-17', {
    planVersion: 1,
    party: { kind: 'child' },
    status: 'agreed',
    requirementsExplained: true,
    consequencesExplained: true,
    recordedBy: mo,
    recordedOn: '2026-03-17',
  });
  log.add('plan.agreementRecorded', '2026-03-17', {
    planVersion: 1,
    party: { kind: 'parent-carer', personId: 'pc-mum' },
    status: 'agreed',
    recordedBy: mo,
    recordedOn: '2026-03-17',
  });
  log.add('plan.signedOff', '2026-03-18', { version: 1, on: '2026-03-18' }, manager);
  log.add('plan.activated', '2026-03-18', { version: 1, on: '2026-03-18' });
  action('act-bus-pass', '2026-03-18', 'done');
  for (const a of FIRST_FIVE) copy(a, '2026-03-18', 1, 'm-planning');
  mum({ kind: 'plan-copy-given', id: 'inv-5', on: '2026-03-18', planVersion: 1 });

  // Delivery: referrals first, in the agreed order.
  const referral = (referralId: string, on: string, a: Agency, service: string, actionId: string) =>
    log.add('referral.made', on, { referralId, on, agency: a, service, actionId });
  const referralStatus = (
    referralId: string,
    on: string,
    status: 'accepted' | 'started' | 'completed' | 'waiting-list',
  ) => log.add('referral.updated', on, { referralId, on, status });
  referral('r-housing', '2026-03-18', 'housing', HOUSING.name, 'act-housing-assessment');
  referral('r-drugs', '2026-03-18', 'substance-misuse', DRUG_SERVICE.name, 'act-drug-review');
  referral('r-camhs', '2026-03-18', 'mental-health', CAMHS.name, 'act-camhs');
  contact('c-02', '2026-03-19', 'supervision', ['o-home', 'o-harm']);
  referralStatus('r-housing', '2026-03-19', 'started');
  referralStatus('r-drugs', '2026-03-19', 'started');
  referralStatus('r-camhs', '2026-03-19', 'accepted');
  log.add('victim.contacted', '2026-03-20', {
    victimId: 'v-shop-worker',
    on: '2026-03-20',
    outcome: 'contacted',
    wishes: 'kept-informed',
  });
  log.add('victim.restorativeJusticeOffered', '2026-03-20', {
    victimId: 'v-shop-worker',
    on: '2026-03-20',
    response: 'considering',
  });
  action('act-housing-assessment', '2026-03-20', 'done');
  referralStatus('r-housing', '2026-03-20', 'completed');
  action('act-drug-review', '2026-03-20', 'done');
  action('act-accommodation', '2026-03-20', 'in-progress');
  mum({ kind: 'support-offered', id: 'inv-6', on: '2026-03-20', support: 'family-support' });
  mum({ kind: 'support-accepted', id: 'inv-7', on: '2026-03-20', support: 'family-support' });

  // Weekly supervision and the girls' group; CAMHS and the drug service alongside.
  const weeks = [
    '2026-03-26',
    '2026-04-02',
    '2026-04-09',
    '2026-04-16',
    '2026-04-23',
    '2026-04-30',
    '2026-05-07',
    '2026-05-14',
    '2026-05-21',
    '2026-05-28',
  ];
  weeks.forEach((d, i) => {
    contact(`c-s${i + 1}`, d, 'supervision', ['o-harm', 'o-home']);
    contact(`c-g${i + 1}`, d, 'intervention-session', ['o-safe'], {
      kind: 'yos',
      role: 'specialist',
    });
    if (d === '2026-04-02') {
      referralStatus('r-camhs', d, 'started');
      action('act-camhs', d, 'done');
      log.add('agencyPlan.linked', d, {
        plan: {
          id: 'ap-camhs',
          kind: 'camhs-plan',
          agency: 'mental-health',
          lead: 'ext-camhs-rees',
          startedOn: d,
        },
      });
    }
    if (d === '2026-04-30') {
      log.add('victim.restorativeJusticeOffered', d, {
        victimId: 'v-shop-worker',
        on: d,
        response: 'accepted',
        approach: 'letter',
      });
    }
  });

  // She becomes looked after: the child in need plan gives way to a care plan and a pathway plan.
  log.add('agencyPlan.ended', '2026-05-26', {
    planId: 'ap-cin',
    on: '2026-05-26',
    reason: 'Accommodated by the local authority (Children Act 1989 s.20)',
  });
  log.add('agencyPlan.linked', '2026-05-26', {
    plan: {
      id: 'ap-care',
      kind: 'care-plan',
      agency: 'social-care',
      lead: 'ext-sw-patel',
      startedOn: '2026-05-26',
      nextReviewOn: '2026-06-19',
    },
  });
  action('act-accommodation', '2026-05-26', 'done');
  log.add('review.triggered', '2026-05-26', {
    reviewId: 'rv-1',
    on: '2026-05-26',
    trigger: 'change-of-placement-or-accommodation',
    dueBy: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
    detail: 'Moved into supported accommodation, looked after by the local authority',
  });

  // The review meeting at 12 weeks: the college and the careers service join.
  basis('employment-and-training', '2026-06-01');
  basis('education', '2026-06-01');
  mum({ kind: 'invited', id: 'inv-8', on: '2026-06-01', meeting: 'review', reviewId: 'rv-1' });
  const reviewMeeting: CaseMeetingInput = {
    id: 'm-review',
    kind: 'planning-meeting',
    on: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
    chair,
    invited: [
      { kind: 'child' },
      { kind: 'parent-carer', personId: 'pc-mum' },
      ...[...FIRST_FIVE, ...JOINING].map((a) => ({ kind: 'agency' as const, agency: a })),
    ],
    attended: [
      { kind: 'child' },
      { kind: 'parent-carer', personId: 'pc-mum' },
      chair,
      ...[...FIRST_FIVE, ...JOINING].map((a) => ({ kind: 'agency' as const, agency: a })),
    ],
    decisions: [
      'Settled in supported accommodation: the hairdressing course can start',
      'The plan is shared with probation, for the hand-over, once a basis is recorded',
    ],
    actionsAgreed: [
      {
        actionId: 'act-careers',
        priority: 1,
        description: 'Careers adviser now',
        owner: CAREERS,
        startsOn: '2026-06-08',
        dueDate: '2026-07-17',
      },
      {
        actionId: 'act-college',
        priority: 2,
        description: 'Apply for the Level 2 course',
        owner: COLLEGE,
        startsOn: '2026-06-15',
        dueDate: '2026-07-31',
      },
      {
        actionId: 'act-letter',
        priority: 3,
        description: 'Letter of apology through the victim worker',
        owner: { kind: 'child' },
        dueDate: '2026-07-03',
      },
    ],
    nextMeetingOn: '2026-09-04',
  };
  log.add('meeting.held', MULTI_AGENCY_EXAMPLE.reviewMeetingOn, { meeting: reviewMeeting });
  mum({
    kind: 'attended',
    id: 'inv-9',
    on: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
    meeting: 'review',
    reviewId: 'rv-1',
  });
  log.add('review.completed', MULTI_AGENCY_EXAMPLE.reviewMeetingOn, {
    reviewId: 'rv-1',
    outcome: {
      completedOn: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
      progress: [
        {
          objectiveId: 'o-home',
          on: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
          achievement: 'improving',
          evidence: 'Moved into supported accommodation on 26 May',
        },
        {
          objectiveId: 'o-drugs',
          on: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
          achievement: 'improving',
          evidence: 'No ketamine for five weeks by her account',
        },
      ],
      childViews: {
        inOwnWords: 'I like my flat. Can I start hairdressing now?',
        givenOn: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
      },
      parentCarerViews: [
        {
          personId: 'pc-mum',
          views: {
            inOwnWords: 'She is calmer. We talk on the phone most days.',
            givenOn: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
          },
        },
      ],
      decision: 'revise-plan',
      rationale: 'Settled at last: time to start the hairdressing work and plan the hand-over',
      nextReviewDate: '2026-09-04',
    },
  });

  log.add('agencyPlan.linked', MULTI_AGENCY_EXAMPLE.reviewMeetingOn, {
    plan: {
      id: 'ap-pathway',
      kind: 'pathway-plan',
      agency: 'social-care',
      lead: 'ext-pa-jones',
      startedOn: MULTI_AGENCY_EXAMPLE.reviewMeetingOn,
      nextReviewOn: '2026-12-04',
    },
  });

  // Plan version 2, sequenced: the course now, and shared with probation for the hand-over.
  log.add('plan.revised', '2026-06-08', {
    version: 2,
    on: '2026-06-08',
    reason: 'review',
    plan: planV2,
  });
  log.add('plan.agreementRecorded', '2026-06-09', {
    planVersion: 2,
    party: { kind: 'child' },
    status: 'agreed',
    requirementsExplained: true,
    consequencesExplained: true,
    recordedBy: mo,
    recordedOn: '2026-06-09',
  });
  log.add('plan.agreementRecorded', '2026-06-09', {
    planVersion: 2,
    party: { kind: 'parent-carer', personId: 'pc-mum' },
    status: 'agreed',
    recordedBy: mo,
    recordedOn: '2026-06-09',
  });
  log.add('plan.signedOff', '2026-06-10', { version: 2, on: '2026-06-10' }, manager);
  log.add('plan.activated', '2026-06-10', { version: 2, on: '2026-06-10' });
  for (const a of [...FIRST_FIVE, ...JOINING]) copy(a, '2026-06-10', 2, 'm-review');
  mum({ kind: 'plan-copy-given', id: 'inv-10', on: '2026-06-10', planVersion: 2 });
  referral('r-careers', '2026-06-10', 'employment-and-training', CAREERS.name, 'act-careers');
  log.add('agencyPlan.reviewed', '2026-06-16', {
    planId: 'ap-care',
    on: '2026-06-16',
    nextReviewOn: '2026-09-15',
  });
  referral('r-college', '2026-06-16', 'education', COLLEGE.name, 'act-college');

  const summer = [
    '2026-06-11',
    '2026-06-18',
    '2026-06-25',
    '2026-07-02',
    '2026-07-09',
    '2026-07-16',
    '2026-07-23',
    '2026-07-30',
    '2026-08-06',
    '2026-08-13',
  ];
  summer.forEach((d, i) => {
    contact(`c-s${i + 11}`, d, 'supervision', ['o-harm', 'o-hair']);
    contact(`c-g${i + 11}`, d, 'intervention-session', ['o-safe'], {
      kind: 'yos',
      role: 'specialist',
    });
    if (d === '2026-06-18') {
      referralStatus('r-careers', d, 'started');
      action('act-careers', d, 'in-progress');
    }
    if (d === '2026-07-02') action('act-letter', d, 'done');
    if (d === '2026-07-16') {
      action('act-careers', d, 'done');
      referralStatus('r-careers', d, 'completed');
    }
    if (d === '2026-07-23') {
      referralStatus('r-college', d, 'accepted');
      action('act-college', d, 'done');
    }
  });

  // Preparing the hand-over: a basis for sharing with probation, a three-way meeting, a copy.
  basis('probation', '2026-08-14', gateway);
  mum({ kind: 'invited', id: 'inv-11', on: '2026-08-14', meeting: 'planning-meeting' });
  const probationPractitioner = {
    kind: 'agency',
    agency: 'probation',
    practitionerId: 'ext-pp-okoro',
  } as const;
  log.add('meeting.held', '2026-08-20', {
    meeting: {
      id: 'm-transition',
      kind: 'transition-meeting',
      on: '2026-08-20',
      chair,
      invited: [
        { kind: 'child' },
        { kind: 'parent-carer', personId: 'pc-mum' },
        probationPractitioner,
        { kind: 'agency', agency: 'social-care', practitionerId: 'ext-pa-jones' },
      ],
      attended: [
        { kind: 'child' },
        { kind: 'parent-carer', personId: 'pc-mum' },
        chair,
        probationPractitioner,
        { kind: 'agency', agency: 'social-care', practitionerId: 'ext-pa-jones' },
      ],
      decisions: [
        'Probation takes over on her 18th birthday; the same appointment day each week',
        'The first probation appointment at the women’s centre, with the case manager there',
      ],
      copiesSent: [{ agency: 'probation', on: '2026-08-20', planVersion: 2 }],
    },
  });
  mum({ kind: 'attended', id: 'inv-12', on: '2026-08-20', meeting: 'planning-meeting' });
  ['2026-08-20', '2026-08-27', '2026-09-03', '2026-09-10'].forEach((d, i) => {
    contact(`c-s${i + 21}`, d, 'supervision', ['o-harm', 'o-hair']);
  });
  action('act-girls-group', '2026-08-28', 'done');
  action('act-drug-sessions', '2026-08-28', 'done');
  action('act-police-intelligence', '2026-08-28', 'done');
  log.add('review.triggered', '2026-09-01', {
    reviewId: 'rv-2',
    on: '2026-09-01',
    trigger: 'scheduled',
    dueBy: '2026-09-04',
  });
  mum({ kind: 'invited', id: 'inv-13', on: '2026-09-01', meeting: 'review', reviewId: 'rv-2' });
  mum({ kind: 'attended', id: 'inv-14', on: '2026-09-03', meeting: 'review', reviewId: 'rv-2' });
  log.add('review.completed', '2026-09-03', {
    reviewId: 'rv-2',
    outcome: {
      completedOn: '2026-09-03',
      progress: [
        {
          objectiveId: 'o-home',
          on: '2026-09-03',
          achievement: 'achieved',
          evidence: 'Settled in supported accommodation since May',
        },
        {
          objectiveId: 'o-safe',
          on: '2026-09-03',
          achievement: 'improving',
          evidence: 'Uses the CAMHS safety plan; not missing since May',
        },
        {
          objectiveId: 'o-drugs',
          on: '2026-09-03',
          achievement: 'improving',
          evidence: 'No ketamine since April; cannabis at weekends',
        },
        {
          objectiveId: 'o-harm',
          on: '2026-09-03',
          achievement: 'achieved',
          evidence: 'Victim awareness sessions done; the letter was passed on in July',
        },
        {
          objectiveId: 'o-hair',
          on: '2026-09-03',
          achievement: 'achieved',
          evidence: 'Starts the Level 2 course on 7 September',
        },
      ],
      childViews: {
        inOwnWords: 'Ready for probation. I start college on Monday.',
        givenOn: '2026-09-03',
      },
      decision: 'continue',
      rationale: 'Hand-over on her birthday as planned',
      nextReviewDate: '2026-10-16',
    },
  });
  action('act-supervision', '2026-09-10', 'done');

  // The hand-over on her 18th birthday, the review after it, and closure.
  log.add('transition.handedOver', MULTI_AGENCY_EXAMPLE.handedOverOn, {
    on: MULTI_AGENCY_EXAMPLE.handedOverOn,
    probationTeam: 'City probation delivery unit',
    probationPractitionerId: 'ext-pp-okoro',
    meetingId: 'm-transition',
    shared: [
      'assessment',
      'intervention-plan',
      'risk-information',
      'childs-views',
      'victim-information',
      'health-information',
    ],
    childViews:
      'I was nervous, but I have met her and she knows about my course. Same day each week.',
    parentCarerViews: 'Glad she met the new worker first.',
  });
  log.add('agencyPlan.ended', MULTI_AGENCY_EXAMPLE.handedOverOn, {
    planId: 'ap-care',
    on: MULTI_AGENCY_EXAMPLE.handedOverOn,
    reason: 'Turned 18: a care leaver, supported under her pathway plan',
  });
  log.add('transition.reviewed', '2026-10-09', {
    on: '2026-10-09',
    outcome: 'settled',
    notes: 'Attended every probation appointment; at college four days a week',
  });
  log.add('review.triggered', '2026-10-12', {
    reviewId: 'rv-3',
    on: '2026-10-12',
    trigger: 'scheduled',
    dueBy: '2026-10-16',
  });
  log.add('review.completed', '2026-10-13', {
    reviewId: 'rv-3',
    outcome: {
      completedOn: '2026-10-13',
      progress: [],
      decision: 'close',
      rationale:
        'The Probation Service supervises the order; the hand-over was reviewed and is settled',
    },
  });
  log.add('case.closed', '2026-10-14', {
    on: '2026-10-14',
    reason: 'transferred-to-probation',
    exitPlan: planV2.exitPlan,
  });
  return log.events;
}
