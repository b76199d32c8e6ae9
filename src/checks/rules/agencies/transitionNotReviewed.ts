import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import { defineRule } from '../../rule.js';
import { TRANSITIONS } from './sources.js';

/**
 * `review.transition-not-reviewed` (warning): the case was handed over to probation
 * `plan.transitionReviewWorkingDays` working days ago or more (default 20) and the transfer has
 * not been reviewed since.
 *
 * @example
 * checkCase(state, { asOf, rules: ['review.transition-not-reviewed'] });
 * // [{ path: ['transition', 'review'], evidence: { handedOverOn: '2026-09-14', reviewBy: '2026-10-12', workingDays: 20 } }]
 */
export const transitionNotReviewed = defineRule({
  id: 'review.transition-not-reviewed',
  title: 'A hand-over to probation is reviewed afterwards',
  description:
    'After the case is handed over to the Probation Service (`transition.handedOver`), the transfer is reviewed (`transition.reviewed`: settled, or concerns raised) within `plan.transitionReviewWorkingDays` working days (default 20), so that a young adult who has not engaged with the new service is noticed while the youth justice service can still help.',
  severity: 'warning',
  source: { kind: 'yjb-guidance', citation: TRANSITIONS },
  check: ({ state: { record }, asOf, policy }) => {
    const handover = record.handover;
    if (!handover) return [];
    const days = policy.plan.transitionReviewWorkingDays;
    const reviewBy = shiftWorkingDays(handover.on, days);
    if (asOf <= reviewBy) return [];
    if (record.transitionReviews.some((r) => r.on >= handover.on && r.on <= asOf)) return [];
    return [
      {
        message: 'The hand-over to probation has not been reviewed',
        path: ['transition', 'review'],
        evidence: { handedOverOn: handover.on, reviewBy, workingDays: days },
      },
    ];
  },
});
