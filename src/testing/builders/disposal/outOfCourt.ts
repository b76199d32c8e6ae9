import { periodEnd } from '../../../model/disposal/period.js';
import type { DisposalOf } from '../../../model/disposal/schema.js';
import { built, type DisposalOptions, decided, type LengthOptions, split } from './options.js';

/**
 * A community resolution decided on the builder start date (or `on`).
 *
 * @example
 * aDisposal.communityResolution({ on: '2025-02-01' });
 */
export function communityResolution(
  options: DisposalOptions<'community-resolution'> = {},
): DisposalOf<'community-resolution'> {
  const { on, fields } = split(options);
  return built('community-resolution', { ...decided(on), ...fields });
}

/**
 * A police outcome 22 (diversionary activity).
 *
 * @example
 * aDisposal.outcome22();
 */
export function outcome22(options: DisposalOptions<'outcome-22'> = {}): DisposalOf<'outcome-22'> {
  const { on, fields } = split(options);
  return built('outcome-22', { ...decided(on), ...fields });
}

/**
 * A youth caution.
 *
 * @example
 * aDisposal.youthCaution({ on: '2025-01-10' });
 */
export function youthCaution(
  options: DisposalOptions<'youth-caution'> = {},
): DisposalOf<'youth-caution'> {
  const { on, fields } = split(options);
  return built('youth-caution', { ...decided(on), ...fields });
}

/**
 * A youth conditional caution with two conditions, to be complied with within `months`
 * (default 3) of the decision.
 *
 * @example
 * aDisposal.youthConditionalCaution({ months: 2 }).complyByDate;
 */
export function youthConditionalCaution(
  options: LengthOptions<'youth-conditional-caution'> = {},
): DisposalOf<'youth-conditional-caution'> {
  const { on, months = 3, fields } = split(options);
  return built('youth-conditional-caution', {
    ...decided(on),
    conditions: [
      { id: 'cond-1', description: 'Attend two victim awareness sessions' },
      { id: 'cond-2', description: 'Write a letter of apology' },
    ],
    complyByDate: periodEnd(on, months),
    ...fields,
  });
}
