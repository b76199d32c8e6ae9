/**
 * What the events that change a case's orders share: the checks of a contract, a variation, a
 * revocation and a new order against the case (the law of Part A, run on the order as it stands),
 * their steps on the record, and the custody phase they leave the case in.
 * @internal
 */

import type { Writable } from '../_lib/immutable.js';
import {
  consecutiveDtoTermIssues,
  type Disposal,
  type DisposalOf,
  disposalIssuesForChild,
  disposalStartDate,
  isCustodial,
} from '../model/disposal/index.js';
import {
  contractIssues,
  type OrderVariation,
  type ReferralOrderContract,
  type Revocation,
  revocationIssues,
  varyOrder,
} from '../model/orders/index.js';
import {
  conflict,
  type Guard,
  type Move,
  missing,
  type RecordDraft,
  type ReferenceIssue,
  refusedByLaw,
} from './defineEvent.js';
import type { OrderRecord } from './orderRecord.js';
import { dtoRunOf, latestOrders, madeOn, principalDisposal } from './orders.js';
import type { CaseRecord } from './record.js';
import { ACTIVE_STAGES } from './stages.js';

type Path = readonly (string | number)[];

/** @internal The record of the order with this id, if the case holds one. */
export const orderRecordOf = (record: CaseRecord, id: string): OrderRecord | undefined =>
  record.orders.find((o) => o.order.id === id);

/** @internal The order with every recorded change applied. */
function latestOf(record: CaseRecord, id: string): Disposal | undefined {
  return latestOrders(record).find((o) => o.id === id)?.disposal;
}

/** The date of the newest change recorded to an order (its contract or its last variation). */
function lastChangeOn(o: OrderRecord): string | undefined {
  return o.variations.at(-1)?.on ?? o.contract?.agreedOn;
}

/** The order a change names: held, and not revoked. */
function changeable(record: CaseRecord, id: string, path: Path): ReferenceIssue[] {
  const o = orderRecordOf(record, id);
  if (!o) return [missing([...path, 'orderId'], 'The case holds no order with this id')];
  if (o.revocation !== undefined) {
    return [conflict([...path, 'orderId'], 'This order has been revoked: it can no longer change')];
  }
  return [];
}

/**
 * @internal What stops a youth offender contract being recorded: no such referral order, a
 * contract already agreed (or recorded with the order), the law's conditions (`contractIssues`), a
 * parent or carer the case does not hold.
 */
export function contractIssuesIn(
  record: CaseRecord,
  contract: ReferralOrderContract,
  path: Path,
): ReferenceIssue[] {
  const held = changeable(record, contract.orderId, path);
  if (held.length > 0) return held;
  const o = orderRecordOf(record, contract.orderId) as OrderRecord;
  const order = latestOf(record, contract.orderId);
  if (order?.type !== 'referral-order') {
    return [
      refusedByLaw(
        {
          path: ['orderId'],
          code: 'order_change_not_allowed',
          message: 'A youth offender contract is agreed for a referral order only',
        },
        path,
      ),
    ];
  }
  const issues = contractIssues(order, contract).map((i) => refusedByLaw(i, path));
  if (o.contract !== undefined && issues.length === 0) {
    issues.push(conflict([...path, 'orderId'], 'The order already has an agreed contract'));
  }
  const people = new Set(record.people.map((p) => p.id));
  (contract.agreedBy.parentsCarers ?? []).forEach((id, i) => {
    if (!people.has(id)) {
      issues.push(
        missing(
          [...path, 'agreedBy', 'parentsCarers', i],
          'No parent/carer in the case has this id',
        ),
      );
    }
  });
  return issues;
}

/** @internal Records a contract on its order. */
export function applyContract(
  draft: RecordDraft,
  contract: ReferralOrderContract,
  recorded: { recordedBy: string; eventId: string },
): void {
  const o = draft.orders.find((r) => r.order.id === contract.orderId);
  if (o) o.contract = { ...(contract as Writable<ReferralOrderContract>), ...recorded };
  refreshPrincipal(draft);
}

/**
 * @internal What stops a variation: no such order or a revoked one, a date before a change already
 * recorded, the law of variations (`varyOrder`), and the limits that depend on the child's age run
 * on the order as varied (paths under `resultingOrder`).
 */
export function variationIssuesIn(
  record: CaseRecord,
  variation: OrderVariation,
  path: Path,
): ReferenceIssue[] {
  const held = changeable(record, variation.orderId, path);
  if (held.length > 0) return held;
  const o = orderRecordOf(record, variation.orderId) as OrderRecord;
  const last = lastChangeOn(o);
  if (last !== undefined && variation.on < last) {
    return [
      conflict(
        [...path, 'on'],
        'A variation cannot be dated before a change already recorded for the order',
      ),
    ];
  }
  const order = latestOf(record, variation.orderId) as Disposal;
  const varied = varyOrder(order, variation);
  if (!varied.ok) return varied.error.issues.map((i) => refusedByLaw(i, path));
  return disposalIssuesForChild(varied.value, record.child.dateOfBirth).map((i) =>
    refusedByLaw({ ...i, path: ['resultingOrder', ...i.path] }, path),
  );
}

/** @internal Records a variation on its order. */
export function applyVariation(
  draft: RecordDraft,
  variation: OrderVariation,
  recorded: { recordedBy: string; eventId: string; breachOutcomeId?: string },
): void {
  const o = draft.orders.find((r) => r.order.id === variation.orderId);
  o?.variations.push({ ...(variation as Writable<OrderVariation>), ...recorded });
  refreshPrincipal(draft);
}

/**
 * @internal What stops a new order (at sentence, on resentence, or beside the case's order): an id
 * the case already holds, the law that depends on the child's age, and for a DTO consecutive to
 * another the order it follows and the 24 months of the whole run.
 */
export function newOrderIssues(
  record: CaseRecord,
  order: Disposal,
  path: Path,
  replacing?: string,
): ReferenceIssue[] {
  if (orderRecordOf(record, order.id)) {
    return [conflict([...path, 'id'], 'The case already holds an order with this id')];
  }
  const issues = disposalIssuesForChild(order, record.child.dateOfBirth).map((i) =>
    refusedByLaw(i, path),
  );
  if (order.type === 'detention-and-training-order' && order.consecutiveTo !== undefined) {
    const before = orderRecordOf(record, order.consecutiveTo);
    if (
      before?.order.type !== 'detention-and-training-order' ||
      before.order.id === replacing ||
      before.revocation !== undefined
    ) {
      issues.push(
        missing(
          [...path, 'consecutiveTo'],
          'The case holds no detention and training order with this id in force',
        ),
      );
      return issues;
    }
    const live = latestOrders(record)
      .filter((o) => o.revokedOn === undefined)
      .map((o) => o.disposal);
    const run = dtoRunOf(order, [...live, order]);
    const first = run[0] as DisposalOf<'detention-and-training-order'>;
    const released = new Set(
      record.orders.filter((o) => o.releasedOn !== undefined).map((o) => o.order.id),
    );
    const terms = run.map((d) => ({
      id: d.id,
      termMonths: d.termMonths,
      termDays: d.termDays,
      supervisionBegun: released.has(d.id),
    }));
    for (const issue of consecutiveDtoTermIssues(terms, disposalStartDate(first))) {
      issues.push(refusedByLaw({ ...issue, path: ['termMonths'] }, path));
    }
  }
  return issues;
}

/** @internal Adds an order to the case; a custodial one starts a new custodial phase. */
export function addOrder(
  draft: RecordDraft,
  order: Disposal,
  made: { how: OrderRecord['made']['how']; recordedBy: string; eventId: string },
  replaces?: string,
): void {
  const principal = draft.orders.findLast((o) => o.role === 'principal');
  const role =
    made.how === 'further-order' && principal !== undefined
      ? 'further'
      : replaces !== undefined
        ? (draft.orders.find((o) => o.order.id === replaces)?.role ?? 'principal')
        : 'principal';
  draft.orders.push({
    order: order as Writable<Disposal>,
    role,
    made: { on: madeOn(order), ...made },
    ...(replaces !== undefined && { replaces }),
    variations: [],
    custodyDates: [],
  });
  if (isCustodial(order)) delete draft.custodyPhaseEndedOn;
  // Sentence ends the bail or remand that ran before it.
  if (made.how === 'sentence') {
    for (const r of draft.bailAndRemand) if (r.endedOn === undefined) r.endedOn = madeOn(order);
  }
  refreshPrincipal(draft);
}

/**
 * @internal What stops a revocation: no such order or one already revoked, a date before a change
 * already recorded, the law (`revocationIssues`), and a new sentence as a new order would be.
 */
export function revocationIssuesIn(
  record: CaseRecord,
  revocation: Revocation,
  path: Path,
): ReferenceIssue[] {
  const held = changeable(record, revocation.orderId, path);
  if (held.length > 0) return held;
  const o = orderRecordOf(record, revocation.orderId) as OrderRecord;
  const last = lastChangeOn(o);
  if (last !== undefined && revocation.revokedOn < last) {
    return [
      conflict(
        [...path, 'revokedOn'],
        'A revocation cannot be dated before a change already recorded for the order',
      ),
    ];
  }
  const order = latestOf(record, revocation.orderId) as Disposal;
  const issues = revocationIssues(order, revocation).map((i) => refusedByLaw(i, path));
  if (revocation.resentence !== undefined && issues.length === 0) {
    issues.push(
      ...newOrderIssues(record, revocation.resentence, [...path, 'resentence'], revocation.orderId),
    );
  }
  return issues;
}

/** @internal Records a revocation and any new sentence, which takes the revoked order's role. */
export function applyRevocation(
  draft: RecordDraft,
  revocation: Revocation,
  recorded: { recordedBy: string; eventId: string; breachOutcomeId?: string },
): void {
  const o = draft.orders.find((r) => r.order.id === revocation.orderId);
  if (o) o.revocation = { ...(revocation as Writable<Revocation>), ...recorded };
  if (revocation.resentence !== undefined) {
    addOrder(
      draft,
      revocation.resentence,
      { how: 'resentence', recordedBy: recorded.recordedBy, eventId: recorded.eventId },
      revocation.orderId,
    );
  }
  refreshPrincipal(draft);
}

/**
 * Keeps `record.disposal` the principal order as it stands after every change recorded. The order
 * is worked out from the draft, so it is copied as plain data before it is written back (a step's
 * writer may hand out proxies, which must never be stored inside the record).
 */
function refreshPrincipal(draft: RecordDraft): void {
  const principal = principalDisposal(draft);
  if (principal === undefined) delete draft.disposal;
  else draft.disposal = JSON.parse(JSON.stringify(principal)) as Writable<Disposal>;
}

/**
 * @internal The custody phase an order event leaves the case in: `custody` when it adds a
 * custodial order (a new custodial phase begins), `community` when it revokes the last custodial
 * order the case holds without a custodial sentence in its place, otherwise no change.
 */
export type PhaseAfter = 'custody' | 'community' | undefined;

/** @internal The phase after an event that adds `added` and revokes `revoked` (ids). */
export function phaseAfter(
  record: CaseRecord,
  change: { readonly added?: Disposal | undefined; readonly revoked?: string | undefined },
): PhaseAfter {
  if (change.added !== undefined && isCustodial(change.added)) return 'custody';
  if (change.revoked === undefined) return undefined;
  const custodialBefore = record.orders.some(
    (o) => o.revocation === undefined && isCustodial(o.order),
  );
  const custodialAfter = record.orders.some(
    (o) => o.revocation === undefined && o.order.id !== change.revoked && isCustodial(o.order),
  );
  return custodialBefore && !custodialAfter ? 'community' : undefined;
}

/** @internal Every value {@link phaseAfter} gives. */
export const PHASES_AFTER: readonly PhaseAfter[] = ['custody', 'community', undefined];

const INTO_CUSTODY: Guard<PhaseAfter> = {
  name: 'intoCustody',
  test: (phase) => phase === 'custody',
};
const INTO_COMMUNITY: Guard<PhaseAfter> = {
  name: 'intoCommunity',
  test: (phase) => phase === 'community',
};

/**
 * @internal The moves of an event that adds or revokes an order: in every active stage it is
 * recorded; in delivery a new custodial order moves the phase into custody, and revoking the last
 * custodial order back to the community.
 */
export const ORDER_MOVES: readonly Move<PhaseAfter>[] = [
  { from: 'delivery.phase.community', to: 'delivery.phase.custody', guard: INTO_CUSTODY },
  { from: 'delivery.phase.custody', to: 'delivery.phase.community', guard: INTO_COMMUNITY },
  ...ACTIVE_STAGES.map((from) => ({ from })),
];

/** @internal The moves of an event that only adds an order: into custody, never out of it. */
export const NEW_ORDER_MOVES: readonly Move<PhaseAfter>[] = ORDER_MOVES.filter(
  (m) => m.guard !== INTO_COMMUNITY,
);

/** @internal Guards for a breach outcome that resentences: in enforcement only. */
export const ENFORCEMENT_INTO_CUSTODY: Guard<PhaseAfter> = {
  name: 'enforcementIntoCustody',
  test: (phase, context) => phase === 'custody' && context.compliance === 'enforcement',
};
/** @internal See {@link ENFORCEMENT_INTO_CUSTODY}. */
export const ENFORCEMENT_INTO_COMMUNITY: Guard<PhaseAfter> = {
  name: 'enforcementIntoCommunity',
  test: (phase, context) => phase === 'community' && context.compliance === 'enforcement',
};
