/**
 * The kit's content for event samples: each event definition's `sample` writes the ids, dates
 * and references that fit the case; this gives what is not a reference (a 15-year-old on an
 * order, an assessment, a plan), and writes the next event of a case from its type's sample.
 * @internal
 */
import { addDays } from '../../_lib/calendar.js';
import type { SampleChoice, SampleContent } from '../../lifecycle/defineEvent.js';
import {
  type CaseEventInput,
  type CaseEventType,
  eventDefinition,
} from '../../lifecycle/events/index.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { AssessmentInput } from '../../model/assessment.js';
import type { IsoDate } from '../../model/dates.js';
import type { InterventionPlanInput } from '../../model/plan.js';

type OpenedPayload = Extract<CaseEventInput, { type: 'case.opened' }>['payload'];

/** @internal The orders a generated case can be on: community, and custodial (a DTO). */
export type DriverDisposal = 'referral-order' | 'yro' | 'dto';

/**
 * @internal Free text in generated events carries this marker, so tests can check that no error
 * message ever repeats what a practitioner, child or parent wrote.
 */
export const PRIVATE_TEXT = 'Private words';

const CONVICTED = '2025-01-02';
const SENTENCED = '2025-01-03';

/** @internal The `case.opened` payload of a generated case: a 15-year-old on `disposal`. */
export function openingPayload(
  caseId: string,
  disposal: DriverDisposal,
  on: string,
  people: number,
): OpenedPayload {
  const common = { id: 'd-1', convictionDate: CONVICTED, sentenceDate: SENTENCED };
  return {
    caseId,
    openedOn: on,
    caseManager: 'pr-case-manager',
    child: { id: 'child-1', dateOfBirth: '2009-06-01' },
    disposal:
      disposal === 'referral-order'
        ? { ...common, type: 'referral-order', lengthMonths: 9, parentOrderedToAttend: true }
        : disposal === 'yro'
          ? {
              ...common,
              type: 'youth-rehabilitation-order',
              endDate: '2026-07-02',
              requirements: [{ id: 'req-supervision', kind: 'supervision' }],
            }
          : { ...common, type: 'detention-and-training-order', termMonths: 8 },
    people: Array.from({ length: people }, (_, i) => ({
      id: `pc-${i + 1}`,
      role: 'parent',
      relationship: i === 0 ? 'mother' : 'father',
      parentalResponsibility: true,
    })),
  };
}

/** @internal An assessment of the generated child: the same factor and strength ids every time. */
export function assessmentContent(id: string, kind: 'initial' | 'reassessment', on: string) {
  const assessment: AssessmentInput = {
    id,
    kind,
    completedOn: on,
    completedBy: 'pr-case-manager',
    factors: [
      {
        id: 'f-ete',
        domain: 'education-training-employment',
        description: `${PRIVATE_TEXT}: out of school since the spring`,
        bearsOn: ['desistance'],
        stability: 'acute',
        significance: 'high',
      },
      {
        id: 'f-peers',
        domain: 'lifestyle',
        description: `${PRIVATE_TEXT}: evenings with an older group`,
        bearsOn: ['desistance', 'safety-and-wellbeing'],
        stability: 'acute',
        significance: 'medium',
      },
    ],
    strengths: [
      { id: 's-sport', kind: 'strength', domain: 'lifestyle', description: 'Plays football' },
    ],
    ratings: {
      likelihoodOfReoffending: 'medium',
      safetyAndWellbeing: 'medium',
      riskOfSeriousHarm: 'low',
    },
    interventionLevel: 'enhanced',
    interventionLevelRationale: 'Medium likelihood of reoffending',
  };
  return assessment;
}

/** Objective ids of plan version `version`: two kept in every version, one new per revision. */
function objectiveIds(version: number): string[] {
  return version === 1 ? ['o-1', 'o-2'] : ['o-1', 'o-2', `o-v${version}`];
}

/** @internal The content of plan version `version`, reviewed on `reviewOn`. */
export function planContent(version: number, reviewOn: string): InterventionPlanInput {
  const objectives = objectiveIds(version);
  return {
    objectives: objectives.map((id, i) => ({
      id,
      wording: `Objective ${id} in plan version ${version}`,
      childWords: `${PRIVATE_TEXT}: what I want from this`,
      focus: ['desistance'],
      addresses: { factorIds: [i === 0 ? 'f-ete' : 'f-peers'], strengthIds: ['s-sport'] },
      priority: i + 1,
      measureOfSuccess: 'Measured at each review',
    })),
    actions: objectives.map((id) => ({
      id: `act-${id.slice(2)}`,
      objectiveId: id,
      description: `Work towards ${id}`,
      owner: { kind: 'yos', role: 'case-manager' },
    })),
    plannedContactsPerMonth: 4,
    nextReviewDate: reviewOn,
  };
}
/** @internal The kit's content for event samples: a 15-year-old on `disposal`, with parents. */
export function sampleContent(disposal: DriverDisposal, parents = 1): SampleContent {
  return {
    opening: (on, caseId) => openingPayload(caseId, disposal, on, parents),
    assessment: (id, kind, on) => assessmentContent(id, kind, on),
    plan: (version, on) => planContent(version, addDays(on, 90)),
    person: (id) => ({ id, role: 'carer', relationship: 'aunt', parentalResponsibility: false }),
    text: (what) => `${PRIVATE_TEXT}: ${what}`,
  };
}

/**
 * @internal The next event of a case from its type's own sample (the event definition writes
 * the references, ids and dates that fit the record; the kit supplies the content): the
 * `index`-th event of the log, dated `index` days after `start`.
 */
export function sampleEvent(options: {
  readonly type: CaseEventType;
  readonly record: CaseRecord | undefined;
  readonly index: number;
  readonly start: IsoDate;
  readonly content: SampleContent;
  readonly choice?: SampleChoice;
  readonly caseId?: string;
  /** The event's date, when not `index` days after `start`. */
  readonly on?: IsoDate;
}): CaseEventInput {
  const { type, record, index, start, content } = options;
  const definition = eventDefinition(type);
  if (!definition) throw new Error(`No event type ${type}`);
  const on = options.on ?? addDays(start, index);
  const payload = definition.sample(record as CaseRecord, {
    on,
    newId: (prefix) =>
      prefix === 'case' && options.caseId !== undefined ? options.caseId : `${prefix}-s${index}`,
    choice: options.choice ?? {},
    content,
  });
  return {
    id: `ev-${index + 1}`,
    type,
    at: `${on}T09:00:00Z`,
    by: type.endsWith('signedOff') ? 'pr-manager' : 'pr-case-manager',
    payload,
  } as CaseEventInput;
}
