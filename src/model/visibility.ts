import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { TextSchema } from './ids.js';

/**
 * Who may see an item of the plan. Everything is recorded (defensible decisions), but an item
 * may be withheld from the child, parents/carers or agencies, with the reason recorded.
 * Views redact by this, once.
 *
 * @example
 * VisibilitySchema.parse({ child: false, parentsCarers: false, agencies: true, withheldReason: 'Victim safety: location of exclusion zone' });
 */
export const VisibilitySchema = z
  .strictObject({
    child: z.boolean().default(true),
    parentsCarers: z.boolean().default(true),
    agencies: z.boolean().default(true),
    withheldReason: TextSchema.optional(),
  })
  .refine((v) => (v.child && v.parentsCarers && v.agencies) || v.withheldReason !== undefined, {
    path: ['withheldReason'],
    message: 'An item withheld from any audience needs the reason recorded',
  });

/**
 * Who may see an item.
 *
 * @example
 * const v: Visibility = { child: false, parentsCarers: true, agencies: true, withheldReason: 'Risk to a named victim' };
 */
export type Visibility = Immutable<z.infer<typeof VisibilitySchema>>;

/**
 * The audiences a view can be made for.
 *
 * @example
 * const audience: Audience = 'parentsCarers';
 */
export type Audience = 'child' | 'parentsCarers' | 'agencies' | 'practitioner';

/**
 * Visible to everyone: the default for an item.
 *
 * @example
 * const visibility = item.visibility ?? SHARED_WITH_ALL;
 */
export const SHARED_WITH_ALL: Visibility = { child: true, parentsCarers: true, agencies: true };
