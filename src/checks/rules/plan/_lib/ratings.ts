/**
 * Rating comparisons and the intervention level the ratings suggest.
 * @internal
 */
import type { InterventionLevel, Ratings } from '../../../../model/assessment.js';
import type { PlanPolicy, RatingThreshold } from '../../../../policy/planPolicy.js';

const RATING_ORDER: readonly RatingThreshold[] = ['low', 'medium', 'high', 'very-high'];
const LEVEL_ORDER: readonly InterventionLevel[] = ['standard', 'enhanced', 'intensive'];

/** @internal Whether `rating` is `threshold` or above (low < medium < high < very high). */
export const atLeast = (rating: RatingThreshold, threshold: RatingThreshold): boolean =>
  RATING_ORDER.indexOf(rating) >= RATING_ORDER.indexOf(threshold);

/** @internal The level the ratings suggest: the higher of the two the policy's matrix gives. */
export function suggestedLevel(ratings: Ratings, policy: PlanPolicy): InterventionLevel {
  const byReoffending =
    policy.suggestedLevel.likelihoodOfReoffending[ratings.likelihoodOfReoffending];
  const byHarm = policy.suggestedLevel.riskOfSeriousHarm[ratings.riskOfSeriousHarm];
  return LEVEL_ORDER.indexOf(byReoffending) >= LEVEL_ORDER.indexOf(byHarm) ? byReoffending : byHarm;
}

/** @internal The words practitioners use for a level or rating in messages. */
export const spoken = (value: string): string => value.replace('-', ' ');
