import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IdSchema } from './ids.js';

/**
 * Partner agencies a plan coordinates with.
 *
 * @example
 * AgencySchema.parse('social-care');
 */
export const AgencySchema = z.enum([
  'education',
  'health',
  'mental-health',
  'substance-misuse',
  'housing',
  'social-care',
  'police',
  'probation',
  'employment-and-training',
  'voluntary-sector',
  'other',
]);

/**
 * A kind of partner agency.
 *
 * @example
 * const agency: Agency = 'education';
 */
export type Agency = Immutable<z.infer<typeof AgencySchema>>;

/**
 * Who owns an action or delivers a session: the child, a parent/carer, the YOS case manager
 * (or another YOS worker), or a named partner agency.
 *
 * @example
 * OwnerSchema.parse({ kind: 'partner-agency', agency: 'housing', name: 'District housing options team' });
 * OwnerSchema.parse({ kind: 'parent-carer', personId: 'pc-mum' });
 */
export const OwnerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('child') }),
  z.strictObject({ kind: z.literal('parent-carer'), personId: IdSchema }),
  z.strictObject({
    kind: z.literal('yos'),
    role: z.enum(['case-manager', 'specialist', 'volunteer', 'panel']).default('case-manager'),
    practitionerId: IdSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('partner-agency'),
    agency: AgencySchema,
    name: z.string().trim().min(1).max(200),
  }),
]);

/**
 * Who owns an action, as parsed (a YOS owner's `role` defaults to `case-manager`).
 *
 * @example
 * const owner: Owner = { kind: 'yos', role: 'case-manager' };
 */
export type Owner = Immutable<z.infer<typeof OwnerSchema>>;
