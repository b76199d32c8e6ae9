import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import type { ViewsEntry } from './types.js';

/**
 * @internal A person's views given in assessments and reviews completed on or before `asOf`
 * (views recorded as involvement records are filed with the records).
 */
export function viewsInAssessmentsAndReviews(
  record: CaseRecord,
  personId: Id,
  asOf: IsoDate,
): ViewsEntry[] {
  const views: ViewsEntry[] = [];
  for (const a of record.assessments) {
    if (!a.assessment || a.assessment.completedOn > asOf) continue;
    for (const v of a.assessment.parentCarerViews) {
      if (v.personId === personId)
        views.push({
          source: 'assessment',
          assessmentId: a.id,
          recordedBy: a.assessment.completedBy,
          ...v.views,
        });
    }
  }
  for (const r of record.reviews) {
    if (!r.outcome || r.outcome.completedOn > asOf) continue;
    for (const v of r.outcome.parentCarerViews) {
      if (v.personId !== personId) continue;
      views.push({
        source: 'review',
        reviewId: r.id,
        ...(r.completedBy !== undefined && { recordedBy: r.completedBy }),
        ...v.views,
      });
    }
  }
  return views;
}
