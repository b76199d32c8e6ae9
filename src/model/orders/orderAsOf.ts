import { err, ok, type Result } from '../../errors/result.js';
import type { IsoDate } from '../dates.js';
import { disposalStartDate } from '../disposal/derived.js';
import type { Disposal } from '../disposal/schema.js';
import { type ReferralOrderContract, withContract } from './contract.js';
import { orderEndDate, type Revocation } from './revocation.js';
import { type OrderVariation, varyOrder } from './variation.js';

/**
 * What happened to one order after it was made: the contract agreed (referral orders), the
 * variations, and a revocation.
 *
 * @example
 * const changes: OrderChanges = { contract, variations: [breachAmendment] };
 */
export interface OrderChanges {
  readonly contract?: ReferralOrderContract | undefined;
  readonly variations?: readonly OrderVariation[] | undefined;
  readonly revocation?: Revocation | undefined;
}

/**
 * The order as it stood on `asOf`: the contract once agreed, then every variation made on or before
 * that day in date order (each through `varyOrder`, so each is checked against the order as it then
 * was), and whether the order was in force that day (started, not ended, not revoked). The basis for
 * an `ordersInForce(state, asOf)`: a check at a date before a variation sees the order as it was.
 * Fails with the first variation the law refuses.
 *
 * @example
 * const r = orderAsOf(yro, { variations: [breachAmendment] }, '2025-10-01');
 * if (r.ok) r.value.order; // the YRO before the amendment of 4 November
 */
export function orderAsOf(
  order: Disposal,
  changes: OrderChanges,
  asOf: IsoDate,
): Result<{ order: Disposal; inForce: boolean }> {
  let current = order;
  const { contract } = changes;
  if (contract !== undefined && contract.agreedOn <= asOf && current.type === 'referral-order') {
    current = withContract(current, contract);
  }
  const due = [...(changes.variations ?? [])]
    .filter((v) => v.on <= asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const v of due) {
    const r = varyOrder(current, v);
    if (!r.ok) return err(r.error);
    current = r.value;
  }
  const revoked =
    changes.revocation !== undefined && changes.revocation.revokedOn <= asOf
      ? changes.revocation
      : undefined;
  const end = orderEndDate(current, revoked);
  const inForce = disposalStartDate(current) <= asOf && (end === undefined || asOf <= end);
  return ok({ order: current, inForce });
}
