import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';
import { AgencySchema, OwnerSchema } from './owner.js';

/**
 * The lawful basis for sharing the child's information with one agency: the consent of the
 * child (or of a parent/carer) or a statutory gateway (the provision is named, e.g. "Crime and
 * Disorder Act 1998 s.115"). A copy of the plan goes to an agency only while a basis for it is in
 * force: `planView(state, 'agency', …)` and a recorded copy (`agency.copySent`) are refused
 * without one.
 *
 * @example
 * SharingBasisSchema.parse({ id: 'sb-police', agency: 'police', basis: 'statutory-gateway', gateway: 'Crime and Disorder Act 1998 s.115', from: '2026-03-11' });
 * SharingBasisSchema.parse({ id: 'sb-camhs', agency: 'mental-health', basis: 'consent', consentBy: { kind: 'child' }, from: '2026-03-11' });
 */
export const SharingBasisSchema = z.discriminatedUnion('basis', [
  z.strictObject({
    id: IdSchema,
    agency: AgencySchema,
    basis: z.literal('consent'),
    /** Who consented: the child, or a parent/carer of the case. */
    consentBy: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('child') }),
      z.strictObject({ kind: z.literal('parent-carer'), personId: IdSchema }),
    ]),
    from: IsoDateSchema,
    /** What the consent covers, when narrower than the plan. */
    scope: TextSchema.optional(),
  }),
  z.strictObject({
    id: IdSchema,
    agency: AgencySchema,
    basis: z.literal('statutory-gateway'),
    /** The provision that allows the sharing. */
    gateway: z.string().trim().min(1).max(300),
    from: IsoDateSchema,
    scope: TextSchema.optional(),
  }),
]);

/**
 * A lawful basis for sharing with one agency.
 *
 * @example
 * const basis: SharingBasis = { id: 'sb-1', agency: 'housing', basis: 'consent', consentBy: { kind: 'child' }, from: '2026-03-11' };
 */
export type SharingBasis = Immutable<z.infer<typeof SharingBasisSchema>>;

/**
 * Why a basis for sharing ended: consent withdrawn, the agency no longer involved, or other.
 *
 * @example
 * SharingBasisEndReasonSchema.parse('consent-withdrawn');
 */
export const SharingBasisEndReasonSchema = z.enum([
  'consent-withdrawn',
  'no-longer-involved',
  'other',
]);

/**
 * The kinds of meeting held about the child with other agencies: a planning meeting (Helen's
 * sentence planning panel), a multi-agency panel, a risk management meeting, a MAPPA meeting, a
 * professionals' meeting (without the child), and the transition meeting with the child and
 * the receiving probation practitioner before a hand-over at 18.
 *
 * @example
 * CaseMeetingKindSchema.parse('risk-management-meeting');
 */
export const CaseMeetingKindSchema = z.enum([
  'planning-meeting',
  'multi-agency-panel',
  'risk-management-meeting',
  'mappa-meeting',
  'professionals-meeting',
  'transition-meeting',
]);

/**
 * A kind of multi-agency meeting.
 *
 * @example
 * const kind: CaseMeetingKind = 'planning-meeting';
 */
export type CaseMeetingKind = Immutable<z.infer<typeof CaseMeetingKindSchema>>;

/**
 * Someone at (or invited to) a meeting: the child, a parent/carer of the case, a YOS
 * practitioner, or a practitioner of another agency (by agency, and by the host's id for the
 * person when known). Ids only: names stay in the host's directory.
 *
 * @example
 * ParticipantSchema.parse({ kind: 'agency', agency: 'housing', practitionerId: 'ext-housing-7' });
 */
export const ParticipantSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('child') }),
  z.strictObject({ kind: z.literal('parent-carer'), personId: IdSchema }),
  z.strictObject({ kind: z.literal('yos'), practitionerId: IdSchema }),
  z.strictObject({
    kind: z.literal('agency'),
    agency: AgencySchema,
    practitionerId: IdSchema.optional(),
  }),
]);

/**
 * Someone at a meeting.
 *
 * @example
 * const p: Participant = { kind: 'child' };
 */
export type Participant = Immutable<z.infer<typeof ParticipantSchema>>;

/**
 * A professional: a YOS practitioner, or a practitioner of another agency (the chair of a
 * meeting, the lead professional of a case).
 *
 * @example
 * ProfessionalSchema.parse({ kind: 'yos', practitionerId: 'pr-mo' });
 */
export const ProfessionalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('yos'), practitionerId: IdSchema }),
  z.strictObject({
    kind: z.literal('agency'),
    agency: AgencySchema,
    practitionerId: IdSchema.optional(),
  }),
]);

/**
 * A professional.
 *
 * @example
 * const chair: Professional = { kind: 'yos', practitionerId: 'pr-mo' };
 */
export type Professional = Immutable<z.infer<typeof ProfessionalSchema>>;

/**
 * An action agreed at a meeting, in its place in the order of priority. It becomes a plan
 * action when a plan version drafted on or after the meeting holds an action with the same id
 * (`actionId`): the meeting records what was agreed, the plan what is delivered (ADR 0061).
 *
 * @example
 * AgreedActionSchema.parse({ actionId: 'act-housing', priority: 1, description: 'Homelessness assessment this week', owner: { kind: 'partner-agency', agency: 'housing', name: 'Housing options' } });
 */
export const AgreedActionSchema = z.strictObject({
  actionId: IdSchema,
  /** 1 is the first thing to do. */
  priority: z.int().min(1).max(99),
  description: TextSchema,
  owner: OwnerSchema,
  startsOn: IsoDateSchema.optional(),
  dueDate: IsoDateSchema.optional(),
});

/**
 * An action agreed at a meeting.
 *
 * @example
 * const agreed: AgreedAction = { actionId: 'act-1', priority: 1, description: 'Housing assessment', owner: { kind: 'yos', role: 'case-manager' } };
 */
export type AgreedAction = Immutable<z.infer<typeof AgreedActionSchema>>;

/**
 * A copy of a plan version sent to one agency (after a meeting, or on its own). Refused
 * without a lawful basis for sharing with the agency in force on the day.
 *
 * @example
 * AgencyCopySchema.parse({ agency: 'housing', on: '2026-03-18', planVersion: 1, meetingId: 'm-planning' });
 */
export const AgencyCopySchema = z.strictObject({
  agency: AgencySchema,
  on: IsoDateSchema,
  planVersion: z.int().min(1),
  /** The meeting whose record the copy is (Helen's copy to each agency at the panel). */
  meetingId: IdSchema.optional(),
});

/**
 * A copy sent to an agency.
 *
 * @example
 * const copy: AgencyCopy = { agency: 'police', on: '2026-03-18', planVersion: 1 };
 */
export type AgencyCopy = Immutable<z.infer<typeof AgencyCopySchema>>;

/**
 * A multi-agency meeting about the child: its kind, date and chair; who was invited and who came
 * (by agency and person, the child and parents/carers); what was decided; the actions agreed in
 * order of priority; and the date of the next one. Copies of the plan sent to the agencies are
 * recorded against it (`agency.copySent` with `meetingId`, or `copiesSent` here).
 *
 * @example
 * CaseMeetingSchema.parse({
 *   id: 'm-1', kind: 'planning-meeting', on: '2026-03-13', chair: { kind: 'yos', practitionerId: 'pr-mo' },
 *   invited: [{ kind: 'child' }, { kind: 'agency', agency: 'housing' }], attended: [{ kind: 'child' }, { kind: 'agency', agency: 'housing' }],
 *   decisions: ['Accommodation first'], actionsAgreed: [], nextMeetingOn: '2026-06-05',
 * });
 */
export const CaseMeetingSchema = z
  .strictObject({
    id: IdSchema,
    kind: CaseMeetingKindSchema,
    on: IsoDateSchema,
    chair: ProfessionalSchema,
    invited: z.array(ParticipantSchema).max(40),
    attended: z.array(ParticipantSchema).max(40),
    decisions: z.array(TextSchema).max(50).default([]),
    /** In order of priority: 1 first, each priority once. */
    actionsAgreed: z.array(AgreedActionSchema).max(50).default([]),
    nextMeetingOn: IsoDateSchema.optional(),
    copiesSent: z.array(AgencyCopySchema).max(20).default([]),
  })
  .superRefine((m, ctx) => {
    const ids = new Set<string>();
    m.actionsAgreed.forEach((a, i) => {
      if (ids.has(a.actionId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actionsAgreed', i, 'actionId'],
          message: 'Duplicate action id in this list',
        });
      }
      ids.add(a.actionId);
      const before = m.actionsAgreed[i - 1];
      if (before !== undefined && a.priority <= before.priority) {
        ctx.addIssue({
          code: 'custom',
          path: ['actionsAgreed', i, 'priority'],
          message: 'Agreed actions are listed in order of priority, each after the one before',
        });
      }
    });
    if (m.nextMeetingOn !== undefined && m.nextMeetingOn <= m.on) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextMeetingOn'],
        message: 'The next meeting is after this one',
      });
    }
    m.copiesSent.forEach((c, i) => {
      if (c.meetingId !== undefined && c.meetingId !== m.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['copiesSent', i, 'meetingId'],
          message: 'A copy sent at a meeting names that meeting',
        });
      }
    });
  });

/**
 * A multi-agency meeting, as parsed.
 *
 * @example
 * const meeting: CaseMeeting = CaseMeetingSchema.parse(input);
 */
export type CaseMeeting = Immutable<z.infer<typeof CaseMeetingSchema>>;
/**
 * A meeting as a host writes it (lists that default to empty may be left out).
 *
 * @example
 * const m: CaseMeetingInput = { id: 'm-1', kind: 'professionals-meeting', on: '2026-04-01', chair: { kind: 'yos', practitionerId: 'pr-mo' }, invited: [], attended: [] };
 */
export type CaseMeetingInput = Immutable<z.input<typeof CaseMeetingSchema>>;

/**
 * The kinds of other agencies' plans a youth justice plan aligns with: a child protection plan,
 * a child in need plan, a looked-after child's care plan, a pathway plan (16 and over, and care
 * leavers), an education, health and care plan, a CAMHS care plan, or another.
 *
 * @example
 * AgencyPlanKindSchema.parse('care-plan');
 */
export const AgencyPlanKindSchema = z.enum([
  'child-protection-plan',
  'child-in-need-plan',
  'care-plan',
  'pathway-plan',
  'ehcp',
  'camhs-plan',
  'other',
]);

/**
 * A kind of another agency's plan.
 *
 * @example
 * const kind: AgencyPlanKind = 'ehcp';
 */
export type AgencyPlanKind = Immutable<z.infer<typeof AgencyPlanKindSchema>>;

/**
 * Another agency's plan for the child, linked to the case: which plan, which agency, its lead
 * (the host's id for the practitioner), when it started and when it is next reviewed.
 *
 * @example
 * AgencyPlanSchema.parse({ id: 'ap-care', kind: 'care-plan', agency: 'social-care', lead: 'ext-sw-4', startedOn: '2026-04-20', nextReviewOn: '2026-06-19' });
 */
export const AgencyPlanSchema = z.strictObject({
  id: IdSchema,
  kind: AgencyPlanKindSchema,
  agency: AgencySchema,
  lead: IdSchema.optional(),
  startedOn: IsoDateSchema,
  nextReviewOn: IsoDateSchema.optional(),
  /** What the plan is, for `other`. */
  description: TextSchema.optional(),
});

/**
 * Another agency's plan.
 *
 * @example
 * const plan: AgencyPlan = { id: 'ap-1', kind: 'ehcp', agency: 'education', startedOn: '2024-09-01' };
 */
export type AgencyPlan = Immutable<z.infer<typeof AgencyPlanSchema>>;
