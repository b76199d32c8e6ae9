import type { DisposalType } from '../../../law/disposals.js';
import type { DisposalOf } from '../../../model/disposal/schema.js';
import { yro, yroFostering, yroIss } from './community.js';
import {
  dto,
  extendedSentence,
  hmpDetention,
  longTermDetention,
  specialCustodialSentence,
} from './custody.js';
import {
  absoluteDischarge,
  conditionalDischarge,
  fine,
  referralOrder,
  reparationOrder,
} from './firstTier.js';
import type { LengthOptions } from './options.js';
import {
  communityResolution,
  outcome22,
  youthCaution,
  youthConditionalCaution,
} from './outOfCourt.js';

export type { DisposalOptions, LengthOptions } from './options.js';

/** The builder of each disposal type. */
const byType: { readonly [T in DisposalType]: (options?: LengthOptions<T>) => DisposalOf<T> } = {
  'community-resolution': communityResolution,
  'outcome-22': outcome22,
  'youth-caution': youthCaution,
  'youth-conditional-caution': youthConditionalCaution,
  'absolute-discharge': absoluteDischarge,
  'conditional-discharge': conditionalDischarge,
  fine,
  'reparation-order': reparationOrder,
  'referral-order': referralOrder,
  'youth-rehabilitation-order': yro,
  'youth-rehabilitation-order-iss': yroIss,
  'youth-rehabilitation-order-fostering': yroFostering,
  'detention-and-training-order': dto,
  'long-term-detention': longTermDetention,
  'extended-sentence-of-detention': extendedSentence,
  'detention-at-his-majestys-pleasure': hmpDetention,
  'special-custodial-sentence': specialCustodialSentence,
};

/**
 * A valid disposal of the given type with the builder's defaults.
 *
 * @throws {YjplanError} `invalid_input` when the options make an invalid disposal.
 * @example
 * DISPOSAL_TYPES.map((type) => aDisposalOfType(type));
 */
export function aDisposalOfType<T extends DisposalType>(
  type: T,
  options: LengthOptions<T> = {},
): DisposalOf<T> {
  return (byType[type] as (o: LengthOptions<T>) => DisposalOf<T>)(options);
}

/**
 * Builders for every youth disposal, each valid within the law with sensible defaults and any
 * field overridable. `on` sets the decision or sentence date, `months` the length where the
 * disposal has one. The result is validated with the real schema.
 *
 * @throws {YjplanError} `invalid_input` when the options make an invalid disposal.
 * @example
 * aDisposal.referralOrder({ months: 6 });
 * aDisposal.yro({ months: 18, on: '2025-03-03' });
 * aDisposal.dto({ months: 4 });
 * aDisposal.ofType('youth-caution');
 */
export const aDisposal = {
  communityResolution,
  outcome22,
  youthCaution,
  youthConditionalCaution,
  absoluteDischarge,
  conditionalDischarge,
  fine,
  reparationOrder,
  referralOrder,
  yro,
  yroIss,
  yroFostering,
  dto,
  longTermDetention,
  extendedSentence,
  hmpDetention,
  specialCustodialSentence,
  ofType: aDisposalOfType,
} as const;
