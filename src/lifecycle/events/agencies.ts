import * as z from 'zod';
import { maxDate } from '../../_lib/calendar.js';
import {
  AgencyCopySchema,
  AgencyPlanSchema,
  CaseMeetingSchema,
  type Participant,
  ProfessionalSchema,
  SharingBasisEndReasonSchema,
  SharingBasisSchema,
} from '../../model/agencies.js';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { AgencySchema } from '../../model/owner.js';
import { sharingBasisOn, transitionDecisionOf } from '../agencyFacts.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import { latestPlan } from '../derive.js';
import type { CaseRecord } from '../record.js';
import { ACTIVE_STAGES } from '../stages.js';

/** A sharing refusal: no lawful basis for sharing with the agency in force on the day. */
function noBasis(path: readonly (string | number)[]): ReferenceIssue {
  return {
    kind: 'sharing_restricted',
    code: 'sharing_restricted',
    path: ['payload', ...path],
    message:
      'No lawful basis for sharing with this agency is recorded for this date; record one (sharing.basisRecorded) first',
  };
}

/** Checks a copy of the plan for an agency: the basis first (privacy), then the plan version. */
function copyIssues(
  record: CaseRecord,
  copy: z.output<typeof AgencyCopySchema>,
  path: readonly (string | number)[],
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  if (!sharingBasisOn(record, copy.agency, copy.on)) issues.push(noBasis([...path, 'agency']));
  if (!record.plans.some((p) => p.version === copy.planVersion)) {
    issues.push(missing([...path, 'planVersion'], 'No plan version with this number'));
  }
  return issues;
}

/** `sharing.basisRecorded`: the lawful basis for sharing with one agency (consent or a gateway). */
export const sharingBasisRecorded = defineEvent({
  type: 'sharing.basisRecorded',
  description:
    'The lawful basis for sharing the child’s information with an agency is recorded: consent (the child’s or a parent/carer’s) or a statutory gateway.',
  payload: z.strictObject({ basis: SharingBasisSchema }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) => {
    const issues: ReferenceIssue[] = [];
    if (record.sharingBases.some((b) => b.basis.id === payload.basis.id)) {
      issues.push(
        conflict(['basis', 'id'], 'A basis for sharing with this id is already recorded'),
      );
    }
    const by = payload.basis.basis === 'consent' ? payload.basis.consentBy : undefined;
    if (by?.kind === 'parent-carer' && !record.people.some((p) => p.id === by.personId)) {
      issues.push(
        missing(['basis', 'consentBy', 'personId'], 'No parent/carer in the case has this id'),
      );
    }
    return issues;
  },
  apply: (draft, { payload, by }) => {
    draft.sharingBases.push({ basis: payload.basis, by });
  },
  summary: ({ payload }) =>
    `Basis for sharing with ${payload.basis.agency} recorded (${payload.basis.basis})`,
  sample: (record, { on, newId }) => {
    // Probation when the case is to be handed over and has none yet; else the first agency
    // without a basis in force.
    const transferring = transitionDecisionOf(record)?.decision === 'transfer';
    const agency =
      transferring && !sharingBasisOn(record, 'probation', on)
        ? 'probation'
        : (AgencySchema.options.find((a) => !sharingBasisOn(record, a, on)) ?? 'other');
    return {
      basis: {
        id: newId('sb'),
        agency,
        basis: 'statutory-gateway' as const,
        gateway: 'Crime and Disorder Act 1998 s.115',
        from: on,
      },
    };
  },
});

/** `sharing.basisEnded`: a basis ends (consent withdrawn, the agency no longer involved). */
export const sharingBasisEnded = defineEvent({
  type: 'sharing.basisEnded',
  description:
    'A basis for sharing with an agency ends (consent withdrawn, the agency no longer involved); no copy goes to the agency on it after that day.',
  payload: z.strictObject({
    basisId: IdSchema,
    on: IsoDateSchema,
    reason: SharingBasisEndReasonSchema,
    detail: TextSchema.optional(),
  }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.sharingBases.some((b) => b.ended === undefined),
  check: (record, { payload }) => {
    const basis = record.sharingBases.find((b) => b.basis.id === payload.basisId);
    if (!basis || basis.ended) return [missing(['basisId'], 'No basis in force has this id')];
    return payload.on < basis.basis.from
      ? [conflict(['on'], 'A basis ends on or after the day it began')]
      : [];
  },
  apply: (draft, { payload, by }) => {
    const basis = draft.sharingBases.find(
      (b) => b.basis.id === payload.basisId && b.ended === undefined,
    );
    if (basis) {
      basis.ended = {
        on: payload.on,
        by,
        reason: payload.reason,
        ...(payload.detail !== undefined && { detail: payload.detail }),
      };
    }
  },
  summary: ({ payload }) => `Basis for sharing ended (${payload.reason})`,
  sample: (record, { on }) => {
    const basis = record.sharingBases.find((b) => b.ended === undefined);
    return {
      basisId: basis?.basis.id ?? 'sb-1',
      on: maxDate(on, basis?.basis.from ?? on),
      reason: 'no-longer-involved' as const,
    };
  },
});

/** `agency.copySent`: a copy of a plan version goes to an agency (on its own or after a meeting). */
export const agencyCopySent = defineEvent({
  type: 'agency.copySent',
  description:
    'A copy of a plan version is sent to an agency, under a lawful basis for sharing with it, perhaps as the record of a meeting.',
  payload: AgencyCopySchema,
  stays: ACTIVE_STAGES,
  offeredWhen: (record) =>
    record.plans.length > 0 && record.sharingBases.some((b) => b.ended === undefined),
  check: (record, { payload }) => [
    ...copyIssues(record, payload, []),
    ...(payload.meetingId !== undefined &&
    !record.meetings.some((m) => m.meeting.id === payload.meetingId)
      ? [missing(['meetingId'], 'No meeting with this id')]
      : []),
  ],
  apply: (draft, { payload, by }) => {
    draft.agencyCopies.push({ ...payload, by });
  },
  summary: ({ payload }) => `Plan version ${payload.planVersion} sent to ${payload.agency}`,
  sample: (record, { on }) => {
    const basis = record.sharingBases.find((b) => b.ended === undefined);
    return {
      agency: basis?.basis.agency ?? 'education',
      on: maxDate(on, basis?.basis.from ?? on),
      planVersion: latestPlan(record)?.version ?? 1,
    };
  },
});

/** Participants naming a parent/carer the case does not hold. */
function participantIssues(
  record: CaseRecord,
  list: readonly Participant[],
  path: string[],
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  list.forEach((p, i) => {
    if (p.kind === 'parent-carer' && !record.people.some((person) => person.id === p.personId)) {
      issues.push(missing([...path, i, 'personId'], 'No parent/carer in the case has this id'));
    }
  });
  return issues;
}

/**
 * `meeting.held`: a planning meeting, multi-agency panel, risk management meeting, MAPPA meeting,
 * professionals' meeting or transition meeting, with who came, what was decided and the actions
 * agreed in order of priority.
 */
export const meetingHeld = defineEvent({
  type: 'meeting.held',
  description:
    'A multi-agency meeting about the child is recorded: kind, date, chair, who was invited and who came, decisions, actions agreed in order of priority, the next meeting date and the copies sent.',
  payload: z.strictObject({ meeting: CaseMeetingSchema }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) => {
    const m = payload.meeting;
    const issues: ReferenceIssue[] = [];
    m.copiesSent.forEach((c, i) => {
      issues.push(...copyIssues(record, c, ['meeting', 'copiesSent', i]));
    });
    if (record.meetings.some((r) => r.meeting.id === m.id)) {
      issues.push(conflict(['meeting', 'id'], 'A meeting with this id is already recorded'));
    }
    issues.push(
      ...participantIssues(record, m.invited, ['meeting', 'invited']),
      ...participantIssues(record, m.attended, ['meeting', 'attended']),
    );
    return issues;
  },
  apply: (draft, { payload, by }) => {
    draft.meetings.push({ meeting: payload.meeting, by });
    for (const copy of payload.meeting.copiesSent) {
      draft.agencyCopies.push({ ...copy, meetingId: payload.meeting.id, by });
    }
  },
  summary: ({ payload }) =>
    `Meeting held (${payload.meeting.kind}): ${payload.meeting.attended.length} attended, ${payload.meeting.actionsAgreed.length} actions agreed`,
  sample: (record, { on, newId, content }) => {
    const transition =
      transitionDecisionOf(record)?.decision === 'transfer' &&
      !record.meetings.some((m) => m.meeting.kind === 'transition-meeting');
    const yos = { kind: 'yos' as const, practitionerId: record.caseManager };
    const people: z.input<typeof CaseMeetingSchema>['attended'] = transition
      ? [{ kind: 'child' }, yos, { kind: 'agency', agency: 'probation' }]
      : [{ kind: 'child' }, yos];
    return {
      meeting: {
        id: newId('m'),
        kind: transition ? ('transition-meeting' as const) : ('planning-meeting' as const),
        on,
        chair: yos,
        invited: people,
        attended: people,
        decisions: [content.text('agreed the next steps')],
      },
    };
  },
});

/** `case.leadProfessionalNamed`: the lead professional for the case, from a date. */
export const leadProfessionalNamed = defineEvent({
  type: 'case.leadProfessionalNamed',
  description:
    'The lead professional for the child is named: a YOS practitioner or another agency’s.',
  payload: z.strictObject({ on: IsoDateSchema, lead: ProfessionalSchema }),
  stays: ACTIVE_STAGES,
  apply: (draft, { payload, by }) => {
    draft.leadProfessionals.push({ on: payload.on, lead: payload.lead, by });
  },
  summary: ({ payload }) =>
    `Lead professional named (${payload.lead.kind === 'yos' ? 'YOS' : payload.lead.agency})`,
  sample: (record, { on }) => ({
    on,
    lead: { kind: 'yos' as const, practitionerId: record.caseManager },
  }),
});

/** An agency plan in force with this id, for the events that name one. */
const openPlan = (record: CaseRecord, id: string) =>
  record.agencyPlans.find((p) => p.plan.id === id && p.ended === undefined);

const planInForce = (record: CaseRecord) => record.agencyPlans.some((p) => p.ended === undefined);

/** `agencyPlan.linked`: another agency's plan for the child is linked to the case. */
export const agencyPlanLinked = defineEvent({
  type: 'agencyPlan.linked',
  description:
    'Another agency’s plan for the child (child protection, child in need, care, pathway, EHCP, CAMHS) is linked to the case, with its agency, lead and dates.',
  payload: z.strictObject({ plan: AgencyPlanSchema }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) =>
    record.agencyPlans.some((p) => p.plan.id === payload.plan.id)
      ? [conflict(['plan', 'id'], 'A plan with this id is already linked')]
      : [],
  apply: (draft, { payload, by }) => {
    draft.agencyPlans.push({ plan: payload.plan, by, reviews: [] });
  },
  summary: ({ payload }) => `Agency plan linked (${payload.plan.kind}, ${payload.plan.agency})`,
  sample: (_record, { on, newId }) => ({
    plan: {
      id: newId('ap'),
      kind: 'child-in-need-plan' as const,
      agency: 'social-care' as const,
      startedOn: on,
    },
  }),
});

const planDatePayload = z.strictObject({
  planId: IdSchema,
  on: IsoDateSchema,
  nextReviewOn: IsoDateSchema.optional(),
});

/** The checks of an event about a linked plan: in force, and not dated before it started. */
function linkedPlanIssues(record: CaseRecord, planId: string, on: string): ReferenceIssue[] {
  const linked = openPlan(record, planId);
  if (!linked) return [missing(['planId'], 'No linked plan in force has this id')];
  return on < linked.plan.startedOn
    ? [conflict(['on'], 'The date is before the linked plan started')]
    : [];
}

/** `agencyPlan.reviewed`: another agency's plan is reviewed (a child protection conference, a looked-after review). */
export const agencyPlanReviewed = defineEvent({
  type: 'agencyPlan.reviewed',
  description:
    'A linked plan of another agency is reviewed (a child protection review conference, a looked-after child review), with its next review date.',
  payload: planDatePayload,
  stays: ACTIVE_STAGES,
  offeredWhen: planInForce,
  check: (record, { payload }) => linkedPlanIssues(record, payload.planId, payload.on),
  apply: (draft, { payload, by }) => {
    const linked = draft.agencyPlans.find(
      (p) => p.plan.id === payload.planId && p.ended === undefined,
    );
    linked?.reviews.push({
      on: payload.on,
      by,
      ...(payload.nextReviewOn !== undefined && { nextReviewOn: payload.nextReviewOn }),
    });
  },
  summary: () => 'Agency plan reviewed',
  sample: (record, { on }) => {
    const linked = record.agencyPlans.find((p) => p.ended === undefined);
    return { planId: linked?.plan.id ?? 'ap-1', on: maxDate(on, linked?.plan.startedOn ?? on) };
  },
});

/** `agencyPlan.ended`: another agency's plan ends (the child no longer looked after, say). */
export const agencyPlanEnded = defineEvent({
  type: 'agencyPlan.ended',
  description: 'A linked plan of another agency ends.',
  payload: z.strictObject({ planId: IdSchema, on: IsoDateSchema, reason: TextSchema.optional() }),
  stays: ACTIVE_STAGES,
  offeredWhen: planInForce,
  check: (record, { payload }) => linkedPlanIssues(record, payload.planId, payload.on),
  apply: (draft, { payload, by }) => {
    const linked = draft.agencyPlans.find(
      (p) => p.plan.id === payload.planId && p.ended === undefined,
    );
    if (linked) {
      linked.ended = {
        on: payload.on,
        by,
        ...(payload.reason !== undefined && { reason: payload.reason }),
      };
    }
  },
  summary: () => 'Agency plan ended',
  sample: (record, { on }) => {
    const linked = record.agencyPlans.find((p) => p.ended === undefined);
    return { planId: linked?.plan.id ?? 'ap-1', on: maxDate(on, linked?.plan.startedOn ?? on) };
  },
});

/** @internal The events of multi-agency work: sharing, copies, meetings, the lead, other plans. */
export const agencyEvents = [
  sharingBasisRecorded,
  sharingBasisEnded,
  agencyCopySent,
  meetingHeld,
  leadProfessionalNamed,
  agencyPlanLinked,
  agencyPlanReviewed,
  agencyPlanEnded,
] as const;
