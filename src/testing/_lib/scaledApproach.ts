/**
 * The scaled approach as the testing kit uses it to make realistic cases: the default policy's
 * matrix and contact minimums (the YJB's historic 2009-2010 figures), so generated plans agree
 * with what the checks read.
 * @internal
 */
import { suggestedLevel } from '../../checks/rules/plan/_lib/ratings.js';
import type { InterventionLevel, Ratings } from '../../model/assessment.js';
import { defaultPolicy } from '../../policy/index.js';

/** @internal The level the default policy's matrix suggests for the ratings. */
export const suggestedInterventionLevel = (ratings: Ratings): InterventionLevel =>
  suggestedLevel(ratings, defaultPolicy.plan);

/** @internal The default policy's minimum contacts a month for each level (2, 4 and 12). */
export const CONTACTS_PER_MONTH: Readonly<Record<InterventionLevel, number>> = {
  standard: defaultPolicy.plan.contactsPerMonth.standard.min,
  enhanced: defaultPolicy.plan.contactsPerMonth.enhanced.min,
  intensive: defaultPolicy.plan.contactsPerMonth.intensive.min,
};

/** @internal Days between contacts at a monthly frequency (a month taken as 30 days). */
export const daysBetweenContacts = (perMonth: number): number =>
  perMonth <= 0 ? 30 : Math.max(1, Math.floor(30 / perMonth));
