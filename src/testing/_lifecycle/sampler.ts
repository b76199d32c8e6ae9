/**
 * The kit's content for event samples: each event definition's `sample` writes the ids, dates
 * and references that fit the case; this gives what is not a reference, from the kit's own
 * makers (a 15-year-old on an order from the one disposal generator, an assessment and a plan
 * version made for the case as it stands), and writes the next event of a case from its type's
 * sample.
 * @internal
 */
import { addDays } from '../../_lib/calendar.js';
import type { SampleChoice, SampleContent } from '../../lifecycle/defineEvent.js';
import { latestAssessment, signedOffAssessment } from '../../lifecycle/derive.js';
import {
  type CaseEventInput,
  type CaseEventType,
  eventDefinition,
} from '../../lifecycle/events/index.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { IsoDate } from '../../model/dates.js';
import { disposalCategory } from '../../model/disposal/index.js';
import type { Disposal } from '../../model/disposal/schema.js';
import { type Choices, typicalChoices } from '../_lib/choices.js';
import { lawfulDisposal } from '../_lib/lawful.js';
import { makeAssessment } from '../_lib/makeAssessment.js';
import { makePlan } from '../_lib/makePlan.js';
import { planNow, reviewAfter } from '../_lib/progress.js';
import { supervisionEnds } from '../_lib/supervision.js';

/** @internal The orders a generated case can be on: community, and custodial (a DTO). */
export type DriverDisposal = 'referral-order' | 'yro' | 'dto';

/**
 * @internal Free text in generated events carries this marker, so tests can check that no error
 * message ever repeats what a practitioner, child or parent wrote.
 */
export const PRIVATE_TEXT = 'Private words';

const text = (what: string) => (what.startsWith(PRIVATE_TEXT) ? what : `${PRIVATE_TEXT}: ${what}`);

/** Each order's type and length in months (a 9-month referral order, an 18-month YRO, an 8-month DTO). */
const ORDERS = {
  'referral-order': ['referral-order', 9],
  yro: ['youth-rehabilitation-order', 18],
  dto: ['detention-and-training-order', 8],
} as const;

/**
 * @internal The kit's content for event samples: a 15-year-old on `disposal` with `parents`
 * parents, convicted on 2 and sentenced on 3 January 2025; assessments and plan versions made
 * for the case as it stands with `choices` (the typical ones by default).
 */
export function sampleContent(
  disposal: DriverDisposal,
  parents = 1,
  choices: Choices = typicalChoices,
): SampleContent {
  const [type, months] = ORDERS[disposal];
  // A referral order's contract is agreed later, at the first panel (`order.contractAgreed`).
  const { contract: _agreedLater, ...order } = lawfulDisposal(
    type,
    { on: '2025-01-03', convicted: '2025-01-02', age: 15, months },
    choices,
  ) as Disposal & { contract?: unknown };
  const assessment = (
    id: string,
    kind: 'initial' | 'reassessment',
    on: IsoDate,
    record: CaseRecord,
  ) => {
    const previous = kind === 'reassessment' ? signedOffAssessment(record)?.assessment : undefined;
    const made = makeAssessment({
      id,
      kind,
      completedOn: on,
      completedBy: record.caseManager,
      category: disposalCategory(record.disposal ?? order),
      people: record.people,
      choices,
      ...(previous && { previous }),
    });
    return {
      ...made,
      factors: made.factors.map((f) => ({ ...f, description: text(f.description) })),
    };
  };
  return {
    opening: (on, caseId) => ({
      caseId,
      openedOn: on,
      caseManager: 'pr-case-manager',
      child: { id: 'child-1', dateOfBirth: '2009-06-01' },
      disposal: order,
      people: Array.from({ length: parents }, (_, i) => ({
        id: `pc-${i + 1}`,
        role: 'parent',
        relationship: i === 0 ? 'mother' : 'father',
        parentalResponsibility: true,
      })),
    }),
    assessment,
    plan: (version, on, record) => {
      const disposal = record.disposal ?? order;
      const ends = supervisionEnds(disposal);
      const previous = version > 1 ? planNow(record) : undefined;
      const plan = makePlan({
        setup: {
          caseId: record.caseId,
          caseManager: record.caseManager,
          manager: 'pr-manager',
          openedOn: record.openedOn,
          child: record.child,
          disposal,
          people: record.people,
          supervisionEnds: ends,
        },
        assessment:
          latestAssessment(record)?.assessment ?? assessment('a-1', 'initial', on, record),
        activeFrom: on,
        nextReviewDate: reviewAfter(ends, on),
        choices,
        ...(previous && { previous }),
      });
      return {
        ...plan,
        objectives: plan.objectives.map((o) => ({
          ...o,
          childWords: text(o.childWords ?? 'my words'),
        })),
      };
    },
    person: (id) => ({ id, role: 'carer', relationship: 'aunt', parentalResponsibility: false }),
    text,
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
