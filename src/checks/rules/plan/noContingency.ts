import { ratedWhere, ratingsInForce, reratedAt } from '../../../lifecycle/ratingsInForce.js';
import { defineRule } from '../../rule.js';
import { HMIP_REVIEWING } from '../delivery/_lib/sources.js';
import { atLeast } from './_lib/ratings.js';
import { INSPECTION_PLANNING, PLANNING_PROBATION } from './_lib/sources.js';
import { planUnderCheck } from './_lib/subject.js';

/**
 * `plan.no-contingency` (warning): the risk of serious harm (or the child's safety and
 * wellbeing) is at or above the policy's threshold and the plan has no contingency plan.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-contingency'] });
 * // [{ path: ['plan', 'contingency'], evidence: { riskOfSeriousHarm: 'high', ... } }]
 */
export const noContingency = defineRule({
  id: 'plan.no-contingency',
  title: 'Significant risk has a contingency plan',
  description:
    'When the risk of serious harm is at or above `plan.contingencyFrom.riskOfSeriousHarm` (default medium), or the safety and wellbeing rating at or above `plan.contingencyFrom.safetyAndWellbeing` (default high), the plan sets out the signs to watch for and who responds how. The ratings are the newest: the signed-off assessment’s, or a completed review’s re-rating if that is later, so a rise in risk found at a review calls for a contingency plan at once. A plan to manage risk is still needed, proportionate and recorded, where parts of it cannot be shared with the child.',
  severity: 'warning',
  source: {
    kind: 'inspection',
    citation: `${INSPECTION_PLANNING}; ${HMIP_REVIEWING}; ${PLANNING_PROBATION}`,
  },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    const inForce = ratingsInForce(state.record, asOf);
    if (!version || !inForce || version.plan.contingency) return [];
    const { riskOfSeriousHarm, safetyAndWellbeing } = inForce.ratings;
    const from = policy.plan.contingencyFrom;
    const byHarm = atLeast(riskOfSeriousHarm, from.riskOfSeriousHarm);
    const bySafety = atLeast(safetyAndWellbeing, from.safetyAndWellbeing);
    if (!byHarm && !bySafety) return [];
    return [
      {
        message: `${byHarm ? 'The risk of serious harm' : 'The child’s safety and wellbeing rating'}${ratedWhere(inForce.ratingsFrom)} calls for a contingency plan and the plan has none`,
        path: ['plan', 'contingency'],
        evidence: {
          riskOfSeriousHarm,
          safetyAndWellbeing,
          thresholds: from,
          ...reratedAt(inForce.ratingsFrom),
        },
      },
    ];
  },
});
