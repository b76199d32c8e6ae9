import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import { plannedVersion } from './attribution.js';
import type { InvolvementSummary, Participation, PersonInvolvement } from './types.js';

const participation = (
  people: readonly PersonInvolvement[],
  tookPart: (p: PersonInvolvement) => boolean,
): Participation => {
  const personIds = people.filter(tookPart).map((p) => p.personId);
  return { tookPart: personIds.length > 0, personIds };
};

/**
 * @internal Took part in the assessment: attended an assessment meeting, or their views are in
 * an assessment.
 */
export function assessmentParticipation(people: readonly PersonInvolvement[]): Participation {
  return participation(
    people,
    (p) =>
      p.attendance.some((a) => a.attended && a.meeting === 'assessment') ||
      p.views.some((v) => v.source === 'assessment'),
  );
}

/**
 * @internal Took part in planning a version: attended its planning meeting or panel, gave views
 * for it, or has an agreement status for it.
 */
export function planningParticipation(
  record: CaseRecord,
  people: readonly PersonInvolvement[],
  asOf: IsoDate,
): InvolvementSummary['planning'] {
  return record.plans
    .filter((plan) => plan.drafted.on <= asOf)
    .map(({ version }) => ({
      planVersion: version,
      ...participation(
        people,
        (p) =>
          p.attendance.some((a) => a.attended && plannedVersion(record, a, asOf) === version) ||
          p.views.some((v) => v.planVersion === version) ||
          p.agreements.some((a) => a.planVersion === version),
      ),
    }));
}

/**
 * @internal Took part in a review: attended a review meeting naming it (or, naming none, held
 * while it was open), attended the youth offender panel meeting that held it (a panel record
 * naming the review), or gave views recorded in it or for it.
 */
export function reviewParticipation(
  record: CaseRecord,
  people: readonly PersonInvolvement[],
  asOf: IsoDate,
): InvolvementSummary['reviews'] {
  return record.reviews
    .filter((r) => r.triggered.on <= asOf)
    .map((review) => {
      const completedOn =
        review.outcome && review.outcome.completedOn <= asOf
          ? review.outcome.completedOn
          : undefined;
      const end = completedOn ?? asOf;
      return {
        reviewId: review.id,
        triggeredOn: review.triggered.on,
        ...(completedOn !== undefined && { completedOn }),
        ...participation(
          people,
          (p) =>
            p.attendance.some(
              (a) =>
                a.attended &&
                ((a.meeting === 'review' &&
                  (a.reviewId === undefined
                    ? review.triggered.on <= a.on && a.on <= end
                    : a.reviewId === review.id)) ||
                  (a.meeting === 'panel' && a.reviewId === review.id)),
            ) || p.views.some((v) => v.reviewId === review.id),
        ),
      };
    });
}
