import type { DisposalCategory } from '../../law/disposals.js';
import {
  type Assessment,
  type AssessmentInput,
  AssessmentSchema,
  type Ratings,
} from '../../model/assessment.js';
import type { IsoDate } from '../../model/dates.js';
import type { ParentCarer } from '../../model/parentCarer.js';
import { typicalChoices } from '../_lib/choices.js';
import { makeAssessment } from '../_lib/makeAssessment.js';
import { validated } from '../_lib/validate.js';
import { BUILDER_IDS, BUILDER_START } from './defaults.js';
import { aParentCarer } from './parentCarer.js';

/**
 * Overrides for {@link anAssessment}: any field, `ratings` in part (the intervention level then
 * follows them unless given), `on` for the completion date, `category` for the disposal tier
 * the typical ratings come from, and `people` whose views are recorded.
 *
 * @example
 * const o: AssessmentOverrides = { ratings: { riskOfSeriousHarm: 'high' }, on: '2025-03-10' };
 */
export type AssessmentOverrides = Omit<Partial<AssessmentInput>, 'ratings'> & {
  readonly ratings?: Partial<Ratings>;
  readonly on?: IsoDate;
  readonly category?: DisposalCategory;
  readonly people?: readonly ParentCarer[];
};

/**
 * A valid initial assessment: factors (education, lifestyle, thinking) with strengths,
 * medium likelihood of reoffending and safety, low risk of serious harm, the enhanced level the
 * ratings suggest, the child's and mother's views. Factor ids are `f-<area>` (`f-ete`), so
 * {@link aPlan} can address them.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid assessment.
 * @example
 * anAssessment({ ratings: { likelihoodOfReoffending: 'high' } }).interventionLevel; // 'intensive'
 */
export function anAssessment(overrides: AssessmentOverrides = {}): Assessment {
  const { ratings, on = BUILDER_START, category = 'first-tier', people, ...fields } = overrides;
  const made = makeAssessment({
    id: fields.id ?? 'a-1',
    kind: fields.kind ?? 'initial',
    completedOn: fields.completedOn ?? on,
    completedBy: fields.completedBy ?? BUILDER_IDS.caseManager,
    category,
    people: people ?? [aParentCarer()],
    choices: typicalChoices,
    ...(ratings && { ratings }),
    ...(fields.interventionLevel && { interventionLevel: fields.interventionLevel }),
  });
  return validated(AssessmentSchema, { ...made, ...fields }, 'assessment');
}
