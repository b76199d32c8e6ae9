import type { Id } from '../model/ids.js';
import type { Objective, PlanAction } from '../model/plan.js';
import type { AssessmentRecord, CaseRecord, PlanVersionRecord } from './record.js';

/**
 * The newest plan version, whatever its status (draft, signed off or active).
 *
 * @example
 * latestPlan(state.record)?.version; // 2
 */
export function latestPlan(record: CaseRecord): PlanVersionRecord | undefined {
  return record.plans[record.plans.length - 1];
}

/**
 * The plan version being delivered: the newest active one, if any.
 *
 * @example
 * activePlan(state.record)?.plan.objectives.length;
 */
export function activePlan(record: CaseRecord): PlanVersionRecord | undefined {
  for (let i = record.plans.length - 1; i >= 0; i--) {
    const p = record.plans[i];
    if (p?.status === 'active') return p;
  }
  return undefined;
}

/**
 * The plan version that checks and views look at: the active one, else the newest draft.
 *
 * @example
 * currentPlan(state.record)?.plan.nextReviewDate;
 */
export function currentPlan(record: CaseRecord): PlanVersionRecord | undefined {
  return activePlan(record) ?? latestPlan(record);
}

/**
 * The newest assessment record, whatever its status.
 *
 * @example
 * latestAssessment(state.record)?.status; // 'signed-off'
 */
export function latestAssessment(record: CaseRecord): AssessmentRecord | undefined {
  return record.assessments[record.assessments.length - 1];
}

/**
 * The newest assessment that a manager signed off: the one plans and checks rest on.
 *
 * @example
 * signedOffAssessment(state.record)?.assessment?.ratings.riskOfSeriousHarm;
 */
export function signedOffAssessment(record: CaseRecord): AssessmentRecord | undefined {
  for (let i = record.assessments.length - 1; i >= 0; i--) {
    const a = record.assessments[i];
    if (a?.status === 'signed-off') return a;
  }
  return undefined;
}

/**
 * An objective of a plan version, with its status and achievement as updated during delivery.
 * An objective carried into a revised version (same id) keeps the progress recorded under
 * earlier versions; the earlier version itself is never edited.
 *
 * @example
 * objectiveNow(state.record, 2, 'o-housing')?.achievement; // 'improving'
 */
export function objectiveNow(
  record: CaseRecord,
  planVersion: number,
  objectiveId: Id,
): Objective | undefined {
  const plan = record.plans.find((p) => p.version === planVersion);
  const objective = plan?.plan.objectives.find((o) => o.id === objectiveId);
  if (!objective) return undefined;
  let status = objective.status;
  let achievement = objective.achievement;
  for (const u of record.objectiveUpdates) {
    if (u.planVersion > planVersion || u.objectiveId !== objectiveId) continue;
    if (u.status) status = u.status;
    if (u.progress) achievement = u.progress.achievement;
  }
  return status === objective.status && achievement === objective.achievement
    ? objective
    : { ...objective, status, achievement };
}

/**
 * An action of a plan version, with its status as updated during delivery (carried forward
 * from earlier versions for an action kept under the same id).
 *
 * @example
 * actionNow(state.record, 1, 'act-3')?.status; // 'done'
 */
export function actionNow(
  record: CaseRecord,
  planVersion: number,
  actionId: Id,
): PlanAction | undefined {
  const plan = record.plans.find((p) => p.version === planVersion);
  const action = plan?.plan.actions.find((a) => a.id === actionId);
  if (!action) return undefined;
  let status = action.status;
  for (const u of record.actionUpdates) {
    if (u.planVersion <= planVersion && u.actionId === actionId) status = u.status;
  }
  return status === action.status ? action : { ...action, status };
}

/**
 * @internal What delivery updates say of the actions of a plan version, in one pass over the
 * updates: the newest status recorded for each action id under this version or an earlier one.
 * For an action of the version, `statuses.get(a.id) ?? a.status` is `actionNow(...)?.status`.
 *
 * @example
 * actionStatusUpdates(state.record, 2).get('act-3'); // 'done'
 */
export function actionStatusUpdates(
  record: CaseRecord,
  planVersion: number,
): Map<Id, PlanAction['status']> {
  const statuses = new Map<Id, PlanAction['status']>();
  for (const u of record.actionUpdates) {
    if (u.planVersion <= planVersion) statuses.set(u.actionId, u.status);
  }
  return statuses;
}

/**
 * @internal What delivery updates say of the objectives of a plan version, in one pass over the
 * updates: for each objective id, the newest status and achievement recorded under this version
 * or an earlier one (either may be missing). Applied as `objectiveNow` applies them.
 *
 * @example
 * objectiveProgressUpdates(state.record, 2).get('o-housing')?.achievement; // 'improving'
 */
export function objectiveProgressUpdates(
  record: CaseRecord,
  planVersion: number,
): Map<Id, { status?: Objective['status']; achievement?: Objective['achievement'] }> {
  const progress = new Map<
    Id,
    { status?: Objective['status']; achievement?: Objective['achievement'] }
  >();
  for (const u of record.objectiveUpdates) {
    if (u.planVersion > planVersion) continue;
    let now = progress.get(u.objectiveId);
    if (!now) {
      now = {};
      progress.set(u.objectiveId, now);
    }
    if (u.status) now.status = u.status;
    if (u.progress) now.achievement = u.progress.achievement;
  }
  return progress;
}

/**
 * Where a child stands on compliance, derived from the compliance log.
 *
 * @example
 * if (complianceStatus(state.record) === 'enforcement') showBreachPanel();
 */
export type ComplianceStatus = 'compliant' | 'warned' | 'enforcement' | 'reengaging';

/**
 * The compliance status, derived from the newest compliance entry: a warning leaves the child
 * warned, breach action starts enforcement, a breach outcome awaits re-engagement, and
 * re-engagement makes the child compliant again.
 *
 * @example
 * complianceStatus(state.record); // 'compliant'
 */
export function complianceStatus(record: CaseRecord): ComplianceStatus {
  const last = record.compliance[record.compliance.length - 1];
  switch (last?.kind) {
    case 'warning':
      return 'warned';
    case 'breach-action':
      return 'enforcement';
    case 'breach-outcome':
      return 'reengaging';
    default:
      return 'compliant';
  }
}

/** @internal Replaces the item with `id`, keeping order. */
export function replaceById<T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  update: (item: T) => T,
): T[] {
  return list.map((item) => (item.id === id ? update(item) : item));
}
