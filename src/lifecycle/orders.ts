/**
 * The orders of a case as they stood on a day: each order with its contract, the variations and
 * revocation made by then, the custody dates known by then, and a consecutive DTO counted as one
 * term with the order it follows. The basis of `ordersInForce` and of every reader that asks what
 * the law requires on a day (checks, the review schedule, views).
 * @internal
 */

import { addDays } from '../_lib/calendar.js';
import type { IsoDate } from '../model/dates.js';
import {
  custodyPhaseEnd,
  type Disposal,
  type DisposalOf,
  type DisposalRequirement,
  disposalEndDate,
  disposalStartDate,
  isCustodial,
  requirementsOf,
} from '../model/disposal/index.js';
import { termEnd, termHalfWay } from '../model/disposal/period.js';
import type { Id } from '../model/ids.js';
import { dtoReleaseWindow, orderAsOf } from '../model/orders/index.js';
import type { OrderRecord } from './orderRecord.js';
import type { CaseRecord } from './record.js';

/** A date after every date a case can hold: the order with every change recorded. */
const LATEST = '9999-12-31';

/** @internal The day an order was made: the sentence date, or the out-of-court decision date. */
export const madeOn = (d: Disposal): IsoDate =>
  'sentenceDate' in d ? d.sentenceDate : d.decisionDate;

/** @internal One order of the case as it stood on a day. */
export interface OrderAsOf {
  readonly id: Id;
  readonly record: OrderRecord;
  /** The order as it stood: the contract agreed, the variations made and custody dates known by then. */
  readonly disposal: Disposal;
  readonly principal: boolean;
  /** The first day in force: the contract's day for a referral order once agreed. */
  readonly start: IsoDate;
  /** The last day in force (a revocation ends it the day before), if the order has an end. */
  readonly end: IsoDate | undefined;
  /** Custodial orders: the day the custodial part ends (release), as known then. */
  readonly custodyPhaseEnd: IsoDate | undefined;
  /** Custodial orders: the release recorded on or before the day. */
  readonly releasedOn: IsoDate | undefined;
  readonly inForce: boolean;
  readonly revokedOn: IsoDate | undefined;
  readonly contractAgreedOn: IsoDate | undefined;
  /** The newest of: the order made, its contract agreed, its last variation (by the day). */
  readonly changedOn: IsoDate;
  readonly requirements: readonly DisposalRequirement[];
}

type Dto = DisposalOf<'detention-and-training-order'>;

/** The custody dates known on `asOf`: each field from the newest record that gives it. */
function custodyKnown(o: OrderRecord, asOf: IsoDate) {
  let expected: IsoDate | undefined;
  let actual: IsoDate | undefined;
  let credited: number | undefined;
  for (const d of o.custodyDates) {
    if (d.on > asOf) continue;
    if (d.expectedReleaseDate !== undefined) expected = d.expectedReleaseDate;
    if (d.actualReleaseDate !== undefined && d.actualReleaseDate <= asOf) {
      actual = d.actualReleaseDate;
    }
    if (d.remandDaysCredited !== undefined) credited = d.remandDaysCredited;
  }
  return { expected, actual, credited };
}

/**
 * @internal The run of consecutive DTOs a DTO is served in, first to last (Sentencing Act 2020
 * ss.237-238: consecutive terms are served as one): back along `consecutiveTo`, and on to every
 * DTO that follows it; the DTO alone when it is in no run.
 */
export function dtoRunOf(dto: Dto, orders: readonly Disposal[]): Dto[] {
  const dtos = orders.filter((d): d is Dto => d.type === 'detention-and-training-order');
  const byId = new Map(dtos.map((d) => [d.id, d]));
  const run: Dto[] = [dto];
  for (let at = dto; at.consecutiveTo !== undefined && run.length < 24; ) {
    const before = byId.get(at.consecutiveTo);
    if (!before || run.some((d) => d.id === before.id)) break;
    run.unshift(before);
    at = before;
  }
  for (let at = dto; run.length < 24; ) {
    const next = dtos.find((d) => d.consecutiveTo === at.id && !run.some((r) => r.id === d.id));
    if (!next) break;
    run.push(next);
    at = next;
  }
  return run;
}

/** @internal The whole term of a run of consecutive DTOs, as one DTO from the first's start. */
export function aggregateTerm(run: readonly Dto[]): Dto {
  const first = run[0] as Dto;
  let months = 0;
  let days = 0;
  for (const d of run) {
    months += d.termMonths;
    days += d.termDays ?? 0;
  }
  return { ...first, startDate: disposalStartDate(first), termMonths: months, termDays: days };
}

/** One order as it stood on `asOf`, given the other orders' disposals as they stood. */
function asOfOne(
  o: OrderRecord,
  disposal: Disposal,
  all: readonly Disposal[],
  asOf: IsoDate,
): OrderAsOf {
  const contractAgreedOn =
    o.contract !== undefined && o.contract.agreedOn <= asOf ? o.contract.agreedOn : undefined;
  const varied = o.variations.filter((v) => v.on <= asOf).map((v) => v.on);
  const revokedOn =
    o.revocation !== undefined && o.revocation.revokedOn <= asOf
      ? o.revocation.revokedOn
      : undefined;
  const known = custodyKnown(o, asOf);
  let current = disposal;
  // Custody dates are recorded for DTOs (the field is optional: absent until known).
  if (known.expected !== undefined && current.type === 'detention-and-training-order') {
    current = { ...current, expectedReleaseDate: known.expected } as Disposal;
  }
  let start = disposalStartDate(current);
  let end = disposalEndDate(current);
  let release = custodyPhaseEnd(current);
  if (current.type === 'detention-and-training-order') {
    const dto = current;
    const run = dtoRunOf(
      dto,
      all.map((d) => (d.id === dto.id ? dto : d)),
    );
    const at = run.findIndex((d) => d.id === dto.id);
    const whole = aggregateTerm(run);
    if (run.length > 1) {
      // Served as one term with the orders it is consecutive to or followed by.
      const from = disposalStartDate(whole);
      const upTo = aggregateTerm(run.slice(0, at + 1));
      end = termEnd(from, upTo.termMonths, upTo.termDays);
      if (at > 0) {
        const prior = aggregateTerm(run.slice(0, at));
        start = addDays(termEnd(from, prior.termMonths, prior.termDays), 1);
      }
      release = known.expected ?? termHalfWay(from, whole.termMonths, whole.termDays ?? 0);
    }
    if (known.expected === undefined && known.credited !== undefined && known.credited > 0) {
      release = dtoReleaseWindow(whole, known.credited).halfWay;
    }
  }
  if (known.actual !== undefined && isCustodial(current)) release = known.actual;
  if (revokedOn !== undefined) {
    const last = addDays(revokedOn, -1);
    if (end === undefined || last < end) end = last;
  }
  const released =
    known.actual ?? (o.releasedOn !== undefined && o.releasedOn <= asOf ? o.releasedOn : undefined);
  const made = o.made.how === 'opening' ? o.made.on : madeOn(o.order);
  const changedOn = [made, contractAgreedOn, ...varied].reduce<IsoDate>(
    (a, b) => (b !== undefined && b > a ? b : a),
    made,
  );
  return {
    id: o.order.id,
    record: o,
    disposal: current,
    principal: false,
    start,
    end,
    custodyPhaseEnd: isCustodial(current) ? release : undefined,
    releasedOn: released,
    inForce: revokedOn === undefined && start <= asOf && (end === undefined || asOf <= end),
    revokedOn,
    contractAgreedOn,
    changedOn,
    requirements: requirementsOf(current),
  };
}

/** An order record as it stood on `asOf` (as made when a recorded change no longer applies). */
function disposalAsOf(o: OrderRecord, asOf: IsoDate): Disposal {
  const r = orderAsOf(
    o.order,
    { contract: o.contract, variations: o.variations, revocation: o.revocation },
    asOf,
  );
  return r.ok ? r.value.order : o.order;
}

/**
 * @internal Every order of the case made by `asOf` (the order it opened with always), as it stood
 * that day, in the order made; the newest principal order is marked `principal`. Orders revoked
 * or ended by then are included, marked not in force.
 */
export function caseOrders(record: CaseRecord, asOf: IsoDate): OrderAsOf[] {
  const known = record.orders.filter((o) => o.made.how === 'opening' || madeOn(o.order) <= asOf);
  const disposals = known.map((o) => disposalAsOf(o, asOf));
  const out = known.map((o, i) => asOfOne(o, disposals[i] as Disposal, disposals, asOf));
  const principal = out.findLastIndex((o) => o.record.role === 'principal');
  return principal < 0 ? out : out.map((o, i) => (i === principal ? { ...o, principal: true } : o));
}

/** @internal The principal order as it stood (in force or not), if the case has one yet. */
export function principalOf(orders: readonly OrderAsOf[]): OrderAsOf | undefined {
  return orders.find((o) => o.principal);
}

/**
 * @internal The last day of the case's supervision: the latest end of its orders not revoked before
 * they started, `undefined` when none has an end (a caution, detention at His Majesty's pleasure,
 * bail or remand with no sentence yet).
 */
export function casePeriodEnd(orders: readonly OrderAsOf[]): IsoDate | undefined {
  let end: IsoDate | undefined;
  for (const o of orders) {
    if (o.end === undefined || o.end < o.start) continue;
    if (end === undefined || o.end > end) end = o.end;
  }
  return end;
}

/** @internal Every order record as it stands after every change recorded (latest). */
export function latestOrders(record: CaseRecord): OrderAsOf[] {
  return caseOrders(record, LATEST);
}

/** @internal The orders not revoked, as they stand after every change recorded. */
export function liveOrders(record: CaseRecord): OrderAsOf[] {
  return latestOrders(record).filter((o) => o.revokedOn === undefined);
}

/** @internal The principal order after every recorded change, for `record.disposal`. */
export function principalDisposal(record: CaseRecord): Disposal | undefined {
  const principal = record.orders.findLast((o) => o.role === 'principal');
  return principal && disposalAsOf(principal, LATEST);
}

/** @internal Whether an order the case holds (not revoked) is custodial. */
export function holdsCustodialOrder(record: CaseRecord): boolean {
  return record.orders.some((o) => o.revocation === undefined && isCustodial(o.order));
}

const byState = new WeakMap<object, Map<IsoDate, OrderAsOf[]>>();

/**
 * @internal {@link caseOrders} for a state the library made, worked out once per state and date
 * (states are never changed once made; the record of a replay in progress is not a state).
 */
export function ordersOn(state: { readonly record: CaseRecord }, asOf: IsoDate): OrderAsOf[] {
  let byDate = byState.get(state);
  if (!byDate) {
    byDate = new Map();
    byState.set(state, byDate);
  }
  let orders = byDate.get(asOf);
  if (!orders) {
    orders = caseOrders(state.record, asOf);
    byDate.set(asOf, orders);
  }
  return orders;
}
