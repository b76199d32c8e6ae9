import type { Ratings } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import type { ObjectiveProgress } from '../../../model/delivery.js';
import type { ReviewDecision, ReviewTrigger } from '../../../model/review.js';
import type { CaseWriter } from '../caseWriter.js';
import type { Choices } from '../choices.js';
import { finalAchievement, objectivesNow, progressed } from '../progress.js';
import { type CaseSetup, involvable } from '../setup.js';
import { writeMeeting } from './involvement.js';

/** @internal What the review step needs beyond the case. */
export interface ReviewStep {
  readonly trigger: ReviewTrigger;
  readonly triggeredOn: IsoDate;
  readonly completedOn: IsoDate;
  readonly dueBy: IsoDate;
  readonly decision: ReviewDecision;
  readonly nextReviewDate?: IsoDate;
  /** How likely each objective moves one step on (0 to 1). */
  readonly engagement: number;
  readonly choices: Choices;
  readonly detail?: string;
  /** The ratings as the review re-rated them, where it did. */
  readonly ratings?: Ratings;
}

const RATIONALE: Record<ReviewDecision, string> = {
  continue: 'Progress is steady; the plan stays as it is',
  'revise-plan': 'Circumstances have changed: the plan needs a new version',
  reassess: 'Risk and needs have changed enough to need a fresh assessment',
  close: 'The work of the disposal is done; exit plan agreed',
};

/**
 * @internal Writes a review: triggered, parents/carers invited, each active objective's progress
 * judged (and recorded on the objective, which is completed when achieved), then the outcome
 * with the child's and parents'/carers' views and the decision. Returns the review id.
 */
export function writeReview(w: CaseWriter, setup: CaseSetup, step: ReviewStep): string {
  const reviewId = w.nextId('rv');
  const c = step.choices;
  const on = step.completedOn;
  w.add('review.triggered', step.triggeredOn, {
    reviewId,
    on: step.triggeredOn,
    trigger: step.trigger,
    dueBy: step.dueBy,
    ...(step.detail !== undefined && { detail: step.detail }),
  });
  const came = writeMeeting(w, involvable(setup.people), 'review', step.triggeredOn, on, c, {
    reviewId,
  });
  const progress: ObjectiveProgress[] = [];
  for (const o of objectivesNow(w.record)) {
    if (o.status !== 'active') continue;
    const next =
      step.decision === 'close'
        ? finalAchievement(o.achievement, c)
        : progressed(o.achievement, step.engagement, c);
    progress.push({
      objectiveId: o.id,
      on,
      achievement: next,
      evidence: 'Discussed at the review with the child',
    });
    if (next === 'achieved') {
      w.add('objective.statusChanged', on, {
        objectiveId: o.id,
        on,
        status: 'completed',
        evidence: 'Achieved: agreed at the review',
      });
    }
  }
  w.add('review.completed', on, {
    reviewId,
    outcome: {
      completedOn: on,
      progress,
      ...(step.ratings && { ratings: step.ratings }),
      childViews: { inOwnWords: 'It’s going alright. I want to keep going with it.', givenOn: on },
      parentCarerViews: [...came]
        .filter(([, attended]) => attended)
        .map(([personId]) => ({
          personId,
          views: { inOwnWords: 'Things are better at home than they were', givenOn: on },
        })),
      decision: step.decision,
      rationale: RATIONALE[step.decision],
      ...(step.decision !== 'close' &&
        step.nextReviewDate !== undefined && { nextReviewDate: step.nextReviewDate }),
    },
  });
  return reviewId;
}
