import * as z from 'zod';
import { DISPOSAL_TYPES } from '../law/disposals.js';
import { STAGES } from '../lifecycle/stages.js';
import { IsoDateSchema } from '../model/dates.js';
import { IdSchema } from '../model/ids.js';
import type { StoreContext } from './append.js';
import { arg } from './args.js';
import { SUMMARY_COLUMNS, summaryOfRow } from './summary.js';
import type { CaseSummary, SummaryQuery } from './types.js';

const SummaryQueryArg = z
  .strictObject({
    stage: z.enum(STAGES).optional(),
    practitioner: IdSchema.optional(),
    disposalType: z.enum([...DISPOSAL_TYPES, 'bail-or-remand']).optional(),
    reviewDueBefore: IsoDateSchema.optional(),
    withErrors: z.boolean().optional(),
    limit: z.int().min(1).max(10_000).default(1000),
    offset: z.int().min(0).max(100_000_000).default(0),
  })
  .default({ limit: 1000, offset: 0 });

/**
 * @internal Answers a question from the case summary projection. Each condition has an index
 * (docs/store.md): stage, practitioner and disposal type by value, the next review by date, cases
 * with errors by a partial index. Sorted by case id, or by review date when `reviewDueBefore`
 * is given.
 */
export async function querySummaries(
  ctx: StoreContext,
  query?: SummaryQuery,
): Promise<CaseSummary[]> {
  const q = arg(SummaryQueryArg, query, 'summary query');
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (q.stage) add((p) => `stage = ${p}`, q.stage);
  if (q.practitioner) add((p) => `practitioner = ${p}`, q.practitioner);
  if (q.disposalType) add((p) => `disposal_type = ${p}`, q.disposalType);
  if (q.reviewDueBefore) add((p) => `next_review_due < ${p}::date`, q.reviewDueBefore);
  if (q.withErrors === true) where.push('errors > 0');
  if (q.withErrors === false) where.push('errors = 0');
  // Soonest review first when asking about reviews; by case id otherwise.
  const order = `${q.reviewDueBefore ? 'next_review_due, ' : ''}case_id`;
  params.push(q.limit, q.offset);
  const rows = await ctx.driver.query<Parameters<typeof summaryOfRow>[0]>(
    `SELECT ${SUMMARY_COLUMNS} FROM ${ctx.schema}.case_summaries
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return rows.map(summaryOfRow);
}
