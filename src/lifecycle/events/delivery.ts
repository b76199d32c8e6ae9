import * as z from 'zod';
import { findById } from '../../_lib/idLookup.js';
import { IsoDateSchema } from '../../model/dates.js';
import {
  ContactSchema,
  NotDeliveredSchema,
  type ReferralStatus,
  ReferralStatusSchema,
  referralStatus,
} from '../../model/delivery.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { AgencySchema, type Owner } from '../../model/owner.js';
import { AchievementSchema, ActionStatusSchema, ObjectiveStatusSchema } from '../../model/plan.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import { activePlan, currentPlan } from '../derive.js';
import type { CaseRecord } from '../record.js';
import { DELIVERING_STAGES } from '../stages.js';

const contactId = (c: { readonly id: string }) => c.id;

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

/** The active plan's objectives or actions, for samples. */
const activeItems = (record: CaseRecord, kind: 'objectives' | 'actions') =>
  activePlan(record)?.plan[kind] ?? [];

/** @internal `objective.statusChanged`: an objective's status and/or achievement moves on, with evidence. */
export const objectiveStatusChanged = defineEvent({
  type: 'objective.statusChanged',
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
  stays: DELIVERING_STAGES,
  offeredWhen: (record) => activeItems(record, 'objectives').length > 0,
  check: (record, { payload }) =>
    inActivePlan(record, 'objectives', payload.objectiveId, ['objectiveId']),
  apply: (draft, { payload, by }) => {
    draft.objectiveUpdates.push({
      objectiveId: payload.objectiveId,
      planVersion: activePlan(draft)?.version ?? 0,
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
    });
  },
  summary: ({ payload }) =>
    `Objective updated${payload.status ? `: ${payload.status}` : ''}${payload.achievement ? ` (${payload.achievement})` : ''}`,
  sample: (record, { on, content }) => {
    const objectives = activeItems(record, 'objectives');
    return {
      objectiveId: objectives[record.objectiveUpdates.length % objectives.length]?.id ?? 'o-1',
      on,
      achievement: 'improving' as const,
      evidence: content.text('going better'),
    };
  },
});

/** @internal `action.statusChanged`: an action moves on; "not delivered" says why. */
export const actionStatusChanged = defineEvent({
  type: 'action.statusChanged',
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
  stays: DELIVERING_STAGES,
  offeredWhen: (record) => activeItems(record, 'actions').length > 0,
  check: (record, { payload }) => inActivePlan(record, 'actions', payload.actionId, ['actionId']),
  apply: (draft, { payload, by }) => {
    draft.actionUpdates.push({
      actionId: payload.actionId,
      planVersion: activePlan(draft)?.version ?? 0,
      by,
      on: payload.on,
      status: payload.status,
      ...(payload.notDelivered !== undefined && { notDelivered: payload.notDelivered }),
    });
  },
  summary: ({ payload }) => `Action ${payload.status}`,
  sample: (record, { on }) => ({
    actionId: activeItems(record, 'actions')[0]?.id ?? 'act-1',
    on,
    status: 'in-progress' as const,
  }),
});

/**
 * @internal `contact.recorded`: a contact or session with the child, with attendance, the objectives of
 * the active plan it worked on, and who delivered it.
 */
export const contactRecorded = defineEvent({
  type: 'contact.recorded',
  description: 'A contact or session with the child is recorded, with attendance.',
  payload: z.strictObject({ contact: ContactSchema }),
  stays: DELIVERING_STAGES,
  check: (record, { payload: { contact } }) => [
    ...(findById(record.contacts, contact.id, contactId)
      ? [conflict(['contact', 'id'], 'A contact with this id is already recorded')]
      : []),
    ...contact.objectiveIds.flatMap((id, i) =>
      inActivePlan(record, 'objectives', id, ['contact', 'objectiveIds', i]),
    ),
    ...knownPerson(record, contact.deliveredBy, ['contact', 'deliveredBy']),
  ],
  apply: (draft, { payload }) => {
    draft.contacts.push(payload.contact);
  },
  summary: ({ payload }) =>
    `Contact recorded: ${payload.contact.kind}, ${payload.contact.attendance}`,
  sample: (record, { on, newId, choice }) => {
    const objective = activeItems(record, 'objectives')[0];
    return {
      contact: {
        id: newId('c'),
        date: on,
        kind: 'supervision' as const,
        attendance: choice.attendance ?? 'attended',
        objectiveIds: objective ? [objective.id] : [],
        deliveredBy: { kind: 'yos' as const, role: 'case-manager' as const },
      },
    };
  },
});

/** @internal `referral.made`: a referral to a partner agency, for an action of the plan if it delivers one. */
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
  stays: DELIVERING_STAGES,
  check: (record, { payload }) => [
    ...(record.referrals.some((r) => r.id === payload.referralId)
      ? [conflict(['referralId'], 'A referral with this id is already recorded')]
      : []),
    ...(payload.actionId === undefined ||
    currentPlan(record)?.plan.actions.some((a) => a.id === payload.actionId)
      ? []
      : [missing(['actionId'], 'The plan has no action with this id')]),
  ],
  apply: (draft, { payload }) => {
    draft.referrals.push({
      id: payload.referralId,
      agency: payload.agency,
      service: payload.service,
      ...(payload.actionId !== undefined && { actionId: payload.actionId }),
      history: [{ status: 'made', on: payload.on }],
    });
  },
  summary: ({ payload }) => `Referral made to ${payload.agency}`,
  sample: (_record, { on, newId }) => ({
    referralId: newId('r'),
    on,
    agency: 'education' as const,
    service: 'Tuition',
  }),
});

/** Statuses after which a referral's history is finished: a new need is a new referral. */
const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'completed',
  'declined',
  'not-available',
];

/** Whether a referral's history is finished (completed, declined or not available). */
const isFinished = (referral: CaseRecord['referrals'][number]): boolean => {
  const status = referralStatus(referral);
  return status !== undefined && FINAL_REFERRAL_STATUSES.includes(status);
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
 * @internal `referral.updated`: a referral's status moves on (accepted, waiting list, started,
 * completed, declined, not available); a referral is made only once, with `referral.made`.
 * Updates are dated in order, from the day it was made, and a completed, declined or not
 * available referral takes no more updates.
 */
export const referralUpdated = defineEvent({
  type: 'referral.updated',
  description: 'A referral’s status changes.',
  payload: z.strictObject({
    referralId: IdSchema,
    on: IsoDateSchema,
    status: ReferralStatusSchema.exclude(['made'], {
      error: 'A referral is made once, with referral.made; give its new status',
    }),
    note: TextSchema.optional(),
  }),
  stays: DELIVERING_STAGES,
  offeredWhen: (record) => record.referrals.some((r) => !isFinished(r)),
  check: (record, { payload }) => referralUpdateIssues(record, payload),
  apply: (draft, { payload }) => {
    draft.referrals
      .find((r) => r.id === payload.referralId)
      ?.history.push({
        status: payload.status,
        on: payload.on,
        ...(payload.note !== undefined && { note: payload.note }),
      });
  },
  summary: ({ payload }) => `Referral ${payload.status}`,
  sample: (record, { on }) => ({
    referralId: record.referrals.find((r) => !isFinished(r))?.id ?? 'r-1',
    on,
    status: 'accepted' as const,
  }),
});

/** @internal The delivery events. */
export const deliveryEvents = [
  objectiveStatusChanged,
  actionStatusChanged,
  contactRecorded,
  referralMade,
  referralUpdated,
] as const;
