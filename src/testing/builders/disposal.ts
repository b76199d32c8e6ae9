import { daysBetween } from '../../_lib/calendar.js';
import type { DisposalType } from '../../law/disposals.js';
import type { IsoDate } from '../../model/dates.js';
import { type DisposalOf, DisposalSchema } from '../../model/disposal/schema.js';
import { typicalChoices } from '../_lib/choices.js';
import { lawfulDisposal } from '../_lib/lawful.js';
import { validated } from '../_lib/validate.js';
import { BUILDER_IDS, BUILDER_START } from './defaults.js';

/**
 * Options for a disposal builder: any field of that disposal, plus `on`, the day of the
 * decision (out of court) or of conviction and sentence (court), default {@link BUILDER_START}.
 *
 * @example
 * const o: DisposalOptions<'youth-caution'> = { on: '2025-01-10' };
 */
export type DisposalOptions<T extends DisposalType> = Partial<Omit<DisposalOf<T>, 'type'>> & {
  readonly on?: IsoDate;
};

/**
 * Options for a disposal with a length: also `months`, its length (the term of a DTO, the
 * period of a referral order or conditional discharge, the months from a YRO taking effect to
 * its end date, the months a conditional caution gives to comply).
 *
 * @example
 * const o: LengthOptions<'referral-order'> = { months: 9 };
 */
export type LengthOptions<T extends DisposalType> = DisposalOptions<T> & {
  readonly months?: number;
};

/** The builders' lengths where the caller gives none: common ones, within the law. */
const TYPICAL_MONTHS: Partial<Record<DisposalType, number>> = {
  'youth-conditional-caution': 3,
  'conditional-discharge': 12,
  'referral-order': 6,
  'youth-rehabilitation-order': 12,
  'youth-rehabilitation-order-iss': 12,
  'youth-rehabilitation-order-fostering': 12,
  'detention-and-training-order': 8,
  'long-term-detention': 36,
  'extended-sentence-of-detention': 48,
  'special-custodial-sentence': 24,
};

/**
 * A valid disposal of the given type with the builder's defaults: the typical choice of the
 * kit's one disposal generator (which reads every limit from the law tables) for a 15-year-old,
 * dated `on`, of `months` where it has a length, with any field overridden. The result is
 * validated with the real schema, so a length or field outside the law is refused.
 *
 * @throws {YjplanError} `invalid_input` when the options make an invalid disposal.
 * @example
 * DISPOSAL_TYPES.map((type) => aDisposalOfType(type));
 */
export function aDisposalOfType<T extends DisposalType>(
  type: T,
  options: LengthOptions<T> = {},
): DisposalOf<T> {
  const { on = BUILDER_START, months = TYPICAL_MONTHS[type], ...fields } = options;
  const startDate = (fields as { startDate?: IsoDate }).startDate;
  const occasion = {
    on,
    age: 15,
    ...(months !== undefined && { months }),
    ...(startDate !== undefined && { startAfterDays: daysBetween(on, startDate) }),
  };
  const value = {
    ...lawfulDisposal(type, occasion, typicalChoices),
    id: BUILDER_IDS.disposalId,
    ...fields,
    type,
  };
  return validated(DisposalSchema, value, 'disposal') as DisposalOf<T>;
}

const of =
  <T extends DisposalType>(type: T) =>
  (options: LengthOptions<T> = {}): DisposalOf<T> =>
    aDisposalOfType(type, options);

/** A builder for a disposal without a length. */
const plain =
  <T extends DisposalType>(type: T) =>
  (options: DisposalOptions<T> = {}): DisposalOf<T> =>
    aDisposalOfType(type, options);

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
  communityResolution: plain('community-resolution'),
  outcome22: plain('outcome-22'),
  youthCaution: plain('youth-caution'),
  youthConditionalCaution: of('youth-conditional-caution'),
  absoluteDischarge: plain('absolute-discharge'),
  conditionalDischarge: of('conditional-discharge'),
  fine: plain('fine'),
  reparationOrder: plain('reparation-order'),
  referralOrder: of('referral-order'),
  yro: of('youth-rehabilitation-order'),
  yroIss: of('youth-rehabilitation-order-iss'),
  yroFostering: of('youth-rehabilitation-order-fostering'),
  dto: of('detention-and-training-order'),
  longTermDetention: of('long-term-detention'),
  extendedSentence: of('extended-sentence-of-detention'),
  hmpDetention: plain('detention-at-his-majestys-pleasure'),
  specialCustodialSentence: of('special-custodial-sentence'),
  ofType: aDisposalOfType,
} as const;
