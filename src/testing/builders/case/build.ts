import { addDays } from '../../../_lib/calendar.js';
import type { Assessment } from '../../../model/assessment.js';
import { isCourtOrder } from '../../../model/disposal/index.js';
import type { InterventionPlan } from '../../../model/plan.js';
import { CaseWriter } from '../../_lib/caseWriter.js';
import { typicalChoices } from '../../_lib/choices.js';
import { writeAssessment } from '../../_lib/steps/assessment.js';
import { writeOpening } from '../../_lib/steps/opening.js';
import { writePlanVersion } from '../../_lib/steps/planning.js';
import { writeTransferred } from '../../_lib/steps/review.js';
import { writeSample } from '../../_lib/steps/sample.js';
import { CASE_STAGES, type CaseBuilderStage, type CaseConfig } from './config.js';
import { writeBuiltReview, writeClosure, writeContacts } from './deliverySteps.js';
import { setupFor } from './setupFor.js';

const reached = (stage: CaseBuilderStage, at: CaseBuilderStage) =>
  CASE_STAGES.indexOf(stage) >= CASE_STAGES.indexOf(at);

/**
 * @internal Writes the case a builder describes, applying every event as it goes (so the result
 * is known to be valid): opening, assessment, plan, delivery steps in the order asked, ending.
 */
export function buildCase(config: CaseConfig): CaseWriter {
  const setup = setupFor(config);
  const w = new CaseWriter({ by: setup.caseManager });
  writeOpening(w, setup);
  if (!reached(config.stage, 'assessed')) return w;
  const { ratings, interventionLevel, startedOn, completedOn, signedOffOn, ...content } =
    config.assessed;
  const assessed = writeAssessment(w, setup, {
    id: w.nextId('a'),
    kind: isCourtOrder(setup.disposal) ? 'initial' : 'out-of-court',
    start: startedOn ?? addDays(setup.openedOn, 1),
    choices: typicalChoices,
    overrides: content as Partial<Assessment>,
    ratings,
    interventionLevel,
    completedOn,
    signedOffOn,
  });
  if (!reached(config.stage, 'planned')) return w;
  const { draftedOn, activatedOn, contractAgreedOn, ...plan } = config.planned;
  if (contractAgreedOn !== undefined) {
    w.onAdvance = (date) => {
      if (date <= contractAgreedOn) return;
      w.onAdvance = undefined;
      writeSample(w, 'order.contractAgreed', contractAgreedOn);
    };
  }
  writePlanVersion(w, setup, {
    version: 1,
    assessment: assessed.assessment,
    start: draftedOn ?? addDays(assessed.signedOffOn, 1),
    choices: typicalChoices,
    until: config.stage === 'planned' ? 'drafted' : config.stage === 'agreed' ? 'agreed' : 'active',
    overrides: plan as Partial<InterventionPlan>,
    activatedOn,
  });
  if (!reached(config.stage, 'active')) return w;
  for (const step of config.delivery) {
    if (step.kind === 'contacts') writeContacts(w, step.count, step.options);
    else writeBuiltReview(w, setup, step.decision, step.options);
  }
  if (config.ending === 'closed') writeClosure(w, setup);
  if (config.ending === 'transferred') writeTransferred(w, addDays(w.date, 1));
  return w;
}
