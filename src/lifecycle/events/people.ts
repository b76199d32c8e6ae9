import { z } from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { InvolvementRecordSchema } from '../../model/involvement.js';
import { ParentCarerSchema } from '../../model/parentCarer.js';
import { conflict, defineEvent, missing } from '../defineEvent.js';

const ANY_ACTIVE = ['opened', 'assessment', 'planning', 'delivery', 'review', 'closing'] as const;

/** `parentCarer.added`: a parent, carer or corporate parent joins the case record. */
export const parentCarerAdded = defineEvent({
  type: 'parentCarer.added',
  description: 'A parent, carer or corporate parent is added to the case.',
  payload: z.strictObject({ person: ParentCarerSchema }),
  allowedIn: ANY_ACTIVE,
  check: (record, { payload }) =>
    record.people.some((p) => p.id === payload.person.id)
      ? [conflict(['person', 'id'], 'A person with this id is already in the case')]
      : [],
  apply: (record, { payload }) => ({ ...record, people: [...record.people, payload.person] }),
  summary: ({ payload }) => `Parent/carer added (${payload.person.role})`,
});

/** `parentCarer.updated`: a parent/carer's record is replaced (e.g. a new restriction). */
export const parentCarerUpdated = defineEvent({
  type: 'parentCarer.updated',
  description: 'A parent/carer’s details (parental responsibility, restrictions) are updated.',
  payload: z.strictObject({ person: ParentCarerSchema }),
  allowedIn: ANY_ACTIVE,
  check: (record, { payload }) =>
    record.people.some((p) => p.id === payload.person.id)
      ? []
      : [missing(['person', 'id'], 'No person with this id in the case')],
  apply: (record, { payload }) => ({
    ...record,
    people: record.people.map((p) => (p.id === payload.person.id ? payload.person : p)),
  }),
  summary: ({ payload }) => `Parent/carer updated (${payload.person.role})`,
});

/** `involvement.recorded`: an invitation, attendance, view, agreement, copy, support offer... */
export const involvementRecorded = defineEvent({
  type: 'involvement.recorded',
  description: 'Something a parent/carer was invited to, did or said is recorded.',
  payload: z.strictObject({ record: InvolvementRecordSchema }),
  allowedIn: ANY_ACTIVE,
  check: (record, { payload }) => [
    ...(record.involvement.some((e) => e.record.id === payload.record.id)
      ? [conflict(['record', 'id'], 'An involvement record with this id already exists')]
      : []),
    ...(record.people.some((p) => p.id === payload.record.personId)
      ? []
      : [missing(['record', 'personId'], 'No parent/carer in the case has this id')]),
  ],
  apply: (record, { payload, by }) => ({
    ...record,
    involvement: [...record.involvement, { record: payload.record, recordedBy: by }],
  }),
  summary: ({ payload }) => `Involvement recorded: ${payload.record.kind}`,
});

/** `involvement.invalidated`: a wrong record is marked invalid with the reason; it stays in history. */
export const involvementInvalidated = defineEvent({
  type: 'involvement.invalidated',
  description:
    'An involvement record is invalidated (corrected) with a reason; it is never deleted.',
  payload: z.strictObject({ recordId: IdSchema, on: IsoDateSchema, reason: TextSchema }),
  allowedIn: ANY_ACTIVE,
  check: (record, { payload }) =>
    record.involvement.some((e) => e.record.id === payload.recordId && !e.invalidated)
      ? []
      : [missing(['recordId'], 'No valid involvement record with this id')],
  apply: (record, { payload, by }) => ({
    ...record,
    involvement: record.involvement.map((e) =>
      e.record.id === payload.recordId
        ? { ...e, invalidated: { by, on: payload.on, reason: payload.reason } }
        : e,
    ),
  }),
  summary: () => 'Involvement record invalidated',
});

/** @internal The parent/carer and involvement events. */
export const peopleEvents = [
  parentCarerAdded,
  parentCarerUpdated,
  involvementRecorded,
  involvementInvalidated,
] as const;
