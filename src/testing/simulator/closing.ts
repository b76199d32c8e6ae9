import { maxDate } from '../../_lib/calendar.js';
import { activePlan } from '../../lifecycle/derive.js';
import type { IsoDate } from '../../model/dates.js';
import { addDays } from '../_lib/days.js';
import { planNow } from '../_lib/progress.js';
import { writeReview } from '../_lib/steps/review.js';
import { CHANCES } from './mix.js';
import { busyWith, inDelivery, type Sim } from './simulation.js';

/**
 * Why a simulated case closes.
 *
 * @example
 * const why: ClosingReason = 'disposal-completed';
 */
export type ClosingReason = 'disposal-completed' | 'resentenced' | 'transferred-to-probation';

/**
 * @internal The end of the case: open actions finished (done, or not delivered with the reason,
 * e.g. still on a waiting list), started referrals completed, the closing review (usually before the disposal ends, sometimes soon
 * after) deciding to close, and the closure when the disposal ends (or after the review if later).
 */
export function scheduleClosing(sim: Sim, date: IsoDate, reason: ClosingReason): void {
  inDelivery(sim, date, (on) => {
    const { w, c, setup } = sim;
    // A case handed over to probation closes after the review of the transfer, not at the end.
    const end = reason === 'transferred-to-probation' ? on : maxDate(setup.supervisionEnds, on);
    const completedOn =
      reason === 'disposal-completed' && c.chance(CHANCES.lateClosingReview)
        ? addDays(end, c.int(1, 14))
        : maxDate(on, addDays(end, -c.int(1, 7)));
    busyWith(sim, () => {
      const waiting = new Set(
        w.record.referrals
          .filter((r) => r.history[r.history.length - 1]?.status === 'waiting-list')
          .map((r) => r.actionId),
      );
      for (const action of planNow(w.record)?.actions ?? []) {
        if (action.status !== 'planned' && action.status !== 'in-progress') continue;
        // Work that slipped is left as it stood: the record shows it was never finished.
        if (setup.shortfalls?.has('actionsSlip') && action.deliversRequirement === undefined)
          continue;
        const stillWaiting = action.status === 'planned' && waiting.has(action.id);
        const delivered =
          !stillWaiting && (action.deliversRequirement !== undefined || c.chance(0.9));
        w.add('action.statusChanged', on, {
          actionId: action.id,
          on,
          ...(delivered
            ? { status: 'done' as const }
            : {
                status: 'not-delivered' as const,
                notDelivered: {
                  reason: stillWaiting ? ('waiting-list' as const) : ('child-unwilling' as const),
                },
              }),
        });
      }
      for (const referral of w.record.referrals) {
        if (referral.history[referral.history.length - 1]?.status !== 'started') continue;
        w.add('referral.updated', on, {
          referralId: referral.id,
          on,
          status: 'completed',
          note: 'Work finished with the case',
        });
      }
      writeReview(w, setup, {
        trigger:
          reason === 'resentenced'
            ? 'non-compliance'
            : reason === 'transferred-to-probation'
              ? 'significant-change-in-circumstances'
              : 'end-of-order',
        triggeredOn: on,
        completedOn,
        dueBy: end,
        decision: 'close',
        engagement: sim.engagement.progress,
        choices: c,
      });
    });
    const closedOn = reason === 'disposal-completed' ? maxDate(end, w.date) : w.date;
    sim.agenda.at(closedOn, (at) => {
      if (sim.done) return;
      const exitPlan = activePlan(w.record)?.plan.exitPlan;
      w.add('case.closed', at, { on: at, reason, ...(exitPlan && { exitPlan }) });
      sim.done = true;
      sim.agenda.clear();
    });
  });
}
