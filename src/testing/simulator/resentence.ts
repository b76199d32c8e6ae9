import { ageOn } from '../../_lib/calendar.js';
import { type DisposalType, disposalCatalogue } from '../../law/disposals.js';
import type { IsoDate } from '../../model/dates.js';
import { inRange } from '../../model/disposal/lawLookup.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { Weighted } from '../_lib/choices.js';
import { addDays } from '../_lib/days.js';
import { lawfulDisposal } from '../_lib/lawful.js';
import { planNow } from '../_lib/progress.js';
import { scheduleHandover } from './agencies.js';
import { scheduleClosing } from './closing.js';
import { LENGTH_MIX, RESENTENCE } from './mix.js';
import { orderNow } from './orders.js';
import { scheduleRelease, scheduleTriggeredReview } from './reviews.js';
import { follow, type Sim } from './simulation.js';

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
  const made = lawfulDisposal(type, { on, convicted: d.convictionDate, age }, sim.c, LENGTH_MIX);
  const id = sim.w.nextId('resentence');
  return 'requirements' in made
    ? ({
        ...made,
        id,
        requirements: made.requirements.map((r) => ({ ...r, id: `${r.id}-${id}` })),
      } as Disposal)
    : { ...made, id };
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
