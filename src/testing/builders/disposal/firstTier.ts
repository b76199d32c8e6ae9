import type { DisposalOf } from '../../../model/disposal/schema.js';
import { built, type DisposalOptions, type LengthOptions, sentenced, split } from './options.js';

/**
 * An absolute discharge.
 *
 * @example
 * aDisposal.absoluteDischarge();
 */
export function absoluteDischarge(
  options: DisposalOptions<'absolute-discharge'> = {},
): DisposalOf<'absolute-discharge'> {
  const { on, fields } = split(options);
  return built('absolute-discharge', { ...sentenced(on), ...fields });
}

/**
 * A conditional discharge of `months` (default 12).
 *
 * @example
 * aDisposal.conditionalDischarge({ months: 24 });
 */
export function conditionalDischarge(
  options: LengthOptions<'conditional-discharge'> = {},
): DisposalOf<'conditional-discharge'> {
  const { on, months = 12, fields } = split(options);
  return built('conditional-discharge', { ...sentenced(on), lengthMonths: months, ...fields });
}

/**
 * A fine paid by the parent or guardian.
 *
 * @example
 * aDisposal.fine({ payer: 'child' });
 */
export function fine(options: DisposalOptions<'fine'> = {}): DisposalOf<'fine'> {
  const { on, fields } = split(options);
  return built('fine', { ...sentenced(on), payer: 'parent-or-guardian', ...fields });
}

/**
 * A reparation order of 12 hours.
 *
 * @example
 * aDisposal.reparationOrder({ hours: 20 });
 */
export function reparationOrder(
  options: DisposalOptions<'reparation-order'> = {},
): DisposalOf<'reparation-order'> {
  const { on, fields } = split(options);
  return built('reparation-order', { ...sentenced(on), hours: 12, ...fields });
}

/**
 * A referral order of `months` (default 6), a parent ordered to attend the panel, and a
 * youth offender contract of reparation (the victim consented), education and activities.
 *
 * @example
 * aDisposal.referralOrder({ months: 9, on: '2025-03-03' });
 */
export function referralOrder(
  options: LengthOptions<'referral-order'> = {},
): DisposalOf<'referral-order'> {
  const { on, months = 6, fields } = split(options);
  return built('referral-order', {
    ...sentenced(on),
    lengthMonths: months,
    parentOrderedToAttend: true,
    contract: [
      { id: 'ct-reparation', kind: 'reparation-to-victim', victimConsented: true },
      { id: 'ct-education', kind: 'attend-education-or-work' },
      {
        id: 'ct-activities',
        kind: 'specified-activities',
        description: 'Victim awareness sessions',
      },
    ],
    ...fields,
  });
}
