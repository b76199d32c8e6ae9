import { z } from 'zod';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/** The role a person plays around the child. */
export const ParentCarerRoleSchema = z.enum([
  'parent',
  'carer',
  'foster-carer',
  'kinship-carer',
  'corporate-parent',
  'other',
]);

/** A role around the child. */
export type ParentCarerRole = z.infer<typeof ParentCarerRoleSchema>;

/** What a contact restriction forbids. */
export const RestrictionKindSchema = z.enum([
  'no-contact',
  'supervised-contact',
  'no-sharing-of-plan',
  'no-sharing-of-whereabouts',
]);

/** A kind of contact restriction. */
export type RestrictionKind = z.infer<typeof RestrictionKindSchema>;

/**
 * A contact restriction, with its reason and source (a court order or a safeguarding decision).
 *
 * @example
 * ContactRestrictionSchema.parse({ kind: 'no-contact', reason: 'Non-molestation order', source: 'court-order', from: '2024-11-02' });
 */
export const ContactRestrictionSchema = z.strictObject({
  kind: RestrictionKindSchema,
  reason: TextSchema,
  source: z.enum(['court-order', 'safeguarding-decision', 'other']),
  from: IsoDateSchema.optional(),
  until: IsoDateSchema.optional(),
});

/** A contact restriction. */
export type ContactRestriction = z.infer<typeof ContactRestrictionSchema>;

/**
 * A parent, carer or corporate parent. Contact details are not the library's business: hold an
 * opaque `contactRef` to the host's own record.
 *
 * @example
 * ParentCarerSchema.parse({ id: 'pc-mum', role: 'parent', relationship: 'mother', parentalResponsibility: true });
 */
export const ParentCarerSchema = z.strictObject({
  id: IdSchema,
  role: ParentCarerRoleSchema,
  /** How the person is related to the child, in the practitioner's words ("mother", "aunt"). */
  relationship: z.string().trim().min(1).max(100),
  parentalResponsibility: z.boolean(),
  contactRef: IdSchema.optional(),
  restrictions: z.array(ContactRestrictionSchema).max(20).default([]),
});

/** A parent, carer or corporate parent. */
export type ParentCarer = z.infer<typeof ParentCarerSchema>;
/** What a host passes to describe a parent/carer. */
export type ParentCarerInput = z.input<typeof ParentCarerSchema>;
