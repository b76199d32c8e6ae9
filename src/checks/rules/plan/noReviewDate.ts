import { defineRule } from '../../rule.js';
import { DESISTANCE_PLANNING } from './_lib/sources.js';
import { planUnderCheck } from './_lib/subject.js';

/**
 * `plan.no-review-date` (warning): the plan sets no date for its next review.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-review-date'] });
 * // [{ path: ['plan', 'nextReviewDate'], evidence: { planVersion: 1 } }]
 */
export const noReviewDate = defineRule({
  id: 'plan.no-review-date',
  title: 'The plan sets a review date',
  description:
    'The plan records the date of its next review (`nextReviewDate`), so the child and every agency know progress will be looked at, and when.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${DESISTANCE_PLANNING}; former YJB National Standards (reviews at least every 3 months)`,
  },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    if (!version || version.plan.nextReviewDate !== undefined) return [];
    return [
      {
        message: 'The plan sets no date for its next review',
        path: ['plan', 'nextReviewDate'],
        evidence: { planVersion: version.version },
      },
    ];
  },
});
