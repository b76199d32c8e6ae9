import { maxDate } from '../../_lib/calendar.js';
import { ratingsInForce } from '../../lifecycle/ratingsInForce.js';
import type { Ratings } from '../../model/assessment.js';
import type { IsoDate } from '../../model/dates.js';
import { custodyPhaseEnd } from '../../model/disposal/index.js';
import type { ReviewTrigger } from '../../model/review.js';
import { addDays } from '../_lib/days.js';
import { panelAttendee } from '../_lib/panel.js';
import { nextReviewDue, reviewAfter } from '../_lib/progress.js';
import { stepUp } from '../_lib/ratings.js';
import { involvable } from '../_lib/setup.js';
import { writeMeeting } from '../_lib/steps/involvement.js';
import {
  writeClosed,
  writeClosingReview,
  writeReview,
  writeReviewFollowUp,
} from '../_lib/steps/review.js';
import { scheduleActions } from './actions.js';
import { CHANCES, DECISIONS } from './mix.js';
import { resentenceForFurtherOffence, varyContract } from './orders.js';
import { busyWith, inDelivery, isOver, revokedOn, type Sim } from './simulation.js';

/** Reviews due within this many days of the end are left to the closing review. */
const LEFT_TO_CLOSING_DAYS = 30;

/** @internal Schedules the next scheduled review (triggered a few days before it is due). */
export function scheduleNextReview(sim: Sim): void {
  const due = nextReviewDue(sim.w.record);
  if (due === undefined || due > addDays(sim.setup.supervisionEnds, -LEFT_TO_CLOSING_DAYS)) return;
  const round = sim.w.record.reviews.length;
  const triggerOn = maxDate(sim.w.date, addDays(due, -sim.c.int(3, 10)));
  inDelivery(sim, triggerOn, (on) => {
    if (round !== sim.w.record.reviews.length) return;
    const late = sim.c.chance(CHANCES.lateReview);
    const completedOn = late
      ? addDays(maxDate(due, on), sim.c.int(1, 10))
      : maxDate(on, addDays(due, -sim.c.int(0, 3)));
    review(sim, 'scheduled', on, maxDate(due, on), completedOn);
  });
}

/**
 * @internal Release from custody at the half-way point of the case's custodial sentence (or the
 * day after `from` if that has passed), then a review within a week.
 */
export function scheduleRelease(sim: Sim, from: IsoDate): void {
  const release = custodyPhaseEnd(sim.setup.disposal);
  if (release === undefined) return;
  inDelivery(sim, release > from ? release : addDays(from, 1), (on) => {
    sim.w.add('custody.phaseEnded', on, { on });
    scheduleTriggeredReview(sim, addDays(on, sim.c.int(1, 7)), 'release-from-custody');
  });
}

/** @internal Schedules a review triggered by a change, due within about two weeks. */
export function scheduleTriggeredReview(sim: Sim, date: IsoDate, trigger: ReviewTrigger): void {
  if (date > addDays(sim.setup.supervisionEnds, -LEFT_TO_CLOSING_DAYS)) return;
  inDelivery(sim, date, (on) => {
    // A further offence the court sentences by revoking the order: the new order's review follows.
    if (trigger === 'new-offence' && resentenceForFurtherOffence(sim, on)) return;
    review(sim, trigger, on, addDays(on, sim.c.int(10, 15)), addDays(on, sim.c.int(2, 10)));
  });
}

/** The ratings a review records: as they stand, the risk of serious harm higher after some changes. */
function reRated(sim: Sim, trigger: ReviewTrigger): Ratings | undefined {
  const now = ratingsInForce(sim.w.record, undefined)?.ratings;
  if (!now) return undefined;
  const rises =
    (trigger === 'change-in-risk' || trigger === 'new-offence') &&
    sim.c.chance(CHANCES.riskRisesAfterChange);
  return rises ? { ...now, riskOfSeriousHarm: stepUp(now.riskOfSeriousHarm) } : { ...now };
}

/** Writes a review and what its decision leads to: a new plan version, or a reassessment first. */
function review(
  sim: Sim,
  trigger: ReviewTrigger,
  on: IsoDate,
  dueBy: IsoDate,
  completedOn: IsoDate,
): void {
  const { c, w, setup } = sim;
  // Once the order is revoked the plan is not revised for it: the case closes.
  const decision = revokedOn(w.record)
    ? 'continue'
    : c.weighted(DECISIONS[trigger] ?? DECISIONS.other);
  const ratings = c.chance(CHANCES.reviewReRates) ? reRated(sim, trigger) : undefined;
  busyWith(sim, () => {
    writeReview(w, setup, {
      trigger,
      triggeredOn: on,
      completedOn,
      dueBy,
      decision,
      nextReviewDate: reviewAfter(setup.supervisionEnds, completedOn),
      engagement: sim.engagement.progress,
      choices: c,
      ...(ratings && { ratings }),
      ...(trigger !== 'scheduled' && { detail: 'Recorded in the case notes' }),
    });
    if (setup.disposal.type === 'referral-order' && !w.stopped) {
      if (c.chance(CHANCES.contractVariedAtReview)) varyContract(sim, completedOn);
      w.add('contact.recorded', completedOn, {
        contact: {
          id: w.nextId('c'),
          date: completedOn,
          kind: 'panel-meeting',
          attendance: 'attended',
          objectiveIds: [],
          deliveredBy: { kind: 'yos', role: 'panel' },
        },
      });
      writeMeeting(
        w,
        involvable(setup.people),
        'panel',
        completedOn,
        completedOn,
        c,
        {},
        panelAttendee(setup.disposal, setup.child.lookedAfter),
      );
    }
    writeReviewFollowUp(w, setup, { trigger, decision, completedOn, choices: c });
  });
  if (w.stopped || isOver(sim)) return;
  scheduleActions(sim);
  scheduleNextReview(sim);
}

/**
 * Why a simulated case closes.
 *
 * @example
 * const why: ClosingReason = 'disposal-completed';
 */
export type ClosingReason = 'disposal-completed' | 'resentenced' | 'transferred-to-probation';

const TRIGGER = {
  'disposal-completed': 'end-of-order',
  resentenced: 'non-compliance',
  'transferred-to-probation': 'significant-change-in-circumstances',
} as const satisfies Record<ClosingReason, ReviewTrigger>;

/**
 * @internal The end of the case: open actions finished (done, or not delivered with the reason,
 * e.g. still on a waiting list), started referrals completed, the closing review (usually before the disposal ends, sometimes soon
 * after) deciding to close, and the closure when the disposal ends (or after the review if later).
 */
export function scheduleClosing(sim: Sim, date: IsoDate, reason: ClosingReason): void {
  const ends = sim.setup.supervisionEnds;
  inDelivery(sim, date, (on) => {
    const { w, c, setup } = sim;
    // A new sentence since: its own closing is scheduled.
    if (reason === 'disposal-completed' && setup.supervisionEnds !== ends) return;
    // A case handed over to probation closes after the review of the transfer, not at the end.
    const end = reason === 'transferred-to-probation' ? on : maxDate(setup.supervisionEnds, on);
    const completedOn =
      reason === 'disposal-completed' && c.chance(CHANCES.lateClosingReview)
        ? addDays(end, c.int(1, 14))
        : maxDate(on, addDays(end, -c.int(1, 7)));
    busyWith(sim, () =>
      writeClosingReview(w, setup, {
        trigger: TRIGGER[reason],
        triggeredOn: on,
        completedOn,
        dueBy: end,
        engagement: sim.engagement.progress,
        choices: c,
      }),
    );
    const closedOn = reason === 'disposal-completed' ? maxDate(end, w.date) : w.date;
    sim.agenda.at(closedOn, (at) => writeClosed(w, at, reason));
  });
}
