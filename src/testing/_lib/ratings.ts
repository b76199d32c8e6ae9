/**
 * How generated cases are rated, by disposal tier. Illustrative weights, not statistics: lighter
 * disposals mostly rate low, custody mostly high, so intervention levels and plans scale with
 * them as the scaled approach intends.
 * @internal
 */

import type { DisposalCategory } from '../../law/disposals.js';
import type { FourPointRating, Ratings } from '../../model/assessment.js';
import type { Choices, Weighted } from './choices.js';

type Lor = Ratings['likelihoodOfReoffending'];

interface RatingTables {
  readonly lor: Weighted<Lor>;
  readonly safety: Weighted<FourPointRating>;
  readonly harm: Weighted<FourPointRating>;
}

/** @internal Weights per tier (percent). */
export const RATING_WEIGHTS: Readonly<Record<DisposalCategory, RatingTables>> = {
  'out-of-court': {
    lor: [
      ['low', 70],
      ['medium', 25],
      ['high', 5],
    ],
    safety: [
      ['low', 55],
      ['medium', 35],
      ['high', 9],
      ['very-high', 1],
    ],
    harm: [
      ['low', 80],
      ['medium', 18],
      ['high', 2],
      ['very-high', 0],
    ],
  },
  'first-tier': {
    lor: [
      ['low', 35],
      ['medium', 50],
      ['high', 15],
    ],
    safety: [
      ['low', 35],
      ['medium', 45],
      ['high', 17],
      ['very-high', 3],
    ],
    harm: [
      ['low', 60],
      ['medium', 33],
      ['high', 6],
      ['very-high', 1],
    ],
  },
  community: {
    lor: [
      ['low', 10],
      ['medium', 50],
      ['high', 40],
    ],
    safety: [
      ['low', 20],
      ['medium', 45],
      ['high', 28],
      ['very-high', 7],
    ],
    harm: [
      ['low', 30],
      ['medium', 45],
      ['high', 22],
      ['very-high', 3],
    ],
  },
  custody: {
    lor: [
      ['low', 5],
      ['medium', 35],
      ['high', 60],
    ],
    safety: [
      ['low', 10],
      ['medium', 40],
      ['high', 38],
      ['very-high', 12],
    ],
    harm: [
      ['low', 10],
      ['medium', 40],
      ['high', 40],
      ['very-high', 10],
    ],
  },
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

const LOR: readonly Lor[] = ['low', 'medium', 'high'];
const FOUR: readonly FourPointRating[] = ['low', 'medium', 'high', 'very-high'];

const shift = <T>(scale: readonly T[], value: T, by: number): T =>
  scale[Math.min(scale.length - 1, Math.max(0, scale.indexOf(value) + by))] as T;

/** @internal Ratings at a reassessment: each the same, one step up or one step down. */
export function shiftRatings(previous: Ratings, choices: Choices): Ratings {
  const step = (): number =>
    choices.weighted([
      [0, 60],
      [1, 25],
      [-1, 15],
    ] as const);
  return {
    likelihoodOfReoffending: shift(LOR, previous.likelihoodOfReoffending, step()),
    safetyAndWellbeing: shift(FOUR, previous.safetyAndWellbeing, step()),
    riskOfSeriousHarm: shift(FOUR, previous.riskOfSeriousHarm, step()),
  };
}

/** @internal Whether a four-point rating is high or very high. */
export const isHigh = (r: FourPointRating): boolean => r === 'high' || r === 'very-high';
