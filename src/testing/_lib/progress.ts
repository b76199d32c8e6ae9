import { addMonths, minDate } from '../../_lib/calendar.js';
import { actionNow, activePlan, objectiveNow } from '../../lifecycle/derive.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { IsoDate } from '../../model/dates.js';
import type { Achievement, InterventionPlan, Objective } from '../../model/plan.js';
import type { Choices } from './choices.js';

/** @internal The active plan's objectives, with their status and achievement as they now stand. */
export function objectivesNow(record: CaseRecord): Objective[] {
  const plan = activePlan(record);
  if (!plan) return [];
  return plan.plan.objectives.map((o) => objectiveNow(record, plan.version, o.id) ?? o);
}

/** @internal The active plan with every objective and action as it now stands: what a revision starts from. */
export function planNow(record: CaseRecord): InterventionPlan | undefined {
  const plan = activePlan(record);
  if (!plan) return undefined;
  return {
    ...plan.plan,
    objectives: objectivesNow(record),
    actions: plan.plan.actions.map((a) => actionNow(record, plan.version, a.id) ?? a),
  };
}

const LADDER: readonly Achievement[] = ['not-started', 'in-progress', 'improving', 'achieved'];

/**
 * @internal How an objective moves on between reviews: usually one step up the ladder
 * (not started, in progress, improving, achieved), less often when the child is less engaged.
 */
export function progressed(
  current: Achievement,
  engagement: number,
  choices: Choices,
): Achievement {
  const i = LADDER.indexOf(current);
  if (i < 0 || i === LADDER.length - 1) return current;
  return choices.chance(engagement) ? (LADDER[i + 1] as Achievement) : current;
}

/** @internal The achievement judged at the end: what was reached, partly reached, or not. */
export function finalAchievement(current: Achievement, choices: Choices): Achievement {
  switch (current) {
    case 'achieved':
    case 'partly-achieved':
    case 'not-achieved':
    case 'no-longer-relevant':
      return current;
    case 'improving':
      return choices.chance(0.5) ? 'achieved' : 'partly-achieved';
    case 'in-progress':
      return choices.chance(0.6) ? 'partly-achieved' : 'not-achieved';
    default:
      return 'not-achieved';
  }
}

/**
 * @internal When the next review is due: the date set by the newest of the last completed
 * review and the active plan version (whichever was recorded later).
 */
export function nextReviewDue(record: CaseRecord): string | undefined {
  const plan = activePlan(record);
  let due = plan?.plan.nextReviewDate;
  const since = plan?.activatedOn ?? '';
  for (const r of record.reviews) {
    const outcome = r.outcome;
    if (outcome?.nextReviewDate !== undefined && outcome.completedOn >= since) {
      due = outcome.nextReviewDate;
    }
  }
  return due;
}

/** @internal The review after one on `on`: `months` later, or when supervision ends if sooner. */
export function reviewAfter(supervisionEnds: IsoDate, on: IsoDate, months = 3): IsoDate {
  const next = addMonths(on, months);
  return supervisionEnds > on ? minDate(next, supervisionEnds) : next;
}
