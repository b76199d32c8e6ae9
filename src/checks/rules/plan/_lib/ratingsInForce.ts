/**
 * The ratings and intervention level in force at a date: the newest of the signed-off
 * assessments and the re-ratings of the reviews completed by then. Every risk- or need-led rule
 * reads them here, so a review that finds risk has risen reaches every rule at once.
 * @internal
 */
import { signedOffAssessment } from '../../../../lifecycle/derive.js';
import type { CaseRecord } from '../../../../lifecycle/record.js';
import type { InterventionLevel, Ratings } from '../../../../model/assessment.js';
import type { IsoDate } from '../../../../model/dates.js';
import { assessmentUnderCheck } from './subject.js';

/** @internal Where a rating or level was recorded: an assessment, or a review's outcome. */
export type JudgementSource =
  | { readonly kind: 'assessment'; readonly assessmentId: string; readonly on: IsoDate }
  | { readonly kind: 'review'; readonly reviewId: string; readonly on: IsoDate };

/** @internal One recording of ratings (and perhaps a level), in date order. */
export interface RatingsEntry {
  readonly from: JudgementSource;
  readonly ratings: Ratings;
  readonly interventionLevel?: InterventionLevel;
  readonly interventionLevelRationale?: string;
}

/** @internal The ratings and level in force, each with where it was recorded. */
export interface RatingsInForce {
  readonly ratings: Ratings;
  readonly ratingsFrom: JudgementSource;
  readonly interventionLevel: InterventionLevel;
  readonly levelFrom: JudgementSource;
  /** The ratings recorded with the level (those its rationale was written against). */
  readonly levelRatings: Ratings;
  /** The rationale recorded with the level, if any. */
  readonly levelRationale?: string;
}

const cache = new WeakMap<CaseRecord, Map<string, readonly RatingsEntry[]>>();

/**
 * @internal Every recording of ratings up to `asOf`, oldest first: the signed-off assessments
 * (or, before any is signed off, the assessment the plan rests on), each at its completion
 * date, and each review completed by `asOf` that re-rated, at its completion date. On the same
 * day an assessment comes before a review; reviews keep their order in the log.
 */
export function ratingsTimeline(
  record: CaseRecord,
  asOf: IsoDate | undefined,
): readonly RatingsEntry[] {
  const key = asOf ?? '';
  let byDate = cache.get(record);
  if (!byDate) {
    byDate = new Map();
    cache.set(record, byDate);
  }
  const hit = byDate.get(key);
  if (hit) return hit;
  const entries: RatingsEntry[] = [];
  const anySignedOff = signedOffAssessment(record) !== undefined;
  const fallback = anySignedOff ? undefined : assessmentUnderCheck(record);
  for (const a of record.assessments) {
    const assessment = a.assessment;
    if (!assessment || (anySignedOff ? a.status !== 'signed-off' : assessment !== fallback)) {
      continue;
    }
    entries.push({
      from: { kind: 'assessment', assessmentId: assessment.id, on: assessment.completedOn },
      ratings: assessment.ratings,
      interventionLevel: assessment.interventionLevel,
      ...(assessment.interventionLevelRationale !== undefined && {
        interventionLevelRationale: assessment.interventionLevelRationale,
      }),
    });
  }
  for (const r of record.reviews) {
    const outcome = r.outcome;
    if (!outcome?.ratings || (asOf !== undefined && outcome.completedOn > asOf)) continue;
    entries.push({
      from: { kind: 'review', reviewId: r.id, on: outcome.completedOn },
      ratings: outcome.ratings,
      ...(outcome.interventionLevel !== undefined && {
        interventionLevel: outcome.interventionLevel,
      }),
      ...(outcome.interventionLevelRationale !== undefined && {
        interventionLevelRationale: outcome.interventionLevelRationale,
      }),
    });
  }
  // A stable sort by date: assessments were pushed first, so they come first on a tie.
  const sorted = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.from.on < b.e.from.on ? -1 : a.e.from.on > b.e.from.on ? 1 : a.i - b.i))
    .map(({ e }) => e);
  byDate.set(key, sorted);
  return sorted;
}

/**
 * @internal The ratings and level in force after the entries of a timeline up to `upTo`
 * (exclusive), or after all of them: the newest ratings, and the newest level with its
 * rationale. `undefined` when nothing was rated.
 */
export function inForceAfter(
  entries: readonly RatingsEntry[],
  upTo = entries.length,
): RatingsInForce | undefined {
  let ratings: RatingsEntry | undefined;
  let level: RatingsEntry | undefined;
  for (let i = 0; i < upTo; i++) {
    const e = entries[i] as RatingsEntry;
    ratings = e;
    if (e.interventionLevel !== undefined) level = e;
  }
  if (!ratings || !level?.interventionLevel) return undefined;
  return {
    ratings: ratings.ratings,
    ratingsFrom: ratings.from,
    interventionLevel: level.interventionLevel,
    levelFrom: level.from,
    levelRatings: level.ratings,
    ...(level.interventionLevelRationale !== undefined && {
      levelRationale: level.interventionLevelRationale,
    }),
  };
}

/**
 * @internal The ratings and intervention level in force at `asOf` (the newest of the
 * assessments and of the reviews completed by then), or `undefined` when no assessment has
 * been written. Without `asOf`, every review completed so far counts.
 *
 * @example
 * ratingsInForce(state.record, '2025-12-05')?.ratings.riskOfSeriousHarm; // 'high' after a re-rating
 */
export function ratingsInForce(
  record: CaseRecord,
  asOf: IsoDate | undefined,
): RatingsInForce | undefined {
  return inForceAfter(ratingsTimeline(record, asOf));
}

/**
 * @internal Evidence naming the review whose re-rating a finding rests on (nothing when the
 * ratings are the assessment's, so findings on an assessment keep their evidence as before).
 */
export function reratedAt(from: JudgementSource): {
  reratedAt?: { reviewId: string; on: IsoDate };
} {
  return from.kind === 'review' ? { reratedAt: { reviewId: from.reviewId, on: from.on } } : {};
}

/** @internal Words for a message: where the newest ratings come from. */
export const ratedWhere = (from: JudgementSource): string =>
  from.kind === 'review' ? ' (as re-rated at a review)' : '';
