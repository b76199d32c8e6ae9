/**
 * What the plan rules look at: the plan version under check, the assessment it rests on, and
 * objectives and actions as updated during delivery.
 * @internal
 */
import {
  actionNow,
  currentPlan,
  latestAssessment,
  objectiveNow,
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

/** @internal The version's objectives as they stand now, without withdrawn ones. */
export const liveObjectives: (
  record: CaseRecord,
  version: PlanVersionRecord,
) => readonly Objective[] = memo((record, version) => {
  const out: Objective[] = [];
  for (const o of version.plan.objectives) {
    const now = objectiveNow(record, version.version, o.id) ?? o;
    if (now.status !== 'withdrawn') out.push(now);
  }
  return out;
});

/** @internal Objectives being worked on now: active or proposed (not paused, completed or withdrawn). */
export const isActiveObjective = (o: Objective): boolean =>
  o.status === 'active' || o.status === 'proposed';

/** @internal The version's actions as they stand now, without cancelled ones. */
export const liveActions: (
  record: CaseRecord,
  version: PlanVersionRecord,
) => readonly PlanAction[] = memo((record, version) => {
  const out: PlanAction[] = [];
  for (const a of version.plan.actions) {
    const now = actionNow(record, version.version, a.id) ?? a;
    if (now.status !== 'cancelled') out.push(now);
  }
  return out;
});
