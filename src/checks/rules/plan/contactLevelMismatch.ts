import type { InterventionLevel } from '../../../model/assessment.js';
import { disposalCategory } from '../../../model/disposal/index.js';
import type { PlanPolicy } from '../../policy/planPolicy.js';
import { defineRule } from '../../rule.js';
import { spoken } from './_lib/ratings.js';
import { SCALED_APPROACH } from './_lib/sources.js';
import { assessmentUnderCheck, planUnderCheck } from './_lib/subject.js';

const LEVELS: readonly InterventionLevel[] = ['standard', 'enhanced', 'intensive'];

/**
 * Whether a rate of contacts (a real number: 3.5 a month is 7 every two months) is below the
 * level's band. Bands are inclusive ranges, [min, max]; where the band of the level below ends
 * one short of this band's minimum (whole-number bands that meet, as the defaults do), this
 * band starts just above that maximum, so a rate between the two belongs here, not to neither.
 */
function belowBand(
  planned: number,
  level: InterventionLevel,
  bands: PlanPolicy['contactsPerMonth'],
): boolean {
  const { min } = bands[level];
  if (planned >= min) return false;
  const below = LEVELS[LEVELS.indexOf(level) - 1];
  const belowMax = below === undefined ? undefined : bands[below].max;
  return !(belowMax !== undefined && belowMax === min - 1 && planned > belowMax);
}

/**
 * `plan.contact-level-mismatch` (warning): the plan's planned contacts a month fall outside the
 * policy's band for the intervention level (`plan.contactsPerMonth`). Not checked for
 * out-of-court disposals, which the scaled approach never covered.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.contact-level-mismatch'] });
 * // [{ evidence: { plannedContactsPerMonth: 2, min: 4, max: 11, interventionLevel: 'enhanced' }, ... }]
 */
export const contactLevelMismatch = defineRule({
  id: 'plan.contact-level-mismatch',
  title: 'Planned contact matches the intervention level',
  description:
    'Compares the planned contacts a month with the policy’s band for the intervention level (defaults: standard 2-3, enhanced 4-11, intensive 12 or more; the minimums are the scaled approach’s historic figures, not law). Planned contacts are a rate and may be fractional: each band runs from its minimum to its maximum inclusive, and where the band below ends one short of a band’s minimum (as the defaults do) the band starts just above that maximum, so 3.5 a month fits the enhanced band. Too little contact under-delivers the level; much more than the level calls for is disproportionate. Out-of-court disposals are not checked.',
  severity: 'warning',
  source: { kind: 'yjb-guidance', citation: SCALED_APPROACH },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    const level = assessmentUnderCheck(state.record)?.interventionLevel;
    if (!version || !level || disposalCategory(state.record.disposal) === 'out-of-court') return [];
    const planned = version.plan.plannedContactsPerMonth;
    const { min, max } = policy.plan.contactsPerMonth[level];
    const tooFew = belowBand(planned, level, policy.plan.contactsPerMonth);
    if (!tooFew && (max === undefined || planned <= max)) return [];
    const band = max === undefined ? `at least ${min}` : `${min} to ${max}`;
    return [
      {
        message: `The plan sets ${planned} contacts a month, ${tooFew ? 'fewer' : 'more'} than the ${band} the policy sets for the ${spoken(level)} level`,
        path: ['plan', 'plannedContactsPerMonth'],
        evidence: {
          plannedContactsPerMonth: planned,
          min,
          ...(max !== undefined && { max }),
          interventionLevel: level,
        },
      },
    ];
  },
});
