import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/**
 * Whose agreement: the child, or one parent/carer.
 *
 * @example
 * AgreementPartySchema.parse({ kind: 'parent-carer', personId: 'pc-mum' });
 */
export const AgreementPartySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('child') }),
  z.strictObject({ kind: z.literal('parent-carer'), personId: IdSchema }),
]);

/**
 * A party to a plan's agreement.
 *
 * @example
 * const party: AgreementParty = { kind: 'child' };
 */
export type AgreementParty = Immutable<z.infer<typeof AgreementPartySchema>>;

/**
 * One party's agreement to one plan version. "Could not be discussed" needs the reason; misgivings
 * are acknowledged, not hidden.
 *
 * @example
 * AgreementSchema.parse({ planVersion: 1, party: { kind: 'child' }, status: 'agreed-with-misgivings', misgivings: 'Does not want to see the drugs worker yet', recordedBy: 'pr-7', recordedOn: '2025-03-14' });
 */
export const AgreementSchema = z
  .strictObject({
    planVersion: z.int().min(1),
    party: AgreementPartySchema,
    status: z.enum(['agreed', 'agreed-with-misgivings', 'disagreed', 'could-not-be-discussed']),
    misgivings: TextSchema.optional(),
    reason: TextSchema.optional(),
    recordedBy: IdSchema,
    recordedOn: IsoDateSchema,
  })
  .superRefine((a, ctx) => {
    if (a.status === 'could-not-be-discussed' && a.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Record why the plan could not be discussed',
      });
    }
    if (a.status === 'agreed-with-misgivings' && a.misgivings === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['misgivings'],
        message: 'Record the misgivings so they can be acknowledged',
      });
    }
  });

/**
 * One party's agreement to one plan version.
 *
 * @example
 * const a: Agreement = AgreementSchema.parse(input);
 */
export type Agreement = Immutable<z.infer<typeof AgreementSchema>>;
