import { addDays } from '../../_lib/calendar.js';
import type { Assessment } from '../../model/assessment.js';
import type { Child } from '../../model/child.js';
import type { IsoDate } from '../../model/dates.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { ParentCarer } from '../../model/parentCarer.js';
import {
  type InterventionPlan,
  type InterventionPlanInput,
  InterventionPlanSchema,
} from '../../model/plan.js';
import { typicalChoices } from '../_lib/choices.js';
import { makePlan } from '../_lib/makePlan.js';
import { reviewAfter } from '../_lib/progress.js';
import { supervisionEnds } from '../_lib/supervision.js';
import { validated } from '../_lib/validate.js';
import { anAssessment } from './assessment.js';
import { aChild } from './child.js';
import { BUILDER_IDS, BUILDER_START } from './defaults.js';
import { aDisposal } from './disposal.js';
import { aParentCarer } from './parentCarer.js';

/**
 * Overrides for {@link aPlan}: any field of the plan, and what it is made for: the
 * `assessment` it addresses, the `disposal` whose requirements it delivers, the `child` and
 * `people`, and `on`, the day delivery starts.
 *
 * @example
 * const o: PlanOverrides = { assessment: anAssessment(), plannedContactsPerMonth: 2 };
 */
export type PlanOverrides = Partial<InterventionPlanInput> & {
  readonly assessment?: Assessment;
  readonly disposal?: Disposal;
  readonly child?: Child;
  readonly people?: readonly ParentCarer[];
  readonly on?: IsoDate;
};

/**
 * A valid plan version that addresses its assessment (by default {@link anAssessment}): an
 * objective for each significant factor with a measure of success and a target date, actions
 * with owners and due dates, an action for each requirement of the disposal (by default a
 * 6-month referral order's contract), contacts at the scaled-approach frequency, a review date
 * within 3 months and an exit plan. Put it in a case with the same assessment and disposal.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid plan.
 * @example
 * const assessment = anAssessment({ ratings: { likelihoodOfReoffending: 'high' } });
 * aPlan({ assessment }).plannedContactsPerMonth; // 12
 */
export function aPlan(overrides: PlanOverrides = {}): InterventionPlan {
  const { assessment, disposal, child, people, on, ...fields } = overrides;
  const d = disposal ?? aDisposal.referralOrder();
  const start = on ?? addDays(BUILDER_START, 14);
  const ends = supervisionEnds(d);
  const made = makePlan({
    setup: {
      caseId: BUILDER_IDS.caseId,
      caseManager: BUILDER_IDS.caseManager,
      manager: BUILDER_IDS.manager,
      openedOn: BUILDER_START,
      child: child ?? aChild(),
      disposal: d,
      people: people ?? [aParentCarer()],
      supervisionEnds: ends,
    },
    assessment: assessment ?? anAssessment(),
    activeFrom: start,
    nextReviewDate: reviewAfter(ends, start),
    choices: typicalChoices,
  });
  return validated(InterventionPlanSchema, { ...made, ...fields }, 'plan');
}
