import { defineRule } from '../../rule.js';
import { spoken, suggestedLevel } from './_lib/ratings.js';
import { SCALED_APPROACH } from './_lib/sources.js';
import { assessmentUnderCheck } from './_lib/subject.js';

/**
 * `assessment.intervention-level-unexplained` (warning): the intervention level differs from the
 * one the ratings suggest (`plan.suggestedLevel`) and the assessment records no rationale.
 *
 * @example
 * checkCase(state, { asOf, rules: ['assessment.intervention-level-unexplained'] });
 * // [{ path: ['assessment', 'interventionLevel'], evidence: { interventionLevel: 'enhanced', suggestedLevel: 'intensive', ... } }]
 */
export const interventionLevelUnexplained = defineRule({
  id: 'assessment.intervention-level-unexplained',
  title: 'An intervention level other than the ratings suggest is explained',
  description:
    'The ratings suggest a level: the higher of the one the likelihood of reoffending suggests and the one the risk of serious harm suggests (policy defaults: low standard, medium enhanced, high or very high intensive). The practitioner sets the level with professional judgement; where it differs from the suggestion, the assessment should record why.',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation: `${SCALED_APPROACH}; local procedures: level changes agreed by a manager with reasons recorded`,
  },
  check: ({ state, policy }) => {
    const assessment = assessmentUnderCheck(state.record);
    if (!assessment || assessment.interventionLevelRationale !== undefined) return [];
    const suggested = suggestedLevel(assessment.ratings, policy.plan);
    if (assessment.interventionLevel === suggested) return [];
    return [
      {
        message: `The intervention level is ${spoken(assessment.interventionLevel)} where the ratings suggest ${spoken(suggested)}, and no rationale is recorded`,
        path: ['assessment', 'interventionLevel'],
        evidence: {
          assessmentId: assessment.id,
          interventionLevel: assessment.interventionLevel,
          suggestedLevel: suggested,
          ratings: assessment.ratings,
        },
      },
    ];
  },
});
