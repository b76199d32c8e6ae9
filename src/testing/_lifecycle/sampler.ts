import { addDays } from '../../_lib/calendar.js';
import type { SampleChoice, SampleContent } from '../../lifecycle/defineEvent.js';
import {
  type CaseEventInput,
  type CaseEventType,
  eventDefinition,
} from '../../lifecycle/events/index.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { IsoDate } from '../../model/dates.js';
import {
  assessmentContent,
  type DriverDisposal,
  openingPayload,
  PRIVATE_TEXT,
  planContent,
} from './content.js';

/** @internal The kit's content for event samples: a 15-year-old on `disposal`, with one parent. */
export function sampleContent(disposal: DriverDisposal): SampleContent {
  return {
    opening: (on, caseId) => openingPayload(caseId, disposal, on, 1),
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
}): CaseEventInput {
  const { type, record, index, start, content } = options;
  const definition = eventDefinition(type);
  if (!definition) throw new Error(`No event type ${type}`);
  const on = addDays(start, index);
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
