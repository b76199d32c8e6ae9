/**
 * How generated cases are rated, by disposal tier. Illustrative weights, not statistics: lighter
 * disposals mostly rate low, custody mostly high, so intervention levels and plans scale with
 * them as the scaled approach intends.
 * @internal
 */

import type { DisposalCategory } from '../../law/disposals.js';
import type { FourPointRating, Ratings } from '../../model/assessment.js';
import { type Choices, numberWeights, type Weighted } from './choices.js';

type Lor = Ratings['likelihoodOfReoffending'];

interface RatingTables {
  readonly lor: Weighted<Lor>;
  readonly safety: Weighted<FourPointRating>;
  readonly harm: Weighted<FourPointRating>;
}

const LOR: readonly Lor[] = ['low', 'medium', 'high'];
const FOUR: readonly FourPointRating[] = ['low', 'medium', 'high', 'very-high'];

const tier = (lor: number[], safety: number[], harm: number[]): RatingTables => ({
  lor: LOR.map((r, i) => [r, lor[i] ?? 0] as const),
  safety: FOUR.map((r, i) => [r, safety[i] ?? 0] as const),
  harm: FOUR.map((r, i) => [r, harm[i] ?? 0] as const),
});

/**
 * @internal Weights per tier (percent), from low upwards: likelihood of reoffending, safety and
 * wellbeing, risk of serious harm.
 */
export const RATING_WEIGHTS: Readonly<Record<DisposalCategory, RatingTables>> = {
  'out-of-court': tier([70, 25, 5], [55, 35, 9, 1], [80, 18, 2, 0]),
  'first-tier': tier([35, 50, 15], [35, 45, 17, 3], [60, 33, 6, 1]),
  community: tier([10, 50, 40], [20, 45, 28, 7], [30, 45, 22, 3]),
  custody: tier([5, 35, 60], [10, 40, 38, 12], [10, 40, 40, 10]),
};

/** @internal Ratings drawn for a disposal tier. */
export function drawRatings(category: DisposalCategory, choices: Choices): Ratings {
  const t = RATING_WEIGHTS[category];
  return {
    likelihoodOfReoffending: choices.weighted(t.lor),
    safetyAndWellbeing: choices.weighted(t.safety),
    riskOfSeriousHarm: choices.weighted(t.harm),
  };
}

const shift = <T>(scale: readonly T[], value: T, by: number): T =>
  scale[Math.min(scale.length - 1, Math.max(0, scale.indexOf(value) + by))] as T;

const STEP = numberWeights({ 0: 60, 1: 25, '-1': 15 });

/** @internal Ratings at a reassessment: each the same, one step up or one step down. */
export function shiftRatings(previous: Ratings, choices: Choices): Ratings {
  return {
    likelihoodOfReoffending: shift(LOR, previous.likelihoodOfReoffending, choices.weighted(STEP)),
    safetyAndWellbeing: shift(FOUR, previous.safetyAndWellbeing, choices.weighted(STEP)),
    riskOfSeriousHarm: shift(FOUR, previous.riskOfSeriousHarm, choices.weighted(STEP)),
  };
}

/** @internal One step up a four-point scale (very high stays very high). */
export const stepUp = (r: FourPointRating): FourPointRating => shift(FOUR, r, 1);

/** @internal Whether a four-point rating is high or very high. */
export const isHigh = (r: FourPointRating): boolean => r === 'high' || r === 'very-high';
