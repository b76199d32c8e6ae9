import { maxDate } from '../../_lib/calendar.js';
import type { IsoDate } from '../../model/dates.js';
import type { ReviewTrigger } from '../../model/review.js';
import { addDays } from '../_lib/days.js';
import { writeClosed, writeClosingReview } from '../_lib/steps/review.js';
import { CHANCES } from './mix.js';
import { busyWith, inDelivery, type Sim } from './simulation.js';

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
