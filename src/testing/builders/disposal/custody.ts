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
