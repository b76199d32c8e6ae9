import { ageOn } from '../../_lib/calendar.js';
import { CONTRACT_ELEMENT_KINDS, contractElementCatalogue } from '../../law/referralOrder.js';
import { YRO_REQUIREMENT_KINDS } from '../../law/yroRequirements.js';
import { liveOrders } from '../../lifecycle/orders.js';
import type { IsoDate } from '../../model/dates.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { PayloadOf } from '../_lib/caseWriter.js';
import { lawfulRequirement, standsAlone } from '../_lib/lawful.js';
import { writeSample } from '../_lib/steps/sample.js';
import { supervisionEnds } from '../_lib/supervision.js';
import { newSentence } from './resentence.js';
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

/** A contract term of a kind the contract does not hold (none prohibited, none needing consent). */
function newTerm(
  sim: Sim,
): { id: string; kind: (typeof CONTRACT_ELEMENT_KINDS)[number] } | undefined {
  const d = orderNow(sim);
  const held = new Set((d?.type === 'referral-order' ? (d.contract ?? []) : []).map((t) => t.kind));
  const kind = CONTRACT_ELEMENT_KINDS.find(
    (k) =>
      !held.has(k) &&
      !('prohibited' in contractElementCatalogue[k]) &&
      !('victimConsentNeeded' in contractElementCatalogue[k]),
  );
  return kind ? { id: sim.w.nextId('ct-varied'), kind } : undefined;
}

/** @internal The change a breach outcome carries to the order. */
export type BreachChange = Partial<
  Pick<PayloadOf<'compliance.breachOutcomeRecorded'>, 'variation' | 'revocation'>
>;

/**
 * @internal The change a breach outcome carries: for `requirements-amended` a requirement the
 * law allows for the child added to the YRO; for `contract-varied` a term added to the contract;
 * for `order-revoked-resentenced` the revocation with the new sentence (see `newSentence`).
 */
export function breachChange(sim: Sim, outcome: string, on: IsoDate): BreachChange {
  const d = orderNow(sim, on);
  if (!d) return {};
  if (outcome === 'requirements-amended' && d.type === 'youth-rehabilitation-order') {
    const held = new Set(d.requirements.map((r) => r.kind));
    const age = ageOn(sim.setup.child.dateOfBirth, d.convictionDate);
    const kind = YRO_REQUIREMENT_KINDS.find((k) => !held.has(k) && standsAlone(k, d.type, age));
    if (!kind) return {};
    const added = lawfulRequirement(kind, { on, convicted: d.convictionDate, age }, 3, sim.c);
    return {
      variation: {
        order: 'youth-rehabilitation-order',
        orderId: d.id,
        on,
        by: 'court',
        reason: 'breach',
        added: [{ ...added, id: `${added.id}-on-breach` }],
      },
    };
  }
  if (outcome === 'contract-varied' && d.type === 'referral-order') {
    const term = newTerm(sim);
    return term
      ? {
          variation: {
            order: 'referral-order',
            orderId: d.id,
            on,
            by: 'youth-offender-panel',
            reason: 'breach',
            added: [term],
          },
        }
      : {};
  }
  if (outcome === 'order-revoked-resentenced' && 'sentenceDate' in d) {
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
  return {};
}

/** @internal The panel adds a term to a referral order's contract at a review (`order.varied`). */
export function varyContract(sim: Sim, on: IsoDate): void {
  const d = orderNow(sim, on);
  const term = d?.type === 'referral-order' ? newTerm(sim) : undefined;
  if (!d || !term) return;
  sim.w.add('order.varied', on, {
    variation: {
      order: 'referral-order',
      orderId: d.id,
      on,
      by: 'youth-offender-panel',
      reason: 'review',
      added: [term],
    },
  });
}
