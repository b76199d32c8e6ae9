import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { TextSchema } from './ids.js';
import { AgencySchema } from './owner.js';

/**
 * Who may see an item of the plan. Everything is recorded (defensible decisions), but an item
 * may be withheld from the child, parents/carers or agencies, with the reason recorded. Agencies
 * are `true` (every agency), `false` (none) or the agencies it is shared with by name, on a need
 * to know basis (the school sees education work, not the mental health service's self-harm
 * action). An item holding information about a victim (`victimInformation`) is never shown to
 * the child or to parents/carers. Views redact by this, once.
 *
 * @example
 * VisibilitySchema.parse({ child: false, parentsCarers: false, agencies: ['police'], withheldReason: 'Police intelligence' });
 * VisibilitySchema.parse({ agencies: ['education', 'social-care'] }); // shared with the child, parents and two agencies
 */
export const VisibilitySchema = z
  .strictObject({
    child: z.boolean().default(true),
    parentsCarers: z.boolean().default(true),
    /** `true`: every agency; `false`: none; a list: only the agencies named (ADR 0060). */
    agencies: z.union([z.boolean(), z.array(AgencySchema).min(1).max(11)]).default(true),
    withheldReason: TextSchema.optional(),
    /**
     * The item holds information about a victim (their safety, whereabouts, wishes or contact
     * with the service): never shown to the child or parents/carers, whatever else is set. It
     * stands as the reason for withholding it from them.
     */
    victimInformation: z.literal(true).optional(),
  })
  .superRefine((v, ctx) => {
    if (Array.isArray(v.agencies)) {
      const seen = new Set<string>();
      v.agencies.forEach((agency, i) => {
        if (seen.has(agency)) {
          ctx.addIssue({ code: 'custom', path: ['agencies', i], message: 'Name each agency once' });
        }
        seen.add(agency);
      });
    }
    if (v.victimInformation === true) {
      for (const audience of ['child', 'parentsCarers'] as const) {
        if (v[audience]) {
          ctx.addIssue({
            code: 'custom',
            path: [audience],
            message: 'Information about a victim is never shared with the child or parents/carers',
          });
        }
      }
      return;
    }
    const withheld = !v.child || !v.parentsCarers || v.agencies === false;
    if (withheld && v.withheldReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['withheldReason'],
        message: 'An item withheld from any audience needs the reason recorded',
      });
    }
  });

/**
 * Who may see an item.
 *
 * @example
 * const v: Visibility = { child: false, parentsCarers: true, agencies: ['police', 'social-care'], withheldReason: 'Risk to a named victim' };
 */
export type Visibility = Immutable<z.infer<typeof VisibilitySchema>>;

/**
 * The audiences a view can be made for: the child, a parent/carer, one agency by name
 * (`agency`, with the agency in the options), every agency alike (`agencies`: only what is
 * shared with all of them), or the practitioner.
 *
 * @example
 * const audience: Audience = 'agency'; // planView(state, 'agency', { agency: 'education', asOf })
 */
export type Audience = 'child' | 'parentsCarers' | 'agency' | 'agencies' | 'practitioner';

/**
 * Visible to everyone: the default for an item.
 *
 * @example
 * const visibility = item.visibility ?? SHARED_WITH_ALL;
 */
export const SHARED_WITH_ALL: Visibility = { child: true, parentsCarers: true, agencies: true };
