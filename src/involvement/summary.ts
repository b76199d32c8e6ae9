import * as z from 'zod';
import { parsers } from '../errors/parse.js';
import type { Result } from '../errors/result.js';
import { readCase } from '../lifecycle/readCase.js';
import type { CaseRecord, InvolvementEntry } from '../lifecycle/record.js';
import type { CaseState } from '../lifecycle/state.js';
import { type IsoDate, IsoDateSchema } from '../model/dates.js';
import {
  assessmentParticipation,
  planningParticipation,
  reviewParticipation,
} from './participation.js';
import { personInvolvement } from './person.js';
import type { InvolvementSummary, PersonInvolvement } from './types.js';

/**
 * Options for {@link involvementSummary}: the date to summarise at (never read from the clock).
 *
 * @example
 * InvolvementSummaryOptionsSchema.parse({ asOf: '2025-10-01' });
 */
export const InvolvementSummaryOptionsSchema = z.strictObject({ asOf: IsoDateSchema });

/** Options for {@link involvementSummary}. */
export type InvolvementSummaryOptions = z.infer<typeof InvolvementSummaryOptionsSchema>;

const options = parsers(InvolvementSummaryOptionsSchema, 'involvement summary options');

/** @internal Builds the summary of a record at a date. */
export function buildSummary(record: CaseRecord, asOf: IsoDate): InvolvementSummary {
  const entriesByPerson = new Map<string, InvolvementEntry[]>();
  for (const e of record.involvement) {
    const list = entriesByPerson.get(e.record.personId);
    if (list) list.push(e);
    else entriesByPerson.set(e.record.personId, [e]);
  }
  const people: PersonInvolvement[] = [];
  for (const p of record.people) {
    people.push(personInvolvement(record, p, entriesByPerson.get(p.id) ?? [], asOf));
  }
  return {
    asOf,
    people,
    assessment: assessmentParticipation(people),
    planning: planningParticipation(record, people, asOf),
    reviews: reviewParticipation(record, people, asOf),
    recordCount: people.reduce((n, p) => n + p.recordCount, 0),
    invalidatedCount: people.reduce((n, p) => n + p.invalidated.length, 0),
  };
}

const memo = new WeakMap<CaseRecord, Map<IsoDate, InvolvementSummary>>();

/**
 * @internal The summary of a record at a date, memoised per record so the involvement rules share
 * one computation. Records are immutable, so the memo never goes stale; hosts get their own copy
 * from {@link involvementSummary}.
 */
export function summarise(record: CaseRecord, asOf: IsoDate): InvolvementSummary {
  let byDate = memo.get(record);
  if (!byDate) {
    byDate = new Map();
    memo.set(record, byDate);
  }
  let summary = byDate.get(asOf);
  if (!summary) {
    summary = buildSummary(record, asOf);
    byDate.set(asOf, summary);
  }
  return summary;
}

/**
 * The involvement of every parent and carer in a child's case as of a date: who they are, what
 * each was invited to, attended, said and agreed (per plan version), copies of the plan given,
 * support, parenting contracts and orders, failed contact and reasons for not being involved;
 * and for the case, whether a parent/carer took part in the assessment, the planning of each
 * plan version and each review. Every standing record dated on or before `asOf` is counted
 * exactly once; invalidated records are listed apart and never counted (a correction applies
 * whenever it was made). Agreement comes from `plan.agreementRecorded` events and
 * `plan-agreement` records alike, one status per version.
 *
 * @throws {YjplanError} `invalid_input` for a bad `asOf` or something that is not a case state.
 * @example
 * const summary = involvementSummary(state, { asOf: '2026-03-31' });
 * summary.people.find((p) => p.personId === 'pc-mum')?.byPlanVersion[0]?.agreement; // 'agreed'
 * summary.assessment.tookPart; // true
 */
export function involvementSummary(
  state: CaseState,
  opts: InvolvementSummaryOptions,
): InvolvementSummary {
  const r = safeInvolvementSummary(state, opts);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link involvementSummary}.
 *
 * @example
 * const r = safeInvolvementSummary(state, { asOf });
 * if (!r.ok) console.error(r.error.code); // 'invalid_input'
 */
export function safeInvolvementSummary(
  state: CaseState,
  opts: unknown,
): Result<InvolvementSummary> {
  const parsed = options.safeParse(opts);
  if (!parsed.ok) return parsed;
  return readCase(state, ({ state: own }) => buildSummary(own.record, parsed.value.asOf));
}
