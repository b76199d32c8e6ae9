import { addMonths } from '../../../_lib/calendar.js';
import { defineRule } from '../../rule.js';
import { planStart, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.review-interval-too-long` (warning): the plan's review date is further from the plan's
 * start than the policy's review interval (`reviews.intervalMonths`, default 3).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.review-interval-too-long'] });
 * // [{ path: ['plan', 'nextReviewDate'], evidence: { nextReviewDate: '2027-03-01', latest: '2026-12-24', intervalMonths: 3 } }]
 */
export const reviewIntervalTooLong = defineRule({
  id: 'plan.review-interval-too-long',
  title: 'The review date is within the review interval',
  description:
    'The plan’s next review date is no later than the review interval (`reviews.intervalMonths`, default 3 months) after the plan version started (activated, else drafted). Current YJB guidance asks for a review whenever circumstances change significantly; the former national standards’ 3-monthly review is the overridable default.',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation:
      'Former YJB National Standards for youth justice services (reviews at least every 3 months); YJB case management guidance (review on significant change)',
  },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    const next = version?.plan.nextReviewDate;
    if (!version || next === undefined) return [];
    const { intervalMonths } = policy.reviews;
    const latest = addMonths(planStart(version), intervalMonths);
    if (next <= latest) return [];
    return [
      {
        message: `The next review is set more than ${intervalMonths} months after the plan started`,
        path: ['plan', 'nextReviewDate'],
        evidence: {
          nextReviewDate: next,
          planStartedOn: planStart(version),
          latest,
          intervalMonths,
        },
      },
    ];
  },
});
