import { ratingsInForce, reratedAt } from '../../../lifecycle/ratingsInForce.js';
import { defineRule } from '../../rule.js';
import { spoken, suggestedLevel } from './_lib/ratings.js';
import { SCALED_APPROACH } from './_lib/sources.js';

/**
 * `assessment.intervention-level-unexplained` (warning): the intervention level in force differs
 * from the one the newest ratings suggest (`plan.suggestedLevel`), and no rationale written
 * against those ratings explains it. The ratings and the level are the newest recorded, by the
 * signed-off assessment or a completed review, so a review that re-rates without re-setting the
 * level (or explaining it) is reported.
 *
 * @example
 * checkCase(state, { asOf, rules: ['assessment.intervention-level-unexplained'] });
 * // [{ path: ['assessment', 'interventionLevel'], evidence: { interventionLevel: 'enhanced', suggestedLevel: 'intensive', ... } }]
 */
export const interventionLevelUnexplained = defineRule({
  id: 'assessment.intervention-level-unexplained',
  title: 'An intervention level other than the ratings suggest is explained',
  description:
    'The newest ratings (the signed-off assessment’s, or a completed review’s re-rating if that is later) suggest a level: the higher of the one the likelihood of reoffending suggests and the one the risk of serious harm suggests (policy defaults: low standard, medium enhanced, high or very high intensive). The practitioner sets the level with professional judgement, at assessment or at a review; where it differs from the suggestion, a rationale should say why. A rationale written when the ratings suggested something else does not explain the new gap: re-set the level at the review, or record why not.',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation: `${SCALED_APPROACH}; local procedures: level changes agreed by a manager with reasons recorded`,
  },
  check: ({ state, asOf, policy }) => {
    const inForce = ratingsInForce(state.record, asOf);
    if (!inForce) return [];
    const suggested = suggestedLevel(inForce.ratings, policy.plan);
    const level = inForce.interventionLevel;
    if (level === suggested) return [];
    const explained =
      inForce.levelRationale !== undefined &&
      suggestedLevel(inForce.levelRatings, policy.plan) === suggested;
    if (explained) return [];
    const fromReview = inForce.ratingsFrom.kind === 'review';
    const levelSource = inForce.levelFrom;
    return [
      {
        message: fromReview
          ? `A review re-rated the child so that the ratings suggest the ${spoken(suggested)} level; the intervention level is still ${spoken(level)} and no rationale explains it`
          : `The intervention level is ${spoken(level)} where the ratings suggest ${spoken(suggested)}, and no rationale is recorded`,
        path:
          levelSource.kind === 'review'
            ? ['reviews', levelSource.reviewId, 'outcome', 'interventionLevel']
            : ['assessment', 'interventionLevel'],
        evidence: {
          ...(levelSource.kind === 'assessment' && { assessmentId: levelSource.assessmentId }),
          interventionLevel: level,
          suggestedLevel: suggested,
          ratings: inForce.ratings,
          ...reratedAt(inForce.ratingsFrom),
        },
      },
    ];
  },
});
