import { eighteenthBirthday } from '../../lifecycle/agencyFacts.js';
import { ratingsInForce } from '../../lifecycle/ratingsInForce.js';
import type { IsoDate } from '../../model/dates.js';
import { addDays } from '../_lib/days.js';
import { isHigh } from '../_lib/ratings.js';
import { samplePayload, writeSample } from '../_lib/steps/sample.js';
import { CHANCES } from './mix.js';
import { scheduleClosing } from './reviews.js';
import { busyWith, inDelivery, type Sim } from './simulation.js';

/**
 * @internal A multi-agency risk management meeting for a child whose risk of serious harm or
 * safety is high, or who is in care: a basis for sharing with children's social care, then the
 * meeting with the agency there (each payload its event definition's own sample, with the
 * agency added).
 */
export function scheduleMultiAgencyMeeting(sim: Sim, date: IsoDate): void {
  const ratings = ratingsInForce(sim.w.record, undefined)?.ratings;
  const concern =
    sim.setup.child.lookedAfter ||
    (ratings && (isHigh(ratings.riskOfSeriousHarm) || isHigh(ratings.safetyAndWellbeing)));
  if (!concern || !sim.c.chance(CHANCES.multiAgencyMeeting)) return;
  inDelivery(sim, date, (on) => {
    const { w } = sim;
    const basis = samplePayload(w, 'sharing.basisRecorded', on);
    w.add('sharing.basisRecorded', on, {
      basis: { ...basis.basis, agency: 'social-care' },
    });
    const { meeting } = samplePayload(w, 'meeting.held', on);
    const agency = { kind: 'agency' as const, agency: 'social-care' as const };
    w.add('meeting.held', on, {
      meeting: {
        ...meeting,
        kind: 'risk-management-meeting',
        invited: [...meeting.invited, agency],
        attended: [...meeting.attended, agency],
      },
    });
  });
}

/**
 * @internal The hand-over to the Probation Service for a child who turns 18 well before the
 * order ends: two months before the birthday the decision to transfer, a basis for sharing with
 * probation and the three-way transition meeting; the hand-over on the birthday, the review of
 * the transfer four weeks later, and the case's closure (each payload its event definition's
 * own sample).
 */
export function scheduleHandover(sim: Sim, activeOn: IsoDate): void {
  const birthday = eighteenthBirthday(sim.setup.child.dateOfBirth);
  if (birthday < addDays(activeOn, 60) || birthday > addDays(sim.setup.supervisionEnds, -60)) {
    return;
  }
  const { w } = sim;
  inDelivery(sim, addDays(birthday, -60), (on) => {
    // Scheduled again for a new sentence: decided once.
    if (w.record.transitionDecisions.length > 0) return;
    busyWith(sim, () => {
      writeSample(w, 'transition.decided', on);
      writeSample(w, 'sharing.basisRecorded', on);
      writeSample(w, 'meeting.held', addDays(on, 7));
    });
    inDelivery(sim, birthday, (at) => {
      writeSample(w, 'transition.handedOver', at);
      inDelivery(sim, addDays(at, 28), (reviewOn) => {
        writeSample(w, 'transition.reviewed', reviewOn);
        scheduleClosing(sim, addDays(reviewOn, 1), 'transferred-to-probation');
      });
    });
  });
}
