import type { Rule } from '../rule.js';
import { addressedElsewhereLapsed } from './agencies/addressedElsewhereLapsed.js';
import { agencyPlanNotAligned } from './agencies/agencyPlanNotAligned.js';
import { meetingActionsNotInPlan } from './agencies/meetingActionsNotInPlan.js';
import { transitionNotPlannedWithChild } from './agencies/transitionNotPlannedWithChild.js';
import { transitionNotReviewed } from './agencies/transitionNotReviewed.js';
import { victimSafetyNotPlanned } from './agencies/victimSafetyNotPlanned.js';

/**
 * @internal The rules of work with other agencies, victims and the hand-over at 18, in
 * catalogue order.
 */
export const agencyRules: readonly Rule[] = [
  meetingActionsNotInPlan,
  agencyPlanNotAligned,
  addressedElsewhereLapsed,
  victimSafetyNotPlanned,
  transitionNotPlannedWithChild,
  transitionNotReviewed,
];
