import { ageOn } from '../../_lib/calendar.js';
import { type DisposalType, disposalCatalogue } from '../../law/disposals.js';
import { CONTRACT_ELEMENT_KINDS, contractElementCatalogue } from '../../law/referralOrder.js';
import { YRO_REQUIREMENT_KINDS } from '../../law/yroRequirements.js';
import { liveOrders } from '../../lifecycle/orders.js';
import type { IsoDate } from '../../model/dates.js';
import { inRange } from '../../model/disposal/lawLookup.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { PayloadOf } from '../_lib/caseWriter.js';
import type { Weighted } from '../_lib/choices.js';
import { addDays } from '../_lib/days.js';
import { lawfulDisposal, lawfulRequirement, standsAlone } from '../_lib/lawful.js';
import { planNow } from '../_lib/progress.js';
import { writeSample } from '../_lib/steps/sample.js';
import { supervisionEnds } from '../_lib/supervision.js';
import { scheduleHandover } from './agencies.js';
import { LENGTH_MIX, RESENTENCE } from './mix.js';
import { scheduleClosing, scheduleRelease, scheduleTriggeredReview } from './reviews.js';
import { follow, type Sim } from './simulation.js';

/**
 * @internal The case's order as it now stands (varied or not), if it is still in force (on `on`,
 * when given: a court or panel changes an order only while it runs).
 */
export function orderNow(sim: Sim, on?: IsoDate): Disposal | undefined {
  const id = sim.setup.disposal.id;
  const d = liveOrders(sim.w.record).find((o) => o.disposal.id === id)?.disposal as
    | Disposal
    | undefined;
  return d && on !== undefined && on > supervisionEnds(d) ? undefined : d;
}

/**
 * @internal The youth offender contract agreed at the first panel meeting, for a referral order
 * made without its terms (the payload its event definition's own sample).
 */
export function writeContract(sim: Sim, on: IsoDate): void {
  const d = sim.setup.disposal;
  if (d.type !== 'referral-order' || (d.contract ?? []).length > 0) return;
  if (!writeSample(sim.w, 'order.contractAgreed', on)) return;
  // The plan made at the same panel delivers the terms, as it delivers a YRO's requirements.
  const agreed = orderNow(sim);
  // The order runs from the day the contract is agreed.
  if (agreed) follow(sim, agreed);
}

/**
 * A change a court or panel makes to the order `d` on `on`: a term added to a referral order's
 * contract (none prohibited, none needing consent), or a requirement the law allows for the child
 * added to a YRO; undefined when there is none to add.
 */
function variationOf(
  sim: Sim,
  d: Disposal,
  on: IsoDate,
  reason: 'breach' | 'review',
): PayloadOf<'order.varied'>['variation'] | undefined {
  if (d.type === 'referral-order') {
    const held = new Set((d.contract ?? []).map((t) => t.kind));
    const kind = CONTRACT_ELEMENT_KINDS.find((k) => {
      const law = contractElementCatalogue[k];
      return !held.has(k) && !('prohibited' in law) && !('victimConsentNeeded' in law);
    });
    const added = kind && [{ id: sim.w.nextId('ct-varied'), kind }];
    return added && { order: d.type, orderId: d.id, on, by: 'youth-offender-panel', reason, added };
  }
  if (d.type !== 'youth-rehabilitation-order') return undefined;
  const held = new Set(d.requirements.map((r) => r.kind));
  const age = ageOn(sim.setup.child.dateOfBirth, d.convictionDate);
  const kind = YRO_REQUIREMENT_KINDS.find((k) => !held.has(k) && standsAlone(k, d.type, age));
  const occasion = { on, convicted: d.convictionDate, age, id: `on-${reason}` };
  const added = kind && [lawfulRequirement(kind, occasion, 3, sim.c)];
  return added && { order: d.type, orderId: d.id, on, by: 'court', reason, added };
}

/** @internal The change a breach outcome carries to the order. */
export type BreachChange = Partial<
  Pick<PayloadOf<'compliance.breachOutcomeRecorded'>, 'variation' | 'revocation'>
>;

/**
 * @internal The change a breach outcome carries: for `requirements-amended` and
 * `contract-varied` the variation (see `variationOf`); for `order-revoked-resentenced` the
 * revocation with the new sentence (see `newSentence`).
 */
export function breachChange(sim: Sim, outcome: string, on: IsoDate): BreachChange {
  const d = orderNow(sim, on);
  if (outcome === 'order-revoked-resentenced' && d && 'sentenceDate' in d) {
    const resentence = newSentence(sim, d, on);
    return {
      revocation: {
        orderId: d.id,
        revokedOn: on,
        reason: 'breach',
        ...(resentence && { resentence }),
      },
    };
  }
  const amends = outcome === 'requirements-amended' || outcome === 'contract-varied';
  const variation = d && amends ? variationOf(sim, d, on, 'breach') : undefined;
  return variation ? { variation } : {};
}

/** @internal The panel adds a term to a referral order's contract at a review (`order.varied`). */
export function varyContract(sim: Sim, on: IsoDate): void {
  const d = orderNow(sim, on);
  const variation = d && variationOf(sim, d, on, 'review');
  if (variation) sim.w.add('order.varied', on, { variation });
}

type Revocable = keyof typeof RESENTENCE.sentences;

/** @internal The case's order, when the simulator has a court revoke it and resentence. */
export function revocableOrder(
  sim: Sim,
  on: IsoDate,
): (Disposal & { type: Revocable }) | undefined {
  const d = sim.w.record.handover ? undefined : orderNow(sim, on);
  return d && d.type in RESENTENCE.sentences ? (d as Disposal & { type: Revocable }) : undefined;
}

/**
 * @internal The sentence passed on `on` instead of the order `d`: for the original offence (its
 * conviction date, the child's age then), a type from {@link RESENTENCE} the law allows at that
 * age, lawful by the law tables; its ids new in the case.
 */
export function newSentence(sim: Sim, d: Disposal, on: IsoDate): Disposal | undefined {
  if (!('convictionDate' in d)) return undefined;
  const age = ageOn(sim.setup.child.dateOfBirth, d.convictionDate);
  const table: Weighted<DisposalType> = RESENTENCE.sentences[d.type as Revocable].filter(([t]) =>
    inRange(age, disposalCatalogue[t].ages),
  );
  if (table.length === 0) return undefined;
  const type = sim.c.weighted(table);
  const id = sim.w.nextId('resentence');
  return lawfulDisposal(type, { on, convicted: d.convictionDate, age, id }, sim.c, LENGTH_MIX);
}

/**
 * @internal After a revocation and resentence recorded on `on`: the work that delivered the
 * revoked order's requirements ends undelivered, and the case carries on under the new sentence
 * (into custody first, for a custodial one): a review of the new order within a week, its
 * contacts, reviews, release, hand-over at 18 and closing at its end.
 */
export function carryOnUnderNewSentence(sim: Sim, on: IsoDate): void {
  const { w } = sim;
  const d = w.record.disposal as Disposal | undefined;
  if (!d) return;
  for (const action of planNow(w.record)?.actions ?? []) {
    if (action.deliversRequirement === undefined) continue;
    if (action.status !== 'planned' && action.status !== 'in-progress') continue;
    w.add('action.statusChanged', on, {
      actionId: action.id,
      on,
      status: 'not-delivered',
      notDelivered: {
        reason: 'other',
        detail: 'The order was revoked and replaced by a new sentence',
      },
    });
  }
  follow(sim, d);
  scheduleRelease(sim, on);
  scheduleTriggeredReview(sim, addDays(on, sim.c.int(1, 7)), 'new-order');
  scheduleHandover(sim, on);
  scheduleClosing(
    sim,
    addDays(sim.setup.supervisionEnds, -sim.c.int(14, 28)),
    'disposal-completed',
  );
}

/**
 * @internal A further offence that the court sentences by revoking the order and resentencing
 * (`order.revoked`, reason `further-offence`), at the {@link RESENTENCE} rate. False, writing
 * nothing, when it does not.
 */
export function resentenceForFurtherOffence(sim: Sim, on: IsoDate): boolean {
  const d = revocableOrder(sim, on);
  if (!d || !sim.c.chance(RESENTENCE.onFurtherOffence)) return false;
  const resentence = newSentence(sim, d, on);
  if (!resentence) return false;
  const revocation = {
    orderId: d.id,
    revokedOn: on,
    reason: 'further-offence' as const,
    resentence,
  };
  if (!sim.w.add('order.revoked', on, { revocation })) return true;
  carryOnUnderNewSentence(sim, on);
  return true;
}
