import * as z from 'zod';
import type { Immutable } from '../../_lib/immutable.js';
import { DtoSchema, LongTermDetentionSchema } from './custody.js';
import {
  AbsoluteDischargeSchema,
  ConditionalDischargeSchema,
  FineSchema,
  ReferralOrderSchema,
  ReparationOrderSchema,
} from './firstTier.js';
import {
  CommunityResolutionSchema,
  Outcome22Schema,
  YouthCautionSchema,
  YouthConditionalCautionSchema,
} from './outOfCourt.js';
import {
  ExtendedSentenceSchema,
  HmpDetentionSchema,
  SpecialCustodialSentenceSchema,
} from './seriousCustody.js';
import { YroFosteringSchema, YroIssSchema, YroSchema } from './yro.js';

/**
 * A youth disposal, discriminated on `type`: out-of-court decisions (`decisionDate`) and court
 * sentences (`convictionDate`, `sentenceDate`, and `startDate` where an order can take effect
 * later). Unknown keys are rejected; every limit that does not depend on the child's age is
 * checked here, with the path of the offending field and a message citing the law. Age-dependent
 * limits: `disposalIssuesForChild`.
 *
 * @example
 * DisposalSchema.parse({
 *   type: 'referral-order', id: 'ro-1', convictionDate: '2025-03-03', sentenceDate: '2025-03-03',
 *   lengthMonths: 6, parentOrderedToAttend: true,
 * });
 */
export const DisposalSchema = z.discriminatedUnion('type', [
  CommunityResolutionSchema,
  Outcome22Schema,
  YouthCautionSchema,
  YouthConditionalCautionSchema,
  AbsoluteDischargeSchema,
  ConditionalDischargeSchema,
  FineSchema,
  ReparationOrderSchema,
  ReferralOrderSchema,
  YroSchema,
  YroIssSchema,
  YroFosteringSchema,
  DtoSchema,
  LongTermDetentionSchema,
  ExtendedSentenceSchema,
  HmpDetentionSchema,
  SpecialCustodialSentenceSchema,
]);

/**
 * A youth disposal; see {@link DisposalSchema}.
 *
 * @example
 * const d: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-01-10' };
 */
export type Disposal = Immutable<z.infer<typeof DisposalSchema>>;

/**
 * The disposal variant with the given `type`.
 *
 * @example
 * type Dto = DisposalOf<'detention-and-training-order'>;
 */
export type DisposalOf<T extends Disposal['type']> = Extract<Disposal, { type: T }>;
