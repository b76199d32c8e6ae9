import { z } from 'zod';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';
import { AgencySchema, OwnerSchema } from './owner.js';
import { AchievementSchema } from './plan.js';

/** The kinds of contact a YOS records. */
export const ContactKindSchema = z.enum([
  'supervision',
  'intervention-session',
  'home-visit',
  'panel-meeting',
  'agency-appointment',
]);

/** Attendance at a contact. Acceptable absences never count toward enforcement. */
export const AttendanceSchema = z.enum(['attended', 'acceptable-absence', 'unacceptable-absence']);
/** Attendance at a contact. */
export type Attendance = z.infer<typeof AttendanceSchema>;

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

/** A contact with the child. */
export type Contact = z.infer<typeof ContactSchema>;

/** Where a referral to a partner agency is. */
export const ReferralStatusSchema = z.enum([
  'made',
  'accepted',
  'waiting-list',
  'started',
  'completed',
  'declined',
  'not-available',
]);
/** A referral's status. */
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/** Why an intervention was not delivered (the reasons inspection finds). */
export const NotDeliveredReasonSchema = z.enum([
  'referral-not-made',
  'child-unwilling',
  'not-available-locally',
  'waiting-list',
  'other',
]);

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

/** A referral to a partner agency. */
export type Referral = z.infer<typeof ReferralSchema>;

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

/** Why an action was not delivered. */
export type NotDelivered = z.infer<typeof NotDeliveredSchema>;

/**
 * A compliance warning, recorded with procedural justice: the reason, the child's own account,
 * and that the consequences were explained.
 *
 * @example
 * WarningSchema.parse({ id: 'w-1', on: '2025-04-02', reason: 'Missed supervision without contact', childAccount: 'I was at my cousin’s and my phone died', consequencesExplained: true, contactIds: ['c-9'] });
 */
export const WarningSchema = z.strictObject({
  id: IdSchema,
  on: IsoDateSchema,
  reason: TextSchema,
  childAccount: TextSchema.optional(),
  consequencesExplained: z.boolean(),
  contactIds: z.array(IdSchema).max(50).default([]),
});

/** A compliance warning. */
export type Warning = z.infer<typeof WarningSchema>;

/**
 * Breach action: a return to court (or to the youth offender panel), and its outcome.
 *
 * @example
 * BreachActionSchema.parse({ id: 'b-1', on: '2025-05-01', to: 'court', reason: 'Third unacceptable absence' });
 */
export const BreachActionSchema = z.strictObject({
  id: IdSchema,
  on: IsoDateSchema,
  /** Back to the court that made the order, or to the youth offender panel (referral orders). */
  to: z.enum(['court', 'youth-offender-panel']),
  reason: TextSchema,
});

/** Breach action. */
export type BreachAction = z.infer<typeof BreachActionSchema>;

/** What a court or panel decided on breach. */
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

/** Progress on one objective. */
export type ObjectiveProgress = z.infer<typeof ObjectiveProgressSchema>;
