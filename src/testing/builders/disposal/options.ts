import type { DisposalType } from '../../../law/disposals.js';
import type { IsoDate } from '../../../model/dates.js';
import { type DisposalOf, DisposalSchema } from '../../../model/disposal/schema.js';
import { validated } from '../../_lib/validate.js';
import { BUILDER_IDS, BUILDER_START } from '../defaults.js';

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
 * period of a referral order, the months from a YRO taking effect to its end date).
 *
 * @example
 * const o: LengthOptions<'referral-order'> = { months: 9 };
 */
export type LengthOptions<T extends DisposalType> = DisposalOptions<T> & {
  readonly months?: number;
};

/** @internal The decision date fields of an out-of-court disposal. */
export const decided = (on: IsoDate) => ({ id: BUILDER_IDS.disposalId, decisionDate: on });

/** @internal The dates of a court sentence passed on the day of conviction. */
export const sentenced = (on: IsoDate) => ({
  id: BUILDER_IDS.disposalId,
  convictionDate: on,
  sentenceDate: on,
});

/** @internal Splits the builder shorthands from the fields. */
export function split<O extends { on?: IsoDate; months?: number }>(
  options: O,
): { on: IsoDate; months: number | undefined; fields: Omit<O, 'on' | 'months'> } {
  const { on = BUILDER_START, months, ...fields } = options;
  return { on, months, fields };
}

/** @internal Validates a built disposal with the real schema. */
export function built<T extends DisposalType>(
  type: T,
  value: Record<string, unknown>,
): DisposalOf<T> {
  return validated(DisposalSchema, { type, ...value }, 'disposal') as DisposalOf<T>;
}
