import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import {
  ContactSchema,
  NotDeliveredSchema,
  type ReferralStatus,
  ReferralStatusSchema,
} from '../../model/delivery.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { AgencySchema, type Owner } from '../../model/owner.js';
import { AchievementSchema, ActionStatusSchema, ObjectiveStatusSchema } from '../../model/plan.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import { activePlan, currentPlan } from '../derive.js';
import { appendIndexed, indexById } from '../idIndex.js';
import type { CaseRecord } from '../record.js';

const contactId = (c: { readonly id: string }) => c.id;

/**
 * Delivery goes on while a plan is revised or the child reassessed: the active plan stays in
 * force until a new version is activated, so its contacts and progress can still be recorded.
 */
const DELIVERING = ['assessment', 'planning', 'delivery', 'review', 'closing'] as const;

const inActivePlan = (
  record: CaseRecord,
  kind: 'objectives' | 'actions',
  id: string,
  path: (string | number)[],
): ReferenceIssue[] =>
  activePlan(record)?.plan[kind].some((item) => item.id === id)
    ? []
    : [
        missing(
          path,
          `The active plan has no ${kind === 'objectives' ? 'objective' : 'action'} with this id`,
        ),
      ];

const knownPerson = (record: CaseRecord, owner: Owner, path: string[]): ReferenceIssue[] =>
  owner.kind === 'parent-carer' && !record.people.some((p) => p.id === owner.personId)
    ? [missing([...path, 'personId'], 'No parent/carer in the case has this id')]
    : [];

/** `objective.statusChanged`: an objective's status and/or achievement moves on, with evidence. */
export const objectiveStatusChanged = defineEvent({
  type: 'objective.statusChanged',
  offeredWhen: (record) => (activePlan(record)?.plan.objectives.length ?? 0) > 0,
  description: 'An objective of the active plan changes status or achievement.',
  payload: z
    .strictObject({
      objectiveId: IdSchema,
      on: IsoDateSchema,
      status: ObjectiveStatusSchema.optional(),
      achievement: AchievementSchema.optional(),
      evidence: TextSchema.optional(),
    })
    .refine((p) => p.status !== undefined || p.achievement !== undefined, {
      path: ['status'],
      message: 'Give the new status, the new achievement, or both',
    }),
  allowedIn: DELIVERING,
  check: (record, { payload }) =>
    inActivePlan(record, 'objectives', payload.objectiveId, ['objectiveId']),
  apply: (record, { payload, by }) => {
    const planVersion = activePlan(record)?.version ?? 0;
    return {
      ...record,
      objectiveUpdates: [
        ...record.objectiveUpdates,
        {
          objectiveId: payload.objectiveId,
          planVersion,
          by,
          on: payload.on,
          ...(payload.status !== undefined && { status: payload.status }),
          ...(payload.achievement !== undefined && {
            progress: {
              objectiveId: payload.objectiveId,
              on: payload.on,
              achievement: payload.achievement,
              ...(payload.evidence !== undefined && { evidence: payload.evidence }),
            },
          }),
        },
      ],
    };
  },
  summary: ({ payload }) =>
    `Objective updated${payload.status ? `: ${payload.status}` : ''}${payload.achievement ? ` (${payload.achievement})` : ''}`,
});

/** `action.statusChanged`: an action moves on; "not delivered" says why. */
export const actionStatusChanged = defineEvent({
  type: 'action.statusChanged',
  offeredWhen: (record) => (activePlan(record)?.plan.actions.length ?? 0) > 0,
  description: 'An action of the active plan changes status; an undelivered one records why.',
  payload: z
    .strictObject({
      actionId: IdSchema,
      on: IsoDateSchema,
      status: ActionStatusSchema,
      notDelivered: NotDeliveredSchema.optional(),
    })
    .refine((p) => p.status !== 'not-delivered' || p.notDelivered !== undefined, {
      path: ['notDelivered'],
      message: 'Record why the action was not delivered',
    })
    .refine(
      (p) => p.notDelivered === undefined || ['not-delivered', 'cancelled'].includes(p.status),
      {
        path: ['notDelivered'],
        message: 'A reason for non-delivery belongs with a not-delivered or cancelled action',
      },
    ),
  allowedIn: DELIVERING,
  check: (record, { payload }) => inActivePlan(record, 'actions', payload.actionId, ['actionId']),
  apply: (record, { payload, by }) => ({
    ...record,
    actionUpdates: [
      ...record.actionUpdates,
      {
        actionId: payload.actionId,
        planVersion: activePlan(record)?.version ?? 0,
        by,
        on: payload.on,
        status: payload.status,
        ...(payload.notDelivered !== undefined && { notDelivered: payload.notDelivered }),
      },
    ],
  }),
  summary: ({ payload }) => `Action ${payload.status}`,
});

/**
 * `contact.recorded`: a contact or session with the child, with attendance, the objectives of
 * the active plan it worked on, and who delivered it.
 */
export const contactRecorded = defineEvent({
  type: 'contact.recorded',
  description: 'A contact or session with the child is recorded, with attendance.',
  payload: z.strictObject({ contact: ContactSchema }),
  allowedIn: DELIVERING,
  check: (record, { payload: { contact } }) => [
    ...(indexById(record.contacts, contactId).has(contact.id)
      ? [conflict(['contact', 'id'], 'A contact with this id is already recorded')]
      : []),
    ...contact.objectiveIds.flatMap((id, i) =>
      inActivePlan(record, 'objectives', id, ['contact', 'objectiveIds', i]),
    ),
    ...knownPerson(record, contact.deliveredBy, ['contact', 'deliveredBy']),
  ],
  apply: (record, { payload }) => ({
    ...record,
    contacts: appendIndexed(record.contacts, payload.contact, contactId),
  }),
  summary: ({ payload }) =>
    `Contact recorded: ${payload.contact.kind}, ${payload.contact.attendance}`,
});

/** `referral.made`: a referral to a partner agency, for an action of the plan if it delivers one. */
export const referralMade = defineEvent({
  type: 'referral.made',
  description: 'A referral to a partner agency is made.',
  payload: z.strictObject({
    referralId: IdSchema,
    on: IsoDateSchema,
    agency: AgencySchema,
    service: z.string().trim().min(1).max(200),
    actionId: IdSchema.optional(),
  }),
  allowedIn: DELIVERING,
  check: (record, { payload }) => [
    ...(record.referrals.some((r) => r.id === payload.referralId)
      ? [conflict(['referralId'], 'A referral with this id is already recorded')]
      : []),
    ...(payload.actionId === undefined ||
    currentPlan(record)?.plan.actions.some((a) => a.id === payload.actionId)
      ? []
      : [missing(['actionId'], 'The plan has no action with this id')]),
  ],
  apply: (record, { payload }) => ({
    ...record,
    referrals: [
      ...record.referrals,
      {
        id: payload.referralId,
        agency: payload.agency,
        service: payload.service,
        ...(payload.actionId !== undefined && { actionId: payload.actionId }),
        history: [{ status: 'made', on: payload.on }],
      },
    ],
  }),
  summary: ({ payload }) => `Referral made to ${payload.agency}`,
});

/** Statuses after which a referral's history is finished: a new need is a new referral. */
const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'completed',
  'declined',
  'not-available',
];

/** Whether a referral's history is finished (completed, declined or not available). */
const isFinished = (referral: CaseRecord['referrals'][number]): boolean => {
  const last = referral.history[referral.history.length - 1];
  return last !== undefined && FINAL_REFERRAL_STATUSES.includes(last.status);
};

/** A referral's history only moves forward: from a referral that is still open, never back in time. */
function referralUpdateIssues(
  record: CaseRecord,
  p: { readonly referralId: string; readonly on: string },
): ReferenceIssue[] {
  const referral = record.referrals.find((r) => r.id === p.referralId);
  if (!referral) return [missing(['referralId'], 'No referral with this id')];
  const last = referral.history[referral.history.length - 1];
  if (last === undefined) return [];
  if (isFinished(referral)) {
    return [
      conflict(
        ['referralId'],
        'This referral is finished (completed, declined or not available): make a new referral',
      ),
    ];
  }
  return p.on < last.on
    ? [
        conflict(
          ['on'],
          last.status === 'made'
            ? 'A referral cannot be updated before the day it was made'
            : 'A referral cannot be updated before the day of its previous update',
        ),
      ]
    : [];
}

/**
 * `referral.updated`: a referral's status moves on (accepted, waiting list, started,
 * completed, declined, not available); a referral is made only once, with `referral.made`.
 * Updates are dated in order, from the day it was made, and a completed, declined or not
 * available referral takes no more updates.
 */
export const referralUpdated = defineEvent({
  type: 'referral.updated',
  offeredWhen: (record) => record.referrals.some((r) => !isFinished(r)),
  description: 'A referral’s status changes.',
  payload: z.strictObject({
    referralId: IdSchema,
    on: IsoDateSchema,
    status: ReferralStatusSchema.exclude(['made'], {
      error: 'A referral is made once, with referral.made; give its new status',
    }),
    note: TextSchema.optional(),
  }),
  allowedIn: DELIVERING,
  check: (record, { payload }) => referralUpdateIssues(record, payload),
  apply: (record, { payload }) => ({
    ...record,
    referrals: record.referrals.map((r) =>
      r.id === payload.referralId
        ? {
            ...r,
            history: [
              ...r.history,
              {
                status: payload.status,
                on: payload.on,
                ...(payload.note !== undefined && { note: payload.note }),
              },
            ],
          }
        : r,
    ),
  }),
  summary: ({ payload }) => `Referral ${payload.status}`,
});

/** @internal The delivery events. */
export const deliveryEvents = [
  objectiveStatusChanged,
  actionStatusChanged,
  contactRecorded,
  referralMade,
  referralUpdated,
] as const;
