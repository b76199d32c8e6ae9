import { disposalCategory } from '../../../model/disposal/index.js';
import { defineRule } from '../../rule.js';
import { spoken } from './_lib/ratings.js';
import { SCALED_APPROACH } from './_lib/sources.js';
import { assessmentUnderCheck, planUnderCheck } from './_lib/subject.js';

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
    'Compares the planned contacts a month with the policy’s band for the intervention level (defaults: standard 2-3, enhanced 4-11, intensive 12 or more; the minimums are the scaled approach’s historic figures, not law). Too little contact under-delivers the level; much more than the level calls for is disproportionate. Out-of-court disposals are not checked.',
  severity: 'warning',
  source: { kind: 'yjb-guidance', citation: SCALED_APPROACH },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    const level = assessmentUnderCheck(state.record)?.interventionLevel;
    if (!version || !level || disposalCategory(state.record.disposal) === 'out-of-court') return [];
    const planned = version.plan.plannedContactsPerMonth;
    const { min, max } = policy.plan.contactsPerMonth[level];
    const tooFew = planned < min;
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
