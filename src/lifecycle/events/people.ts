import * as z from 'zod';
import { ageOn } from '../../_lib/calendar.js';
import { findById } from '../../_lib/idLookup.js';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import {
  type InvolvementRecord,
  InvolvementRecordSchema,
  NOT_INVOLVED_MIN_AGE,
} from '../../model/involvement.js';
import { ParentCarerSchema } from '../../model/parentCarer.js';
import { planSharingRestrictions } from '../../model/restrictions.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import type { CaseRecord, InvolvementEntry } from '../record.js';
import { ACTIVE_STAGES } from '../stages.js';

const entryId = (e: InvolvementEntry) => e.record.id;

/** @internal `parentCarer.added`: a parent, carer or corporate parent joins the case record. */
export const parentCarerAdded = defineEvent({
  type: 'parentCarer.added',
  description: 'A parent, carer or corporate parent is added to the case.',
  payload: z.strictObject({ person: ParentCarerSchema }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) =>
    record.people.some((p) => p.id === payload.person.id)
      ? [conflict(['person', 'id'], 'A person with this id is already in the case')]
      : [],
  apply: (draft, { payload }) => {
    draft.people.push(payload.person);
  },
  summary: ({ payload }) => `Parent/carer added (${payload.person.role})`,
  sample: (_record, { newId, content }) => ({
    person: content.person(newId('pc')) as z.input<typeof ParentCarerSchema>,
  }),
});

/** @internal `parentCarer.updated`: a parent/carer's record is replaced (e.g. a new restriction). */
export const parentCarerUpdated = defineEvent({
  type: 'parentCarer.updated',
  description: 'A parent/carer’s details (parental responsibility, restrictions) are updated.',
  payload: z.strictObject({ person: ParentCarerSchema }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.people.length > 0,
  check: (record, { payload }) =>
    record.people.some((p) => p.id === payload.person.id)
      ? []
      : [missing(['person', 'id'], 'No person with this id in the case')],
  apply: (draft, { payload }) => {
    const at = draft.people.findIndex((p) => p.id === payload.person.id);
    if (at >= 0) draft.people[at] = payload.person;
  },
  summary: ({ payload }) => `Parent/carer updated (${payload.person.role})`,
  sample: (record, { content }) => ({
    person: content.person(record.people[0]?.id ?? 'pc-1') as z.input<typeof ParentCarerSchema>,
  }),
});

/** Records about a meeting or views may name the plan version being planned (the next one). */
const MAY_NAME_NEXT_VERSION = new Set<InvolvementRecord['kind']>([
  'invited',
  'attended',
  'did-not-attend',
  'views-recorded',
]);

/** A `not-involved` reason that needs the child to have reached an age on the record's date. */
function ageIssues(record: CaseRecord, r: InvolvementRecord): ReferenceIssue[] {
  if (r.kind !== 'not-involved') return [];
  const minAge = NOT_INVOLVED_MIN_AGE[r.reason];
  if (minAge === undefined || ageOn(record.child.dateOfBirth, r.on) >= minAge) return [];
  return [
    {
      kind: 'conflicting_record',
      code: 'not_involved_reason_age',
      path: ['payload', 'record', 'reason'],
      message:
        r.reason === 'childs-wish'
          ? `Not involving a parent/carer at the child's wish needs the child to be ${minAge} or over on the record's date`
          : `This reason needs the child to be ${minAge} or over on the record's date`,
    },
  ];
}

/** A plan copy for a person whose restrictions forbid it, without a reasoned override. */
function sharingIssues(record: CaseRecord, r: InvolvementRecord): ReferenceIssue[] {
  if (r.kind !== 'plan-copy-given' || r.sharingOverride) return [];
  const person = record.people.find((p) => p.id === r.personId);
  if (!person || planSharingRestrictions(person, r.on).length === 0) return [];
  return [
    {
      kind: 'sharing_restricted',
      code: 'sharing_restricted',
      path: ['payload', 'record', 'personId'],
      message:
        'A contact restriction forbids giving this person the plan on this date; record a reasoned sharingOverride if a copy is still right',
    },
  ];
}

/**
 * Checks an involvement record against the case: restrictions, ids, people, plan versions,
 * reviews, age. A privacy refusal comes first, so a copy for a restricted person is refused as
 * `sharing_restricted` whatever else is wrong with the record.
 */
function involvementIssues(record: CaseRecord, r: InvolvementRecord): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  if (findById(record.involvement, r.id, entryId)) {
    issues.push(conflict(['record', 'id'], 'An involvement record with this id already exists'));
  }
  if (!record.people.some((p) => p.id === r.personId)) {
    issues.push(missing(['record', 'personId'], 'No parent/carer in the case has this id'));
  }
  const highest = record.plans.length + (MAY_NAME_NEXT_VERSION.has(r.kind) ? 1 : 0);
  if (r.planVersion !== undefined && r.planVersion > highest) {
    issues.push(missing(['record', 'planVersion'], 'No plan version with this number'));
  }
  if (r.reviewId !== undefined && !record.reviews.some((v) => v.id === r.reviewId)) {
    issues.push(missing(['record', 'reviewId'], 'No review with this id'));
  }
  return [...sharingIssues(record, r), ...issues, ...ageIssues(record, r)];
}

/** @internal `involvement.recorded`: an invitation, attendance, view, agreement, copy, support offer... */
export const involvementRecorded = defineEvent({
  type: 'involvement.recorded',
  description: 'Something a parent/carer was invited to, did or said is recorded.',
  payload: z.strictObject({ record: InvolvementRecordSchema }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.people.length > 0,
  check: (record, { payload }) => involvementIssues(record, payload.record),
  apply: (draft, { payload, by }) => {
    draft.involvement.push({ record: payload.record, recordedBy: by });
  },
  summary: ({ payload }) => `Involvement recorded: ${payload.record.kind}`,
  sample: (record, { on, newId }) => ({
    record: {
      kind: 'invited' as const,
      id: newId('inv'),
      personId: record.people[0]?.id ?? 'pc-1',
      on,
      meeting: 'review' as const,
    },
  }),
});

/** @internal `involvement.invalidated`: a wrong record is marked invalid with the reason; it stays in history. */
export const involvementInvalidated = defineEvent({
  type: 'involvement.invalidated',
  description:
    'An involvement record is invalidated (corrected) with a reason; it is never deleted.',
  payload: z.strictObject({ recordId: IdSchema, on: IsoDateSchema, reason: TextSchema }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.involvement.some((e) => !e.invalidated),
  check: (record, { payload }) =>
    record.involvement.some((e) => e.record.id === payload.recordId && !e.invalidated)
      ? []
      : [missing(['recordId'], 'No valid involvement record with this id')],
  apply: (draft, { payload, by }) => {
    const entry = draft.involvement.find(
      (e) => e.record.id === payload.recordId && e.invalidated === undefined,
    );
    if (entry) entry.invalidated = { by, on: payload.on, reason: payload.reason };
  },
  summary: () => 'Involvement record invalidated',
  sample: (record, { on, content }) => ({
    recordId: record.involvement.find((e) => !e.invalidated)?.record.id ?? 'inv-1',
    on,
    reason: content.text('recorded in error'),
  }),
});

/** @internal The parent/carer and involvement events. */
export const peopleEvents = [
  parentCarerAdded,
  parentCarerUpdated,
  involvementRecorded,
  involvementInvalidated,
] as const;
