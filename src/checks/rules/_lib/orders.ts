/**
 * The orders a check judges: those the case held on the day it is checked at, as they stood then
 * (`ordersInForce`'s basis), the path a finding about one takes, and the end of the case's orders.
 * @internal
 */

import { casePeriodEnd, type OrderAsOf, ordersOn, principalOf } from '../../../lifecycle/orders.js';
import type { CaseState } from '../../../lifecycle/state.js';
import type { IsoDate } from '../../../model/dates.js';

/** @internal Every order made by `asOf`, as it stood then (revoked and ended ones marked). */
export const ordersAt = (state: CaseState, asOf: IsoDate): readonly OrderAsOf[] =>
  ordersOn(state, asOf);

/** @internal The orders not revoked by `asOf` (ended ones included: their law still holds). */
export const currentOrders = (state: CaseState, asOf: IsoDate): OrderAsOf[] =>
  ordersOn(state, asOf).filter((o) => o.revokedOn === undefined);

/** @internal The orders in force on `asOf`. */
export const ordersInForceAt = (state: CaseState, asOf: IsoDate): OrderAsOf[] =>
  ordersOn(state, asOf).filter((o) => o.inForce);

/** @internal The principal order as it stood on `asOf`, if the case had one. */
export const principalAt = (state: CaseState, asOf: IsoDate): OrderAsOf | undefined =>
  principalOf(ordersOn(state, asOf));

/** @internal The last day of the case's orders as known on `asOf`. */
export const ordersEndAt = (state: CaseState, asOf: IsoDate): IsoDate | undefined =>
  casePeriodEnd(ordersOn(state, asOf));

/**
 * @internal Where a finding about an order points: `disposal` for the principal order (as findings
 * always have), `orders/<id>` for a further order or one the principal replaced.
 */
export const orderPath = (o: OrderAsOf): (string | number)[] =>
  o.principal ? ['disposal'] : ['orders', o.id];
