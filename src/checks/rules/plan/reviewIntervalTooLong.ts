import { addMonths } from '../../../_lib/calendar.js';
import type { CaseRecord, ReviewRecord } from '../../../lifecycle/record.js';
import type { IsoDate } from '../../../model/dates.js';
import { isCompletedBy } from '../../../schedule/reviewFacts.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { planStart, planUnderCheck } from './_lib/subject.js';

/**
 * The review completed by `asOf` with the latest completion date (the later one in the log on a
 * tie).
 */
function latestCompletedReview(record: CaseRecord, asOf: IsoDate): ReviewRecord | undefined {
  let latest: ReviewRecord | undefined;
  for (const r of record.reviews) {
    if (!isCompletedBy(r, asOf)) continue;
    const on = r.outcome.completedOn;
    if (latest?.outcome === undefined || on >= latest.outcome.completedOn) {
      latest = r;
    }
  }
  return latest;
}

/**
 * `plan.review-interval-too-long` (warning): the plan's review date is further from the plan's
 * start, or the next review date set by the latest completed review is further from that
 * review, than the policy's review interval (`reviews.intervalMonths`, default 3).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.review-interval-too-long'] });
 * // [{ path: ['plan', 'nextReviewDate'], evidence: { nextReviewDate: '2027-03-01', latest: '2026-12-24', intervalMonths: 3 } }]
 */
export const reviewIntervalTooLong = defineRule({
  id: 'plan.review-interval-too-long',
  title: 'The review date is within the review interval',
  description:
    'The plan’s next review date is no later than the review interval (`reviews.intervalMonths`, default 3 months) after the plan version started (activated, else drafted), and the next review date set by the latest completed review is no later than the interval after that review was completed. Current YJB guidance asks for a review whenever circumstances change significantly; the former national standards’ 3-monthly review is the overridable default.',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation:
      'Former YJB National Standards for youth justice services (reviews at least every 3 months); YJB case management guidance (review on significant change)',
  },
  check: ({ state, asOf, policy }) => {
    const { intervalMonths } = policy.reviews;
    const findings: RawFinding[] = [];
    const version = planUnderCheck(state.record);
    const next = version?.plan.nextReviewDate;
    if (version && next !== undefined) {
      const started = planStart(version);
      const latest = addMonths(started, intervalMonths);
      if (next > latest) {
        findings.push({
          message: `The next review is set more than ${intervalMonths} months after the plan started`,
          path: ['plan', 'nextReviewDate'],
          evidence: { nextReviewDate: next, planStartedOn: started, latest, intervalMonths },
        });
      }
    }
    const review = latestCompletedReview(state.record, asOf);
    const outcome = review?.outcome;
    if (review && outcome?.nextReviewDate !== undefined) {
      const latest = addMonths(outcome.completedOn, intervalMonths);
      if (outcome.nextReviewDate > latest) {
        findings.push({
          message: `The latest review set the next one more than ${intervalMonths} months after it`,
          path: ['reviews', review.id, 'outcome', 'nextReviewDate'],
          evidence: {
            reviewId: review.id,
            nextReviewDate: outcome.nextReviewDate,
            completedOn: outcome.completedOn,
            latest,
            intervalMonths,
          },
        });
      }
    }
    return findings;
  },
});
