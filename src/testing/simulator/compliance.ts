import { complianceStatus } from '../../lifecycle/derive.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { IsoDate } from '../../model/dates.js';
import type { BreachOutcome } from '../../model/delivery.js';
import { type Weighted, weights } from '../_lib/choices.js';
import { addDays, daysBetween } from '../_lib/days.js';
import { RESENTENCE } from './mix.js';
import { breachChange, carryOnUnderNewSentence, revocableOrder } from './orders.js';
import { scheduleClosing, scheduleTriggeredReview } from './reviews.js';
import { inDelivery, type Sim } from './simulation.js';

const COURT_OUTCOMES: Weighted<BreachOutcome> = weights({
  'order-continued': 50,
  'requirements-amended': 30,
  fine: 15,
  'order-revoked-resentenced': RESENTENCE.onBreach * 100,
});
const PANEL_OUTCOMES = weights({ 'contract-varied': 50, 'order-continued': 35, 'no-action': 15 });

/**
 * The share of first absences (no warning in the past year) answered informally: a conversation,
 * a home visit, a rearranged appointment or reminders. An assumption of the simulator, not a
 * published rate: engaging responses first, as the guidance on compliance asks.
 */
const INFORMAL_FIRST_RESPONSE = 0.5;

const INFORMAL_KINDS = weights({
  conversation: 35,
  'home-visit': 25,
  'rearranged-appointment': 25,
  'reminder-arrangement': 15,
});

/**
 * An informal response within a few days. Under a youth rehabilitation order the officer must
 * warn unless the child had a reasonable excuse (Sch. 7 para. 4), so there the response records
 * that the child's account was heard and the excuse accepted.
 */
function answerInformally(sim: Sim, contactId: string, on: IsoDate): void {
  const yro = sim.setup.disposal.type.startsWith('youth-rehabilitation-order');
  inDelivery(
    sim,
    addDays(on, sim.c.int(1, 5)),
    (at) => {
      sim.w.add('compliance.absenceAddressed', at, {
        response: {
          id: sim.w.nextId('ar'),
          contactIds: [contactId],
          kind: sim.c.weighted(INFORMAL_KINDS),
          on: at,
          ...(yro && { reasonableExcuse: true }),
          notes: 'Talked it through with the child and agreed what will help next time',
        },
      });
    },
    14,
  );
}

/**
 * @internal Answers an unacceptable absence proportionately (the historic national standard,
 * as practice): a warning, with the child's account heard and the consequences explained; after
 * two warnings within 12 months, breach action (back to the youth offender panel for a referral
 * order, to court otherwise), its outcome, then a review and re-engagement.
 */
export function respondToAbsence(sim: Sim, contactId: string, on: IsoDate): void {
  if (complianceStatus(sim.w.record) === 'enforcement') return;
  // A shortfall: most absences are never followed up.
  if (sim.setup.shortfalls?.has('absencesUnanswered') && sim.c.chance(0.7)) return;
  const recent = warningsSinceBreach(sim.w.record).filter((d) => daysBetween(d, on) <= 365);
  if (recent.length === 0 && sim.c.chance(INFORMAL_FIRST_RESPONSE)) {
    answerInformally(sim, contactId, on);
    return;
  }
  if (recent.length >= 2) {
    inDelivery(sim, addDays(on, sim.c.int(2, 7)), (at) => breach(sim, contactId, at));
    return;
  }
  inDelivery(
    sim,
    addDays(on, sim.c.int(1, 3)),
    (at) => {
      if (complianceStatus(sim.w.record) === 'enforcement') return;
      sim.w.add('compliance.warningIssued', at, {
        warning: {
          id: sim.w.nextId('w'),
          on: at,
          reason: 'Missed an appointment without a good reason',
          ...(sim.c.chance(0.85) && { childAccount: 'I forgot and my phone was off' }),
          consequencesExplained: true,
          contactIds: [contactId],
        },
      });
    },
    14,
  );
}

/** The dates of the warnings given since the last breach outcome. */
function warningsSinceBreach(record: CaseRecord): IsoDate[] {
  const since = record.compliance.findLastIndex((e) => e.kind === 'breach-outcome');
  return record.compliance.slice(since + 1).flatMap((e) => (e.kind === 'warning' ? [e.on] : []));
}

function breach(sim: Sim, contactId: string, on: IsoDate): void {
  // Breach action already taken for an earlier absence.
  if (complianceStatus(sim.w.record) === 'enforcement') return;
  const panel = sim.setup.disposal.type === 'referral-order';
  const id = sim.w.nextId('b');
  sim.w.add('compliance.breachActionTaken', on, {
    breachAction: {
      id,
      on,
      to: panel ? 'youth-offender-panel' : 'court',
      reason: 'A third missed appointment without a good reason within 12 months',
      contactIds: [contactId],
    },
  });
  inDelivery(sim, addDays(on, sim.c.int(14, 35)), (at) => {
    const court = revocableOrder(sim, at)
      ? COURT_OUTCOMES
      : COURT_OUTCOMES.filter(([o]) => o !== 'order-revoked-resentenced');
    const outcome = sim.c.weighted(panel ? PANEL_OUTCOMES : court);
    // The change decided on breach, carried by the outcome (an amendment, a varied contract,
    // a revocation with the new sentence).
    const change = breachChange(sim, outcome, at);
    sim.w.add('compliance.breachOutcomeRecorded', at, {
      id: sim.w.nextId('bo'),
      breachActionId: id,
      on: at,
      outcome,
      ...change,
    });
    if (change.revocation?.resentence) {
      carryOnUnderNewSentence(sim, at);
    } else if (outcome === 'order-revoked-resentenced') {
      scheduleClosing(sim, addDays(at, sim.c.int(2, 7)), 'resentenced');
    } else {
      scheduleTriggeredReview(sim, addDays(at, sim.c.int(1, 7)), 'non-compliance');
    }
  });
}
