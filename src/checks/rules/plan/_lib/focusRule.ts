/**
 * The three inspection foci share one shape: a rating at or above the policy's threshold calls
 * for an objective with that focus.
 * @internal
 */
import { ratedWhere, ratingsInForce, reratedAt } from '../../../../lifecycle/ratingsInForce.js';
import type { ObjectiveFocus } from '../../../../model/plan.js';
import type { PlanPolicy } from '../../../../policy/planPolicy.js';
import { defineRule, type Rule } from '../../../rule.js';
import { HMIP_REVIEWING } from '../../delivery/_lib/sources.js';
import { atLeast, spoken } from './ratings.js';
import { INSPECTION_PLANNING } from './sources.js';
import { liveObjectives, planUnderCheck } from './subject.js';

type RatingName = 'likelihoodOfReoffending' | 'safetyAndWellbeing' | 'riskOfSeriousHarm';

const RATING_WORDS: Record<RatingName, string> = {
  likelihoodOfReoffending: 'likelihood of reoffending',
  safetyAndWellbeing: 'safety and wellbeing rating',
  riskOfSeriousHarm: 'risk of serious harm',
};

/** @internal Declares a focus rule. */
export function focusRule(spec: {
  id: string;
  title: string;
  focus: ObjectiveFocus;
  focusWords: string;
  rating: RatingName;
  threshold: keyof PlanPolicy['focusFrom'];
}): Rule {
  return defineRule({
    id: spec.id,
    title: spec.title,
    description: `When the ${RATING_WORDS[spec.rating]} is at or above the policy’s threshold (\`plan.focusFrom.${spec.threshold}\`, default medium), at least one objective (not withdrawn) has the focus \`${spec.focus}\`. The rating is the newest: the signed-off assessment’s, or a completed review’s re-rating if that is later. Inspectors ask of every plan whether it focuses sufficiently on ${spec.focusWords}, and of every review whether it responds to change.`,
    severity: 'warning',
    source: { kind: 'inspection', citation: `${INSPECTION_PLANNING}; ${HMIP_REVIEWING}` },
    check: ({ state, asOf, policy }) => {
      const version = planUnderCheck(state.record);
      const inForce = ratingsInForce(state.record, asOf);
      if (!version || !inForce) return [];
      const rating = inForce.ratings[spec.rating];
      const threshold = policy.plan.focusFrom[spec.threshold];
      if (!atLeast(rating, threshold)) return [];
      if (liveObjectives(state.record, version).some((o) => o.focus.includes(spec.focus))) {
        return [];
      }
      return [
        {
          message: `The ${RATING_WORDS[spec.rating]} is ${spoken(rating)}${ratedWhere(inForce.ratingsFrom)} but no objective focuses on ${spec.focusWords}`,
          path: ['plan', 'objectives'],
          evidence: {
            rating: spec.rating,
            value: rating,
            threshold,
            focus: spec.focus,
            ...reratedAt(inForce.ratingsFrom),
          },
        },
      ];
    },
  });
}
