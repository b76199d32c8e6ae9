import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/**
 * The role a person plays around the child: parent, carer, foster carer, kinship carer, the
 * local authority as corporate parent of a looked-after child (Children Act 1989 s.22), or other.
 *
 * @example
 * ParentCarerRoleSchema.parse('kinship-carer');
 */
export const ParentCarerRoleSchema = z.enum([
  'parent',
  'carer',
  'foster-carer',
  'kinship-carer',
  'corporate-parent',
  'other',
]);

/**
 * A role around the child.
 *
 * @example
 * const role: ParentCarerRole = 'foster-carer';
 */
export type ParentCarerRole = Immutable<z.infer<typeof ParentCarerRoleSchema>>;

/**
 * What a contact restriction forbids: any contact, unsupervised contact, sharing the child's
 * plan, or sharing the child's whereabouts.
 *
 * @example
 * RestrictionKindSchema.parse('no-sharing-of-plan');
 */
export const RestrictionKindSchema = z.enum([
  'no-contact',
  'supervised-contact',
  'no-sharing-of-plan',
  'no-sharing-of-whereabouts',
]);

/**
 * A kind of contact restriction.
 *
 * @example
 * const kind: RestrictionKind = 'no-sharing-of-whereabouts';
 */
export type RestrictionKind = Immutable<z.infer<typeof RestrictionKindSchema>>;

/**
 * Where a contact restriction comes from: a court order (e.g. a non-molestation order), a
 * safeguarding decision (e.g. a strategy meeting), or another source.
 *
 * @example
 * RestrictionSourceSchema.parse('court-order');
 */
export const RestrictionSourceSchema = z.enum(['court-order', 'safeguarding-decision', 'other']);

/**
 * Where a contact restriction comes from.
 *
 * @example
 * const source: RestrictionSource = 'safeguarding-decision';
 */
export type RestrictionSource = Immutable<z.infer<typeof RestrictionSourceSchema>>;

/**
 * A contact restriction, with its reason and source (a court order or a safeguarding decision).
 * It applies on a date when `from <= date <= until`; a missing end is open. `sourceRef` is an
 * opaque reference to the order or decision in the host's own records.
 *
 * @example
 * ContactRestrictionSchema.parse({ kind: 'no-contact', reason: 'Non-molestation order', source: 'court-order', from: '2024-11-02' });
 */
export const ContactRestrictionSchema = z
  .strictObject({
    kind: RestrictionKindSchema,
    reason: TextSchema,
    source: RestrictionSourceSchema,
    sourceRef: IdSchema.optional(),
    from: IsoDateSchema.optional(),
    until: IsoDateSchema.optional(),
  })
  .refine((r) => r.from === undefined || r.until === undefined || r.from <= r.until, {
    path: ['until'],
    message: 'A restriction cannot end before it starts',
  });

/**
 * A contact restriction; see {@link ContactRestrictionSchema}.
 *
 * @example
 * const r: ContactRestriction = { kind: 'supervised-contact', reason: 'Strategy meeting decision', source: 'safeguarding-decision' };
 */
export type ContactRestriction = Immutable<z.infer<typeof ContactRestrictionSchema>>;

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

/**
 * A parent, carer or corporate parent, as parsed (defaults applied).
 *
 * @example
 * const mum: ParentCarer = parseParentCarer(input);
 * mum.restrictions; // [] when none were given
 */
export type ParentCarer = Immutable<z.infer<typeof ParentCarerSchema>>;
/**
 * What a host passes to describe a parent/carer (defaults not yet applied).
 *
 * @example
 * const input: ParentCarerInput = { id: 'pc-gran', role: 'kinship-carer', relationship: 'grandmother', parentalResponsibility: false };
 */
export type ParentCarerInput = Immutable<z.input<typeof ParentCarerSchema>>;
