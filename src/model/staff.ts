import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IdSchema } from './ids.js';

/**
 * The roles a member of YOS staff holds on a case. A `manager` countersigns assessments and plan
 * versions (quality assurance: the practice the YJB's case management guidance describes as
 * manager oversight); a `case-manager` holds the case; a `practitioner` or `other` records work.
 * A host maps its own users and permissions onto these (docs/guide.md, "Staff and sign-off").
 *
 * @example
 * StaffRoleSchema.parse('manager');
 */
export const StaffRoleSchema = z.enum(['case-manager', 'manager', 'practitioner', 'other']);

/**
 * A staff role.
 *
 * @example
 * const role: StaffRole = 'manager';
 */
export type StaffRole = Immutable<z.infer<typeof StaffRoleSchema>>;

/**
 * A member of staff on a case, by the opaque id the host uses in each event's `by`, with the
 * roles they hold on it.
 *
 * @example
 * StaffMemberSchema.parse({ id: 'pr-lee', roles: ['manager'] });
 */
export const StaffMemberSchema = z.strictObject({
  id: IdSchema,
  roles: z
    .array(StaffRoleSchema)
    .min(1)
    .max(4)
    .refine((roles) => new Set(roles).size === roles.length, { message: 'Each role once' }),
});

/**
 * A member of staff on a case.
 *
 * @example
 * const lee: StaffMember = { id: 'pr-lee', roles: ['manager'] };
 */
export type StaffMember = Immutable<z.infer<typeof StaffMemberSchema>>;
