/**
 * The scaled approach as the testing kit uses it to make realistic cases. These are the usual
 * figures of the YJB's 2009-2010 scaled approach (DOMAIN.md section 7, marked [M]: recollection,
 * not law, not current national standards). They shape generated data only; the checks read
 * their own policy.
 * @internal
 */
import type { InterventionLevel, Ratings } from '../../model/assessment.js';

/**
 * @internal The level the usual matrix suggests: intensive for a high likelihood of reoffending
 * or a high / very high risk of serious harm, enhanced for medium, standard otherwise.
 */
export function suggestedInterventionLevel(ratings: Ratings): InterventionLevel {
  const { likelihoodOfReoffending: lor, riskOfSeriousHarm: rosh } = ratings;
  if (lor === 'high' || rosh === 'high' || rosh === 'very-high') return 'intensive';
  if (lor === 'medium' || rosh === 'medium') return 'enhanced';
  return 'standard';
}

/** @internal The 2010 minimum contacts a month for each level: 2, 4 and 12. */
export const CONTACTS_PER_MONTH: Readonly<Record<InterventionLevel, number>> = {
  standard: 2,
  enhanced: 4,
  intensive: 12,
};

/** @internal Days between contacts at a monthly frequency (a month taken as 30 days). */
export const daysBetweenContacts = (perMonth: number): number =>
  perMonth <= 0 ? 30 : Math.max(1, Math.floor(30 / perMonth));
