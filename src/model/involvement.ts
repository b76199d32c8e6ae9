import { z } from 'zod';
import { ViewsSchema } from './assessment.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/** Meetings a parent/carer can be invited to. */
export const MeetingKindSchema = z.enum(['assessment', 'planning-meeting', 'panel', 'review']);
/** A meeting a parent/carer can be invited to. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/** Support a YOS offers parents and carers. */
export const SupportKindSchema = z.enum([
  'parenting-programme',
  'family-support',
  'mediation',
  'other',
]);

/** Why a parent/carer is not involved. */
export const NotInvolvedReasonSchema = z.enum([
  'child-18-or-over',
  'estranged',
  'safeguarding',
  'childs-wish',
  'other',
]);

const common = {
  id: IdSchema,
  personId: IdSchema,
  on: IsoDateSchema,
  /** The plan version or review the record concerns, where it concerns one. */
  planVersion: z.int().min(1).optional(),
  reviewId: IdSchema.optional(),
};

/**
 * One thing a parent/carer was asked, did or said: invitations, attendance, views, agreement,
 * copies of the plan, support, parenting contracts and orders, and why someone was not
 * involved. Records are append-only: a wrong one is invalidated, never deleted.
 *
 * @example
 * InvolvementRecordSchema.parse({ kind: 'invited', id: 'inv-1', personId: 'pc-mum', on: '2025-03-10', meeting: 'planning-meeting' });
 */
export const InvolvementRecordSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('invited'), ...common, meeting: MeetingKindSchema }),
    z.strictObject({ kind: z.literal('attended'), ...common, meeting: MeetingKindSchema }),
    z.strictObject({
      kind: z.literal('did-not-attend'),
      ...common,
      meeting: MeetingKindSchema,
      reason: TextSchema,
    }),
    z.strictObject({ kind: z.literal('views-recorded'), ...common, views: ViewsSchema }),
    z.strictObject({
      kind: z.literal('plan-agreement'),
      ...common,
      planVersion: z.int().min(1),
      agreed: z.boolean(),
      comment: TextSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('plan-copy-given'),
      ...common,
      planVersion: z.int().min(1),
      /** A reasoned override of a restriction that forbids sharing the plan with this person. */
      sharingOverride: z.strictObject({ rationale: TextSchema, authorisedBy: IdSchema }).optional(),
    }),
    z.strictObject({
      kind: z.enum(['support-offered', 'support-accepted', 'support-declined']),
      ...common,
      support: SupportKindSchema,
      detail: TextSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('parenting-contract-agreed'),
      ...common,
      until: IsoDateSchema,
    }),
    z.strictObject({
      kind: z.literal('parenting-order-made'),
      ...common,
      /** Sentencing Act 2020 s.366-368: up to 12 months, guidance programme up to 3 months. */
      months: z.int().min(1).max(12),
      programmeMonths: z.int().min(0).max(3),
    }),
    z.strictObject({
      kind: z.literal('could-not-contact'),
      ...common,
      attempts: z.int().min(1).max(100),
    }),
    z.strictObject({
      kind: z.literal('not-involved'),
      ...common,
      reason: NotInvolvedReasonSchema,
      rationale: TextSchema,
    }),
  ])
  .refine((r) => r.kind !== 'parenting-order-made' || r.programmeMonths <= r.months, {
    path: ['programmeMonths'],
    message: 'A parenting order’s guidance programme cannot outlast the order',
  });

/** One involvement record. */
export type InvolvementRecord = z.infer<typeof InvolvementRecordSchema>;
/** The kinds of involvement record. */
export type InvolvementKind = InvolvementRecord['kind'];
