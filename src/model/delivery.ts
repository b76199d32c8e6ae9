import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';
import { AgencySchema, OwnerSchema } from './owner.js';
import { AchievementSchema } from './plan.js';

/**
 * The kinds of contact a YOS records.
 *
 * @example
 * ContactKindSchema.parse('home-visit');
 */
export const ContactKindSchema = z.enum([
  'supervision',
  'intervention-session',
  'home-visit',
  'panel-meeting',
  'agency-appointment',
]);
/**
 * A kind of contact.
 *
 * @example
 * const kind: ContactKind = 'panel-meeting';
 */
export type ContactKind = Immutable<z.infer<typeof ContactKindSchema>>;

/**
 * Attendance at a contact. Acceptable absences never count toward enforcement.
 *
 * @example
 * AttendanceSchema.parse('unacceptable-absence');
 */
export const AttendanceSchema = z.enum(['attended', 'acceptable-absence', 'unacceptable-absence']);
/**
 * Attendance at a contact.
 *
 * @example
 * const a: Attendance = 'acceptable-absence';
 */
export type Attendance = Immutable<z.infer<typeof AttendanceSchema>>;

/**
 * A contact or session with the child.
 *
 * @example
 * ContactSchema.parse({ id: 'c-1', date: '2025-03-20', kind: 'supervision', attendance: 'attended', objectiveIds: ['o-housing'], deliveredBy: { kind: 'yos' } });
 */
export const ContactSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  kind: ContactKindSchema,
  attendance: AttendanceSchema,
  objectiveIds: z.array(IdSchema).max(50).default([]),
  deliveredBy: OwnerSchema,
  notes: TextSchema.optional(),
});

/**
 * A contact with the child.
 *
 * @example
 * const absent = (c: Contact) => c.attendance === 'unacceptable-absence';
 */
export type Contact = Immutable<z.infer<typeof ContactSchema>>;

/**
 * Where a referral to a partner agency is.
 *
 * @example
 * ReferralStatusSchema.parse('waiting-list');
 */
export const ReferralStatusSchema = z.enum([
  'made',
  'accepted',
  'waiting-list',
  'started',
  'completed',
  'declined',
  'not-available',
]);
/**
 * A referral's status.
 *
 * @example
 * const s: ReferralStatus = 'started';
 */
export type ReferralStatus = Immutable<z.infer<typeof ReferralStatusSchema>>;

/**
 * Why an intervention was not delivered (the reasons inspection finds).
 *
 * @example
 * NotDeliveredReasonSchema.parse('child-unwilling');
 */
export const NotDeliveredReasonSchema = z.enum([
  'referral-not-made',
  'child-unwilling',
  'not-available-locally',
  'waiting-list',
  'other',
]);
/**
 * Why an intervention was not delivered.
 *
 * @example
 * const r: NotDeliveredReason = 'waiting-list';
 */
export type NotDeliveredReason = Immutable<z.infer<typeof NotDeliveredReasonSchema>>;

/**
 * A referral to a partner agency, with its status history.
 *
 * @example
 * ReferralSchema.parse({ id: 'r-1', agency: 'substance-misuse', service: 'Young people’s drug service', actionId: 'act-3', history: [{ status: 'made', on: '2025-03-18' }] });
 */
export const ReferralSchema = z.strictObject({
  id: IdSchema,
  agency: AgencySchema,
  service: z.string().trim().min(1).max(200),
  actionId: IdSchema.optional(),
  history: z
    .array(
      z.strictObject({
        status: ReferralStatusSchema,
        on: IsoDateSchema,
        note: TextSchema.optional(),
      }),
    )
    .min(1),
});

/**
 * A referral to a partner agency.
 *
 * @example
 * const status = (r: Referral) => r.history.at(-1)?.status;
 */
export type Referral = Immutable<z.infer<typeof ReferralSchema>>;

/** @internal A referral's status now: the last entry of its history. */
export const referralStatus = (referral: Referral): ReferralStatus | undefined =>
  referral.history[referral.history.length - 1]?.status;

/**
 * Why an action was not delivered.
 *
 * @example
 * NotDeliveredSchema.parse({ reason: 'other', detail: 'Provider closed for refurbishment' });
 */
export const NotDeliveredSchema = z
  .strictObject({ reason: NotDeliveredReasonSchema, detail: TextSchema.optional() })
  .refine((n) => n.reason !== 'other' || n.detail !== undefined, {
    path: ['detail'],
    message: 'Say why, when the reason is "other"',
  });

/**
 * Why an action was not delivered.
 *
 * @example
 * const n: NotDelivered = { reason: 'not-available-locally' };
 */
export type NotDelivered = Immutable<z.infer<typeof NotDeliveredSchema>>;

/**
 * A compliance warning, recorded with procedural justice: the reason, the child's own account,
 * and that the consequences of further non-compliance were explained. Explaining the
 * consequences is part of giving a warning, so a warning cannot be recorded without it; the
 * child's account may be missing (the child would not give one), which the check
 * `compliance.warning-without-account` reports. `contactIds` name the unacceptable absences the
 * warning responds to (an acceptable absence never counts toward enforcement).
 *
 * @example
 * WarningSchema.parse({ id: 'w-1', on: '2025-04-02', reason: 'Missed supervision without contact', childAccount: 'I was at my cousin’s and my phone died', consequencesExplained: true, contactIds: ['c-9'] });
 */
export const WarningSchema = z.strictObject({
  id: IdSchema,
  on: IsoDateSchema,
  reason: TextSchema,
  childAccount: TextSchema.optional(),
  consequencesExplained: z.literal(true, {
    error: 'A warning must record that the consequences of further non-compliance were explained',
  }),
  contactIds: z.array(IdSchema).max(50).default([]),
});

/**
 * A compliance warning.
 *
 * @example
 * const heard = (w: Warning) => w.childAccount !== undefined;
 */
export type Warning = Immutable<z.infer<typeof WarningSchema>>;

/**
 * Breach action: a return to court, or to the youth offender panel for a referral order
 * (Sentencing Act 2020 s.99(6): the panel must hold a progress meeting when the child appears
 * to be in breach of the contract). `contactIds` name the unacceptable absences it responds to.
 *
 * @example
 * BreachActionSchema.parse({ id: 'b-1', on: '2025-05-01', to: 'court', reason: 'Third unacceptable absence', contactIds: ['c-9', 'c-12', 'c-14'] });
 */
export const BreachActionSchema = z.strictObject({
  id: IdSchema,
  on: IsoDateSchema,
  /** Back to the court that made the order, or to the youth offender panel (referral orders). */
  to: z.enum(['court', 'youth-offender-panel']),
  reason: TextSchema,
  contactIds: z.array(IdSchema).max(50).default([]),
});

/**
 * Breach action.
 *
 * @example
 * const toPanel = (b: BreachAction) => b.to === 'youth-offender-panel';
 */
export type BreachAction = Immutable<z.infer<typeof BreachActionSchema>>;

/**
 * The informal ways a practitioner answers an unacceptable absence, short of a warning: a
 * conversation with the child, a home visit, a rearranged appointment, a reminder arrangement
 * (texts the day before, a lift from a carer), or another response described in the notes.
 *
 * @example
 * AbsenceResponseKindSchema.parse('home-visit');
 */
export const AbsenceResponseKindSchema = z.enum([
  'conversation',
  'home-visit',
  'rearranged-appointment',
  'reminder-arrangement',
  'other',
]);
/**
 * A kind of informal response to an absence.
 *
 * @example
 * const k: AbsenceResponseKind = 'rearranged-appointment';
 */
export type AbsenceResponseKind = Immutable<z.infer<typeof AbsenceResponseKindSchema>>;

/**
 * An informal response to one or more unacceptable absences (`contactIds`), recorded so that
 * proportionate, engaging responses count as much as formal ones: what was done, on which day,
 * and notes. `reasonableExcuse` records that, having heard the child, the practitioner found the
 * child had a reasonable excuse: under a youth rehabilitation order the duty to warn (Sentencing
 * Act 2020 Sch. 7 para. 4) then does not arise. The payload of a future compliance event; the
 * checks read such records from the case when the case holds them.
 *
 * @example
 * AbsenceResponseSchema.parse({ id: 'ar-1', contactIds: ['c-14'], kind: 'home-visit', on: '2025-10-16', notes: 'Agreed text reminders the day before sessions' });
 */
export const AbsenceResponseSchema = z
  .strictObject({
    id: IdSchema,
    contactIds: z.array(IdSchema).min(1).max(50),
    kind: AbsenceResponseKindSchema,
    on: IsoDateSchema,
    reasonableExcuse: z.boolean().optional(),
    notes: TextSchema.optional(),
  })
  .refine((r) => r.kind !== 'other' || r.notes !== undefined, {
    path: ['notes'],
    message: 'Say what was done, when the response is "other"',
  });

/**
 * An informal response to absences.
 *
 * @example
 * const visited = (r: AbsenceResponse) => r.kind === 'home-visit';
 */
export type AbsenceResponse = Immutable<z.infer<typeof AbsenceResponseSchema>>;

/**
 * What a court or panel decided on breach.
 *
 * @example
 * BreachOutcomeSchema.parse('order-continued');
 */
export const BreachOutcomeSchema = z.enum([
  'order-continued',
  'requirements-amended',
  'fine',
  'order-revoked-resentenced',
  'contract-varied',
  'referred-back-to-court',
  'no-action',
]);
/**
 * What a court or panel decided on breach.
 *
 * @example
 * const o: BreachOutcome = 'requirements-amended';
 */
export type BreachOutcome = Immutable<z.infer<typeof BreachOutcomeSchema>>;

/**
 * Progress on one objective at a date: achievement and the evidence for it.
 *
 * @example
 * ObjectiveProgressSchema.parse({ objectiveId: 'o-housing', on: '2025-06-01', achievement: 'achieved', evidence: 'Tenancy signed in May' });
 */
export const ObjectiveProgressSchema = z.strictObject({
  objectiveId: IdSchema,
  on: IsoDateSchema,
  achievement: AchievementSchema,
  evidence: TextSchema.optional(),
});

/**
 * Progress on one objective.
 *
 * @example
 * const done = (p: ObjectiveProgress) => p.achievement === 'achieved';
 */
export type ObjectiveProgress = Immutable<z.infer<typeof ObjectiveProgressSchema>>;
