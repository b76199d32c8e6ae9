import { inForceAfter, ratingsTimeline } from '../../../lifecycle/ratingsInForce.js';
import type { FourPointRating } from '../../../model/assessment.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { spoken } from '../plan/_lib/ratings.js';
import { PLANNING_PROBATION } from '../plan/_lib/sources.js';
import { judgedUpTo } from './_lib/caseDates.js';
import { HMIP_REVIEWING } from './_lib/sources.js';

const ORDER: readonly FourPointRating[] = ['low', 'medium', 'high', 'very-high'];
const RISING = ['riskOfSeriousHarm', 'safetyAndWellbeing'] as const;
const WORDS = {
  riskOfSeriousHarm: 'risk of serious harm',
  safetyAndWellbeing: 'safety and wellbeing rating',
} as const;

/**
 * `review.risk-rise-not-planned` (warning): a completed review re-rated the risk of serious
 * harm or the child's safety and wellbeing higher than the ratings in force before it, and no
 * plan version has been drafted since, `reviews.riskRiseRevisionWorkingDays` working days on.
 *
 * @example
 * checkCase(state, { asOf, rules: ['review.risk-rise-not-planned'] });
 * // [{ path: ['reviews', 'rv-1', 'outcome', 'ratings'], evidence: { raised: [{ rating: 'riskOfSeriousHarm', from: 'low', to: 'high' }], ... } }]
 */
export const riskRiseNotPlanned = defineRule({
  id: 'review.risk-rise-not-planned',
  title: 'A rise in risk found at a review is planned for',
  description:
    'When a completed review re-rates the risk of serious harm or the child’s safety and wellbeing higher than the ratings in force before it (the signed-off assessment’s, or an earlier review’s), a new plan version is drafted on or after the review within `reviews.riskRiseRevisionWorkingDays` working days (default 5), judged up to the case’s closure. Reviewing should respond to change, and a plan to manage a raised risk of harm should say what will be done about it; the contingency and focus checks read the raised ratings too.',
  severity: 'warning',
  source: { kind: 'inspection', citation: `${HMIP_REVIEWING}; ${PLANNING_PROBATION}` },
  check: ({ state: { record }, asOf, policy }) => {
    const upTo = judgedUpTo(record, asOf);
    const days = policy.reviews.riskRiseRevisionWorkingDays;
    const timeline = ratingsTimeline(record, upTo);
    const findings: RawFinding[] = [];
    timeline.forEach((entry, i) => {
      if (entry.from.kind !== 'review') return;
      const before = inForceAfter(timeline, i)?.ratings;
      if (!before) return;
      const raised = RISING.filter(
        (r) => ORDER.indexOf(entry.ratings[r]) > ORDER.indexOf(before[r]),
      ).map((r) => ({ rating: r, from: before[r], to: entry.ratings[r] }));
      if (raised.length === 0) return;
      const { reviewId, on } = entry.from;
      const reviseBy = shiftWorkingDays(on, days);
      if (upTo <= reviseBy) return;
      if (record.plans.some((p) => p.drafted.on >= on && p.drafted.on <= upTo)) return;
      const what = raised.map((r) => `${WORDS[r.rating]} to ${spoken(r.to)}`).join(' and the ');
      findings.push({
        message: `A review raised the ${what} and the plan has not been revised since`,
        path: ['reviews', reviewId, 'outcome', 'ratings'],
        evidence: { reviewId, completedOn: on, raised, reviseBy, workingDays: days },
      });
    });
    return findings;
  },
});
