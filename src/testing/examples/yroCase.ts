import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { InterventionPlanInput } from '../../model/plan.js';
import { eventLog } from '../eventLog.js';

/**
 * The second worked example, a plan that needs quality assurance: Remi (a fictional child), 16,
 * on a 12-month youth rehabilitation order with supervision, a curfew and unpaid work after a
 * robbery in which he carried a knife. High risk of serious harm, sofa-surfing, daily cannabis
 * use, suspected criminal exploitation, ADHD. A first plan drafted in a hurry and activated
 * without quality assurance: it does too much at once, in the wrong order, and misses what
 * matters most. Every fact here is invented for teaching.
 *
 * What the plan checks say about it at {@link YRO_EXAMPLE}`.asOf` (and why), all warnings:
 * the order is lawful, the plan is weak:
 * - `disposal.requirement-unaddressed`: no action delivers the unpaid work requirement (the
 *   curfew is arranged by the action confirming its monitoring);
 * - `plan.beyond-disposal`: the thinking skills programme is due after the order ends;
 * - `plan.exceeds-proportionate-load`: 6 objectives asking something of him at once at the
 *   enhanced level (at most 5);
 * - `plan.front-loaded`: 5 things he must do or attend due in the first 4 weeks (at most 4);
 * - `plan.contact-level-mismatch`: 2 contacts a month at the enhanced level (at least 4);
 * - `assessment.intervention-level-unexplained`: enhanced where the ratings suggest intensive;
 * - `plan.no-others-safety-focus` and `plan.no-contingency`: high risk of serious harm, but no
 *   objective about other people's safety and no contingency plan;
 * - `plan.unlinked-objective`: the "keep to the curfew" objective addresses no assessed factor
 *   (a restriction needs a monitoring arrangement, not an objective);
 * - `plan.unaddressed-factor` and `plan.agency-not-involved`: the exploitation concern is
 *   neither addressed nor deferred, and social care is not involved; neither housing nor the
 *   drug service is involved for the homelessness and the cannabis use;
 * - `plan.no-strengths`: nothing builds on his grandmother or his music;
 * - `plan.not-specific`: the cannabis objective has no measure of success;
 * - `plan.no-child-voice`: no objective in his own words;
 * - `plan.sequence-order`: college is due before the accommodation it depends on, and both
 *   accommodation and college (stability needs) come after the weapons work;
 * - `plan.needs-not-adapted`: ADHD recorded, no adaptation;
 * - `plan.no-review-date`: no review date set.
 *
 * @example
 * checkCase(replay(yroExampleEvents()), { asOf: YRO_EXAMPLE.asOf });
 */
export const YRO_EXAMPLE = {
  caseId: 'case-remi',
  childId: 'child-remi',
  caseManager: 'pr-alex',
  manager: 'pr-manager-jo',
  /** The date the examples' findings are stated at: delivery, six weeks into the plan. */
  asOf: '2026-11-23',
  /** The order's last day. */
  orderEnds: '2027-09-21',
} as const;

type ObjectiveInput = InterventionPlanInput['objectives'][number];
type ActionInput = InterventionPlanInput['actions'][number];

const objectives: ObjectiveInput[] = [
  {
    id: 'o-weapons',
    wording: 'Complete offending behaviour work on weapon carrying',
    focus: ['desistance'],
    addresses: { factorIds: ['f-knife'] },
    priority: 1,
    measureOfSuccess: 'Completes the 8-session weapons awareness programme',
    targetDate: '2027-01-29',
  },
  {
    id: 'o-college',
    wording: 'Enrol on a college course',
    focus: ['desistance'],
    addresses: { factorIds: ['f-ete'] },
    priority: 2,
    dependsOn: ['o-housing'],
    measureOfSuccess: 'Enrolled and attending',
    targetDate: '2026-11-30',
  },
  {
    id: 'o-housing',
    wording: 'Find stable accommodation',
    focus: ['safety-and-wellbeing'],
    addresses: { factorIds: ['f-housing'] },
    priority: 3,
    measureOfSuccess: 'Living at one address for 8 weeks',
    targetDate: '2026-12-18',
  },
  {
    id: 'o-cannabis',
    wording: 'Reduce cannabis use',
    focus: ['desistance', 'safety-and-wellbeing'],
    addresses: { factorIds: ['f-cannabis'] },
    priority: 4,
    targetDate: '2027-03-31',
  },
  {
    id: 'o-curfew',
    wording: 'Keep to the curfew',
    focus: ['desistance'],
    priority: 5,
    measureOfSuccess: 'No curfew violations reported by the monitoring company',
    targetDate: '2027-01-21',
  },
  {
    id: 'o-thinking',
    wording: 'Develop thinking skills to manage conflict',
    focus: ['desistance'],
    addresses: { factorIds: ['f-thinking'] },
    priority: 6,
    measureOfSuccess: 'Completes the thinking skills programme',
    targetDate: '2027-10-29',
  },
];

const yos = { kind: 'yos', role: 'case-manager' } as const;

const actions: ActionInput[] = [
  {
    id: 'act-induction',
    objectiveId: 'o-curfew',
    description: 'Induction: explain the order, the curfew and the consequences of breach',
    owner: yos,
    dueDate: '2026-10-09',
    deliversRequirement: 'req-supervision',
  },
  {
    id: 'act-curfew-check',
    objectiveId: 'o-curfew',
    description: 'Confirm the curfew address and the monitoring installation',
    owner: yos,
    dueDate: '2026-10-12',
    deliversRequirement: 'req-curfew',
  },
  {
    id: 'act-weapons-1',
    objectiveId: 'o-weapons',
    description: 'Start the weapons awareness programme',
    owner: { kind: 'yos', role: 'specialist' },
    dueDate: '2026-10-16',
    deliversRequirement: 'req-supervision',
  },
  {
    id: 'act-college-apply',
    objectiveId: 'o-college',
    description: 'Apply for a college course',
    owner: { kind: 'partner-agency', agency: 'employment-and-training', name: 'Careers service' },
    dueDate: '2026-10-23',
    childTakesPart: true,
  },
  {
    id: 'act-housing-apply',
    objectiveId: 'o-housing',
    description: 'Homelessness application',
    owner: { kind: 'child' },
    dueDate: '2026-10-28',
  },
  {
    id: 'act-cannabis-talk',
    objectiveId: 'o-cannabis',
    description: 'Talk about cannabis use in supervision',
    owner: yos,
    dueDate: '2026-11-02',
    childTakesPart: true,
  },
  {
    id: 'act-thinking-programme',
    objectiveId: 'o-thinking',
    description: 'Complete the thinking skills programme',
    owner: { kind: 'yos', role: 'specialist' },
    dueDate: '2027-10-15',
    deliversRequirement: 'req-supervision',
  },
];

const plan: InterventionPlanInput = {
  objectives,
  actions,
  plannedContactsPerMonth: 2,
};

/**
 * The second worked example's event log: a 12-month YRO opened, assessed (high risk of serious
 * harm, enhanced level with no rationale), a weak first plan agreed with misgivings, signed off
 * and activated without quality assurance, then six weeks of delivery. It triggers at least
 * eight distinct plan rules at {@link YRO_EXAMPLE}`.asOf` (see {@link YRO_EXAMPLE}).
 *
 * @example
 * const state = replay(yroExampleEvents());
 * checkCase(state, { asOf: YRO_EXAMPLE.asOf }).map((f) => f.rule);
 */
export function yroExampleEvents(): CaseEventInput[] {
  const { caseManager: alex, manager } = YRO_EXAMPLE;
  const log = eventLog({ by: alex, idPrefix: 'yro-e' });
  log.add('case.opened', '2026-09-22', {
    caseId: YRO_EXAMPLE.caseId,
    openedOn: '2026-09-22',
    caseManager: alex,
    child: {
      id: YRO_EXAMPLE.childId,
      preferredName: 'Remi',
      dateOfBirth: '2010-05-18',
      needs: [
        {
          kind: 'neurodiversity',
          description: 'ADHD: finds long sessions and written tasks hard',
        },
      ],
      firstLanguage: 'English',
    },
    disposal: {
      id: 'd-yro',
      type: 'youth-rehabilitation-order',
      convictionDate: '2026-09-01',
      sentenceDate: '2026-09-22',
      endDate: YRO_EXAMPLE.orderEnds,
      requirements: [
        { id: 'req-supervision', kind: 'supervision' },
        { id: 'req-curfew', kind: 'curfew', hoursPerDay: 10, hoursPer7Days: 70, months: 4 },
        { id: 'req-upw', kind: 'unpaid-work', hours: 80 },
      ],
    },
    people: [
      { id: 'pc-mother', role: 'parent', relationship: 'mother', parentalResponsibility: true },
      {
        id: 'pc-nan',
        role: 'kinship-carer',
        relationship: 'grandmother',
        parentalResponsibility: false,
      },
    ],
  });
  log.add('assessment.started', '2026-09-23', { assessmentId: 'a-1', on: '2026-09-23' });
  log.add('assessment.submitted', '2026-09-30', {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: '2026-09-30',
      completedBy: alex,
      factors: [
        {
          id: 'f-knife',
          domain: 'offending-behaviour',
          description: 'Carried a knife in the robbery; says he needs it for protection',
          bearsOn: ['serious-harm', 'desistance'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-housing',
          domain: 'living-arrangements',
          description: 'Sofa-surfing since his mother asked him to leave in August',
          bearsOn: ['safety-and-wellbeing', 'desistance'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-cannabis',
          domain: 'substance-use',
          description: 'Daily cannabis use; owes money to a supplier',
          bearsOn: ['desistance', 'safety-and-wellbeing'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-exploitation',
          domain: 'exploitation-and-victimisation',
          description: 'Suspected criminal exploitation by an older group selling drugs',
          bearsOn: ['safety-and-wellbeing', 'serious-harm'],
          stability: 'acute',
          significance: 'high',
        },
        {
          id: 'f-ete',
          domain: 'education-training-employment',
          description: 'Left school in July with no place in education or training',
          bearsOn: ['desistance'],
          stability: 'stable',
          significance: 'medium',
        },
        {
          id: 'f-thinking',
          domain: 'attitudes-and-thinking',
          description: 'Reacts to disrespect with violence',
          bearsOn: ['desistance', 'serious-harm'],
          stability: 'stable',
          significance: 'medium',
        },
      ],
      strengths: [
        {
          id: 's-nan',
          kind: 'protective-factor',
          domain: 'family-and-relationships',
          description: 'Close to his grandmother, who will have him to stay at weekends',
        },
        {
          id: 's-music',
          kind: 'strength',
          domain: 'lifestyle',
          description: 'Writes and records music; wants to do a music course',
        },
      ],
      ratings: {
        likelihoodOfReoffending: 'high',
        safetyAndWellbeing: 'high',
        riskOfSeriousHarm: 'high',
      },
      interventionLevel: 'enhanced',
      childViews: {
        inOwnWords: 'I need somewhere to live first. Then I want to do music at college.',
        givenOn: '2026-09-28',
      },
    },
  });
  log.add('assessment.signedOff', '2026-10-02', { assessmentId: 'a-1', on: '2026-10-02' }, manager);
  log.add('plan.drafted', '2026-10-05', { version: 1, on: '2026-10-05', plan });
  log.add('plan.agreementRecorded', '2026-10-06', {
    planVersion: 1,
    party: { kind: 'child' },
    status: 'agreed-with-misgivings',
    misgivings: 'Says it is too much at once and he has nowhere to live',
    requirementsExplained: true,
    consequencesExplained: true,
    recordedBy: alex,
    recordedOn: '2026-10-06',
  });
  log.add('plan.signedOff', '2026-10-07', { version: 1, on: '2026-10-07' }, manager);
  log.add('plan.activated', '2026-10-07', { version: 1, on: '2026-10-07' });
  const contact = (
    id: string,
    date: string,
    attendance: 'attended' | 'unacceptable-absence',
    objectiveIds: string[],
  ) =>
    log.add('contact.recorded', date, {
      contact: {
        id,
        date,
        kind: 'supervision',
        attendance,
        objectiveIds,
        deliveredBy: { kind: 'yos', role: 'case-manager' },
      },
    });
  contact('c-01', '2026-10-09', 'attended', ['o-curfew']);
  log.add('action.statusChanged', '2026-10-09', {
    actionId: 'act-induction',
    on: '2026-10-09',
    status: 'done',
  });
  contact('c-02', '2026-10-23', 'attended', ['o-weapons']);
  contact('c-03', '2026-11-06', 'unacceptable-absence', ['o-weapons']);
  contact('c-04', '2026-11-20', 'attended', ['o-housing', 'o-weapons']);
  return log.events;
}
