import { activePlan, signedOffAssessment } from '../../../lifecycle/derive.js';
import type { Assessment, Ratings } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import { type ObjectiveProgress, referralStatus } from '../../../model/delivery.js';
import { isCourtOrder } from '../../../model/disposal/index.js';
import type { ReviewDecision, ReviewTrigger } from '../../../model/review.js';
import type { CaseWriter, PayloadOf } from '../caseWriter.js';
import type { Choices } from '../choices.js';
import { addDays } from '../days.js';
import { finalAchievement, objectivesNow, planNow, progressed } from '../progress.js';
import { type CaseSetup, involvable } from '../setup.js';
import { writeAssessment } from './assessment.js';
import { writeMeeting } from './involvement.js';
import { type PlanningStage, type PlanningStep, writePlanVersion } from './planning.js';

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
  /** Held at a youth offender panel meeting the child attends, recorded as that contact. */
  readonly atPanel?: boolean;
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
  if (step.atPanel) {
    w.add('contact.recorded', on, {
      contact: {
        id: w.nextId('c'),
        date: on,
        kind: 'panel-meeting',
        attendance: 'attended',
        objectiveIds: [],
        deliveredBy: { kind: 'yos', role: 'panel' },
      },
    });
  }
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

/**
 * @internal What a review's decision leads to: for `reassess` a reassessment (the previous
 * factors kept) signed off before the new plan version; for `revise-plan` and `reassess` a plan
 * version revised from the plan as it stands, for the reason the trigger and decision give.
 */
export function writeReviewFollowUp(
  w: CaseWriter,
  setup: CaseSetup,
  step: Pick<ReviewStep, 'trigger' | 'decision' | 'completedOn' | 'choices'> & {
    /** How far the new plan version goes (default: active). */
    readonly until?: PlanningStage;
    /** The new plan version's activation day and review date, where not the typical ones. */
    readonly plan?: Pick<PlanningStep, 'activatedOn'> & { readonly nextReviewDate?: IsoDate };
  },
): void {
  const c = step.choices;
  if (step.decision !== 'revise-plan' && step.decision !== 'reassess') return;
  let assessment: Assessment | undefined = signedOffAssessment(w.record)?.assessment;
  let after = step.completedOn;
  if (step.decision === 'reassess' && assessment) {
    const result = writeAssessment(w, setup, {
      id: w.nextId('a'),
      kind: isCourtOrder(setup.disposal) ? 'reassessment' : 'out-of-court',
      start: addDays(after, c.int(1, 3)),
      choices: c,
      previous: assessment,
    });
    assessment = result.assessment;
    after = result.signedOffOn;
  }
  if (!assessment || w.stopped) return;
  const previous = planNow(w.record);
  writePlanVersion(w, setup, {
    version: w.record.plans.length + 1,
    reason:
      step.decision === 'reassess'
        ? 'change-in-risk'
        : step.trigger === 'new-offence' || step.trigger === 'new-order'
          ? step.trigger
          : 'review',
    assessment,
    start: addDays(after, c.int(1, 4)),
    choices: c,
    ...(previous && { previous }),
    until: step.until,
    activatedOn: step.plan?.activatedOn,
    ...(step.plan?.nextReviewDate !== undefined && {
      overrides: { nextReviewDate: step.plan.nextReviewDate },
    }),
  });
}

/**
 * @internal The end of the work: open actions finished (done, or not delivered with the reason:
 * still on a waiting list, or the child unwilling; work that slipped left as it stood), started
 * referrals completed, and the review that decides to close.
 */
export function writeClosingReview(
  w: CaseWriter,
  setup: CaseSetup,
  step: Pick<
    ReviewStep,
    'trigger' | 'triggeredOn' | 'completedOn' | 'dueBy' | 'engagement' | 'choices'
  >,
): void {
  const { choices: c, triggeredOn: on } = step;
  const waiting = new Set(
    w.record.referrals.filter((r) => referralStatus(r) === 'waiting-list').map((r) => r.actionId),
  );
  for (const action of planNow(w.record)?.actions ?? []) {
    if (action.status !== 'planned' && action.status !== 'in-progress') continue;
    if (setup.shortfalls?.has('actionsSlip') && action.deliversRequirement === undefined) continue;
    const stillWaiting = action.status === 'planned' && waiting.has(action.id);
    const delivered = !stillWaiting && (action.deliversRequirement !== undefined || c.chance(0.9));
    w.add('action.statusChanged', on, {
      actionId: action.id,
      on,
      ...(delivered
        ? { status: 'done' as const }
        : {
            status: 'not-delivered' as const,
            notDelivered: { reason: stillWaiting ? 'waiting-list' : 'child-unwilling' },
          }),
    });
  }
  for (const referral of w.record.referrals) {
    if (referralStatus(referral) !== 'started') continue;
    w.add('referral.updated', on, {
      referralId: referral.id,
      on,
      status: 'completed',
      note: 'Work finished with the case',
    });
  }
  writeReview(w, setup, { ...step, decision: 'close' });
}

/** @internal Closes the case on `on`, with the active plan's exit plan. */
export function writeClosed(
  w: CaseWriter,
  on: IsoDate,
  reason: PayloadOf<'case.closed'>['reason'],
): boolean {
  const exitPlan = activePlan(w.record)?.plan.exitPlan;
  return w.add('case.closed', on, { on, reason, ...(exitPlan && { exitPlan }) });
}

/** @internal The case transferred on `on` to another youth justice service (the family moved). */
export function writeTransferred(w: CaseWriter, on: IsoDate): boolean {
  return w.add('case.transferred', on, {
    on,
    to: 'Another youth justice service',
    reason: 'The family moved to another local authority area',
  });
}
