import type { Rule } from '../rule.js';
import { absencesNotAddressed } from './delivery/absencesNotAddressed.js';
import { actionOverdue } from './delivery/actionOverdue.js';
import { noReengagement } from './delivery/noReengagement.js';
import { referralNotMade } from './delivery/referralNotMade.js';
import { reviewOverdue } from './delivery/reviewOverdue.js';
import { riskRiseNotPlanned } from './delivery/riskRiseNotPlanned.js';
import { triggerNotActioned } from './delivery/triggerNotActioned.js';
import { waitingTooLong } from './delivery/waitingTooLong.js';
import { warningWithoutAccount } from './delivery/warningWithoutAccount.js';

/** @internal The delivery, compliance and review rules, in catalogue order. */
export const deliveryRules: readonly Rule[] = [
  reviewOverdue,
  triggerNotActioned,
  riskRiseNotPlanned,
  referralNotMade,
  waitingTooLong,
  actionOverdue,
  absencesNotAddressed,
  warningWithoutAccount,
  noReengagement,
];
