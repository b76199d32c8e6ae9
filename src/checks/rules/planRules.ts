import type { Rule } from '../rule.js';
import { agencyNotInvolved } from './plan/agencyNotInvolved.js';
import { beyondDisposal } from './plan/beyondDisposal.js';
import { childAgreementNotRecorded } from './plan/childAgreementNotRecorded.js';
import { contactLevelMismatch } from './plan/contactLevelMismatch.js';
import { deferredFactorOverdue } from './plan/deferredFactorOverdue.js';
import { disposalNotPermitted } from './plan/disposalNotPermitted.js';
import { exceedsProportionateLoad } from './plan/exceedsProportionateLoad.js';
import { frontLoaded } from './plan/frontLoaded.js';
import { interventionLevelUnexplained } from './plan/interventionLevelUnexplained.js';
import { needsNotAdapted } from './plan/needsNotAdapted.js';
import { noChildSafetyFocus } from './plan/noChildSafetyFocus.js';
import { noChildVoice } from './plan/noChildVoice.js';
import { noContingency } from './plan/noContingency.js';
import { noDesistanceFocus } from './plan/noDesistanceFocus.js';
import { noExitPlan } from './plan/noExitPlan.js';
import { noOthersSafetyFocus } from './plan/noOthersSafetyFocus.js';
import { noReviewDate } from './plan/noReviewDate.js';
import { noStrengths } from './plan/noStrengths.js';
import { noTransitionPlan } from './plan/noTransitionPlan.js';
import { notSpecific } from './plan/notSpecific.js';
import { orderNotExplained } from './plan/orderNotExplained.js';
import { requirementNotPermitted } from './plan/requirementNotPermitted.js';
import { requirementUnaddressed } from './plan/requirementUnaddressed.js';
import { reviewIntervalTooLong } from './plan/reviewIntervalTooLong.js';
import { sequenceCycle } from './plan/sequenceCycle.js';
import { sequenceOrder } from './plan/sequenceOrder.js';
import { unaddressedFactor } from './plan/unaddressedFactor.js';
import { unlinkedObjective } from './plan/unlinkedObjective.js';

/**
 * @internal The plan rules, in catalogue order: the disposal and the law; proportionality to
 * the disposal and the child; the three inspection foci; plan quality; endings and reviews.
 */
export const planRules: readonly Rule[] = [
  // The disposal and the law
  requirementUnaddressed,
  requirementNotPermitted,
  disposalNotPermitted,
  beyondDisposal,
  // Proportionate to the disposal and to the child
  exceedsProportionateLoad,
  frontLoaded,
  contactLevelMismatch,
  interventionLevelUnexplained,
  // Desistance, the child's safety, other people's safety
  noDesistanceFocus,
  noChildSafetyFocus,
  noOthersSafetyFocus,
  noContingency,
  // Built on the assessment, with the child
  unlinkedObjective,
  unaddressedFactor,
  deferredFactorOverdue,
  noStrengths,
  notSpecific,
  noChildVoice,
  childAgreementNotRecorded,
  orderNotExplained,
  needsNotAdapted,
  agencyNotInvolved,
  // Sequenced
  sequenceCycle,
  sequenceOrder,
  // Endings and reviews
  noExitPlan,
  noTransitionPlan,
  noReviewDate,
  reviewIntervalTooLong,
];
