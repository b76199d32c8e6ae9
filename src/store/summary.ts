import { dateOfTimestamp } from '../_lib/calendar.js';
import { checkCase } from '../checks/checkCase.js';
import type { CaseEvent } from '../lifecycle/events/index.js';
import { casePeriodEnd, ordersOn, principalOf } from '../lifecycle/orders.js';
import type { CaseState } from '../lifecycle/state.js';
import type { Policy } from '../policy/index.js';
import { reviewSchedule } from '../schedule/reviewSchedule.js';
import type { Queryable } from './db/types.js';
import type { CaseSummary } from './types.js';

/**
 * @internal A case's summary as of its last event: the date of that event's `at` (as written,
 * in its own offset) is the `asOf` of the checks and of the review schedule. Findings a
 * practitioner overrode are not counted.
 */
export function summaryOf(state: CaseState, policy: Policy): CaseSummary {
  const last = state.events[state.events.length - 1] as CaseEvent;
  const asOf = dateOfTimestamp(last.at);
  let errors = 0;
  let warnings = 0;
  for (const f of checkCase(state, { asOf, policy })) {
    if (f.overridden) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const next = reviewSchedule(state, { asOf, policy }).nextDue;
  const orders = ordersOn(state, asOf);
  const endOfOrder = casePeriodEnd(orders);
  const disposalType = principalOf(orders)?.disposal.type ?? 'bail-or-remand';
  return {
    caseId: state.caseId,
    version: state.events.length,
    stage: state.stage,
    disposalType,
    practitioner: state.record.caseManager,
    ...(next && { nextReviewDue: next.date, nextReviewReason: next.reason }),
    ...(endOfOrder && { endOfOrder }),
    errors,
    warnings,
    asOf,
  };
}

/** @internal Writes (or replaces) a case's summary. */
export async function writeSummary(q: Queryable, schema: string, s: CaseSummary): Promise<void> {
  await q.query(
    `INSERT INTO ${schema}.case_summaries
       (case_id, version, stage, disposal_type, practitioner, next_review_due, next_review_reason,
        end_of_order, errors, warnings, as_of)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (case_id) DO UPDATE SET
       version = EXCLUDED.version, stage = EXCLUDED.stage, disposal_type = EXCLUDED.disposal_type,
       practitioner = EXCLUDED.practitioner, next_review_due = EXCLUDED.next_review_due,
       next_review_reason = EXCLUDED.next_review_reason, end_of_order = EXCLUDED.end_of_order,
       errors = EXCLUDED.errors, warnings = EXCLUDED.warnings, as_of = EXCLUDED.as_of,
       updated_at = now()`,
    [
      s.caseId,
      s.version,
      s.stage,
      s.disposalType,
      s.practitioner,
      s.nextReviewDue ?? null,
      s.nextReviewReason ?? null,
      s.endOfOrder ?? null,
      s.errors,
      s.warnings,
      s.asOf,
    ],
  );
}

/** @internal A summary row, dates as text. */
interface SummaryRow {
  case_id: string;
  version: number;
  stage: string;
  disposal_type: string;
  practitioner: string;
  next_review_due: string | null;
  next_review_reason: string | null;
  end_of_order: string | null;
  errors: number;
  warnings: number;
  as_of: string;
}

/** @internal The SELECT list for {@link summaryOfRow}. */
export const SUMMARY_COLUMNS = `case_id, version, stage, disposal_type, practitioner,
  next_review_due::text AS next_review_due, next_review_reason, end_of_order::text AS end_of_order,
  errors, warnings, as_of::text AS as_of`;

/** @internal A summary row as the public shape. */
export function summaryOfRow(r: SummaryRow): CaseSummary {
  return {
    caseId: r.case_id,
    version: Number(r.version),
    stage: r.stage as CaseSummary['stage'],
    disposalType: r.disposal_type as CaseSummary['disposalType'],
    practitioner: r.practitioner,
    ...(r.next_review_due !== null && {
      nextReviewDue: r.next_review_due,
      nextReviewReason: r.next_review_reason as NonNullable<CaseSummary['nextReviewReason']>,
    }),
    ...(r.end_of_order !== null && { endOfOrder: r.end_of_order }),
    errors: Number(r.errors),
    warnings: Number(r.warnings),
    asOf: r.as_of,
  };
}
