import type { DisposalOf } from '../../../model/disposal/schema.js';
import { built, type LengthOptions, sentenced, split } from './options.js';

/**
 * A detention and training order with a term of `months` (default 8).
 *
 * @example
 * aDisposal.dto({ months: 12, persistentOffender: true });
 */
export function dto(
  options: LengthOptions<'detention-and-training-order'> = {},
): DisposalOf<'detention-and-training-order'> {
  const { on, months = 8, fields } = split(options);
  return built('detention-and-training-order', { ...sentenced(on), termMonths: months, ...fields });
}

/**
 * Long-term detention (Sentencing Act 2020 s.250) with a term of `months` (default 36).
 *
 * @example
 * aDisposal.longTermDetention({ months: 48 });
 */
export function longTermDetention(
  options: LengthOptions<'long-term-detention'> = {},
): DisposalOf<'long-term-detention'> {
  const { on, months = 36, fields } = split(options);
  return built('long-term-detention', { ...sentenced(on), termMonths: months, ...fields });
}

/**
 * An extended sentence of detention (Sentencing Act 2020 s.254) for a specified violent offence:
 * an appropriate custodial term of `months` (default 48) and a 2-year extension period.
 *
 * @example
 * aDisposal.extendedSentence({ months: 60, extensionPeriodMonths: 36 });
 */
export function extendedSentence(
  options: LengthOptions<'extended-sentence-of-detention'> = {},
): DisposalOf<'extended-sentence-of-detention'> {
  const { on, months = 48, fields } = split(options);
  return built('extended-sentence-of-detention', {
    ...sentenced(on),
    custodialTermMonths: months,
    extensionPeriodMonths: 24,
    specifiedOffence: 'violent',
    ...fields,
  });
}

/**
 * Detention during His Majesty's pleasure (s.259) with a minimum term of 12 years, for an offence
 * committed on the day of conviction unless `offenceDate` is given (`months` is not used).
 *
 * @example
 * aDisposal.hmpDetention({ offenceDate: '2024-11-02', minimumTermYears: 14 });
 */
export function hmpDetention(
  options: LengthOptions<'detention-at-his-majestys-pleasure'> = {},
): DisposalOf<'detention-at-his-majestys-pleasure'> {
  const { on, fields } = split(options);
  return built('detention-at-his-majestys-pleasure', {
    ...sentenced(on),
    offenceDate: on,
    minimumTermYears: 12,
    ...fields,
  });
}

/**
 * A special custodial sentence for an offender of particular concern (s.252A): an appropriate
 * custodial term of `months` (default 24), then the fixed year on licence.
 *
 * @example
 * aDisposal.specialCustodialSentence({ months: 36 });
 */
export function specialCustodialSentence(
  options: LengthOptions<'special-custodial-sentence'> = {},
): DisposalOf<'special-custodial-sentence'> {
  const { on, months = 24, fields } = split(options);
  return built('special-custodial-sentence', {
    ...sentenced(on),
    custodialTermMonths: months,
    ...fields,
  });
}
