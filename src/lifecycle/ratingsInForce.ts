/**
 * The ratings and intervention level in force at a date: the newest of the signed-off
 * assessments and the re-ratings of the reviews completed by then. Every risk- or need-led rule
 * reads them here, so a review that finds risk has risen reaches every rule at once.
 * @internal
 */

import type { Assessment, InterventionLevel, Ratings } from '../model/assessment.js';
import type { IsoDate } from '../model/dates.js';
import { latestAssessment, signedOffAssessment } from './derive.js';
import type { CaseRecord } from './record.js';

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

/** The entry an assessment makes. */
function fromAssessment(assessment: Assessment): RatingsEntry {
  const entry: {
    from: JudgementSource;
    ratings: Ratings;
    interventionLevel: InterventionLevel;
    interventionLevelRationale?: string;
  } = {
    from: { kind: 'assessment', assessmentId: assessment.id, on: assessment.completedOn },
    ratings: assessment.ratings,
    interventionLevel: assessment.interventionLevel,
  };
  if (assessment.interventionLevelRationale !== undefined) {
    entry.interventionLevelRationale = assessment.interventionLevelRationale;
  }
  return entry;
}

/** Inserts an entry after every entry dated on or before it (the list is kept in date order). */
function insertByDate(entries: RatingsEntry[], entry: RatingsEntry): void {
  let at = entries.length;
  while (at > 0 && (entries[at - 1] as RatingsEntry).from.on > entry.from.on) at--;
  entries.splice(at, 0, entry);
}

/**
 * @internal Every recording of ratings up to `asOf`, oldest first: the signed-off assessments
 * (or, before any is signed off, the assessment the plan rests on), each at its completion
 * date, and each review completed by `asOf` that re-rated, at its completion date. On the same
 * day an assessment comes before a review; reviews keep their order in the log. Worked out once
 * per record and date: several rules and the policy read it.
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
  if (signedOffAssessment(record) === undefined) {
    const assessment = latestAssessment(record)?.assessment;
    if (assessment) entries.push(fromAssessment(assessment));
  } else {
    for (const a of record.assessments) {
      if (a.status === 'signed-off' && a.assessment)
        insertByDate(entries, fromAssessment(a.assessment));
    }
  }
  for (const r of record.reviews) {
    const outcome = r.outcome;
    if (!outcome?.ratings || (asOf !== undefined && outcome.completedOn > asOf)) continue;
    const entry: {
      from: JudgementSource;
      ratings: Ratings;
      interventionLevel?: InterventionLevel;
      interventionLevelRationale?: string;
    } = {
      from: { kind: 'review', reviewId: r.id, on: outcome.completedOn },
      ratings: outcome.ratings,
    };
    if (outcome.interventionLevel !== undefined)
      entry.interventionLevel = outcome.interventionLevel;
    if (outcome.interventionLevelRationale !== undefined) {
      entry.interventionLevelRationale = outcome.interventionLevelRationale;
    }
    insertByDate(entries, entry);
  }
  byDate.set(key, entries);
  return entries;
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
