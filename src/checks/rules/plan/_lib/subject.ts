/**
 * What the plan rules look at: the plan version under check, the assessment it rests on, and
 * objectives and actions as updated during delivery.
 * @internal
 */
import {
  actionStatusUpdates,
  currentPlan,
  latestAssessment,
  objectiveProgressUpdates,
  signedOffAssessment,
} from '../../../../lifecycle/derive.js';
import type { CaseRecord, PlanVersionRecord } from '../../../../lifecycle/record.js';
import type { Assessment } from '../../../../model/assessment.js';
import type { IsoDate } from '../../../../model/dates.js';
import type { Objective, PlanAction } from '../../../../model/plan.js';

/** @internal The plan version the checks judge: the active one, else the newest draft. */
export const planUnderCheck = (record: CaseRecord): PlanVersionRecord | undefined =>
  currentPlan(record);

/** @internal The assessment the plan rests on: the newest signed off, else the newest written. */
export function assessmentUnderCheck(record: CaseRecord): Assessment | undefined {
  return signedOffAssessment(record)?.assessment ?? latestAssessment(record)?.assessment;
}

/** @internal The day a plan version starts: its activation, else the day it was drafted. */
export const planStart = (version: PlanVersionRecord): IsoDate =>
  version.activatedOn ?? version.drafted.on;

/**
 * @internal Answers computed once per case record and plan version: records are immutable, so
 * the many rules that ask the same question of one case share the answer.
 */
function memo<T>(compute: (record: CaseRecord, version: PlanVersionRecord) => T) {
  const cache = new WeakMap<CaseRecord, WeakMap<PlanVersionRecord, T>>();
  return (record: CaseRecord, version: PlanVersionRecord): T => {
    let byVersion = cache.get(record);
    if (!byVersion) {
      byVersion = new WeakMap();
      cache.set(record, byVersion);
    }
    if (byVersion.has(version)) return byVersion.get(version) as T;
    const value = compute(record, version);
    byVersion.set(version, value);
    return value;
  };
}

/**
 * @internal The version's objectives as they stand now (each as `objectiveNow` gives it), without
 * withdrawn ones; the updates are read once for all of them.
 */
export const liveObjectives: (
  record: CaseRecord,
  version: PlanVersionRecord,
) => readonly Objective[] = memo((record, version) => {
  const progress = objectiveProgressUpdates(record, version.version);
  const out: Objective[] = [];
  for (const o of version.plan.objectives) {
    const p = progress.get(o.id);
    const status = p?.status ?? o.status;
    const achievement = p?.achievement ?? o.achievement;
    const now =
      status === o.status && achievement === o.achievement ? o : { ...o, status, achievement };
    if (now.status !== 'withdrawn') out.push(now);
  }
  return out;
});

/** @internal Objectives being worked on now: active or proposed (not paused, completed or withdrawn). */
export const isActiveObjective = (o: Objective): boolean =>
  o.status === 'active' || o.status === 'proposed';

/**
 * @internal The status of each of the version's actions as delivery updated it (absent for an
 * action never updated): `actionStatuses(record, v).get(a.id) ?? a.status` is
 * `actionNow(record, v.version, a.id)?.status`, for every action at the cost of one pass.
 */
export const actionStatuses: (
  record: CaseRecord,
  version: PlanVersionRecord,
) => ReadonlyMap<string, PlanAction['status']> = memo((record, version) =>
  actionStatusUpdates(record, version.version),
);

/** @internal The version's actions as they stand now (as `actionNow` gives them), without cancelled ones. */
export const liveActions: (
  record: CaseRecord,
  version: PlanVersionRecord,
) => readonly PlanAction[] = memo((record, version) => {
  const statuses = actionStatuses(record, version);
  const out: PlanAction[] = [];
  for (const a of version.plan.actions) {
    const status = statuses.get(a.id) ?? a.status;
    const now = status === a.status ? a : { ...a, status };
    if (now.status !== 'cancelled') out.push(now);
  }
  return out;
});
