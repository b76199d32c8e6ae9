import type { IsoDate } from '../model/dates.js';
import type { Disposal, DisposalRequirement } from '../model/disposal/index.js';
import type { Id } from '../model/ids.js';
import { asOfDate, queryOptions } from '../model/queryOptions.js';
import { caseOrders, type OrderAsOf } from './orders.js';
import { readCaseOrThrow } from './readCase.js';
import type { CaseState } from './state.js';

/**
 * One order that applies on a date, as it stood that day: the order with the contract agreed, the
 * variations made and the custody dates known by then; its first and last day in force; its
 * requirements then; and whether it is the case's principal order (the one it opened with, was
 * sentenced to, or a resentence replacing it) or a further one beside it.
 *
 * @example
 * const [order]: readonly OrderInForce[] = ordersInForce(state, { asOf: '2025-11-01' });
 * order?.requirements.map((r) => r.kind); // ['supervision', 'unpaid-work']
 */
export interface OrderInForce {
  readonly id: Id;
  readonly type: Disposal['type'];
  readonly disposal: Disposal;
  readonly principal: boolean;
  /** The first day in force: a referral order's contract day once it is agreed. */
  readonly start: IsoDate;
  /** The last day in force (the day before a revocation; a consecutive DTO's run counted whole). */
  readonly end?: IsoDate;
  /** A custodial order's release from custody: recorded, expected, or the law's default. */
  readonly custodyPhaseEnd?: IsoDate;
  readonly requirements: readonly DisposalRequirement[];
  /** A referral order's contract, once agreed. */
  readonly contractAgreedOn?: IsoDate;
  /** The days it was varied, up to the date asked about. */
  readonly variedOn: readonly IsoDate[];
  /** The newest of: made, contract agreed, last variation. */
  readonly changedOn: IsoDate;
}

/** @internal The public view of an order as it stood. */
export function orderInForce(o: OrderAsOf, asOf: IsoDate): OrderInForce {
  return {
    id: o.id,
    type: o.disposal.type,
    disposal: o.disposal,
    principal: o.principal,
    start: o.start,
    ...(o.end !== undefined && { end: o.end }),
    ...(o.custodyPhaseEnd !== undefined && { custodyPhaseEnd: o.custodyPhaseEnd }),
    requirements: o.requirements,
    ...(o.contractAgreedOn !== undefined && { contractAgreedOn: o.contractAgreedOn }),
    variedOn: o.record.variations.filter((v) => v.on <= asOf).map((v) => v.on),
    changedOn: o.changedOn,
  };
}

/**
 * The orders that apply to the child on `asOf`, as they stood that day: a referral order from the
 * contract agreed at the panel, a varied order with the variations made by then (a check at a
 * date before a variation sees the order as it was), an order revoked only up to the day before,
 * the new sentence from its own start. Empty before any sentence (bail or remand), and once every
 * order has ended. Pure: `asOf` is injected, never read. The date may be given as it is or as
 * `{ asOf }`, like the other queries.
 *
 * @throws {YjplanError} `invalid_input` for a bad `asOf`, or when given something that is not a case state.
 * @example
 * ordersInForce(state, '2025-10-01').map((o) => [o.type, o.end]);
 * // [['youth-rehabilitation-order', '2026-09-30']]
 * ordersInForce(state, { asOf: '2025-10-01' }); // the same
 */
export function ordersInForce(
  state: CaseState,
  options: IsoDate | { readonly asOf: IsoDate },
): OrderInForce[] {
  const asOf = typeof options === 'string' ? asOfDate(options) : queryOptions(options, []).asOf;
  return readCaseOrThrow(state, ({ state: own }) =>
    caseOrders(own.record, asOf)
      .filter((o) => o.inForce)
      .map((o) => orderInForce(o, asOf)),
  );
}
