/**
 * The review schedule the delivery rules share.
 * @internal
 */

import type { CaseState } from '../../../../lifecycle/state.js';
import type { IsoDate } from '../../../../model/dates.js';
import type { ReviewPolicy } from '../../../../policy/reviewPolicy.js';
import { scheduleFor } from '../../../../schedule/reviewSchedule.js';
import type { ReviewSchedule } from '../../../../schedule/types.js';

const schedules = new WeakMap<ReviewPolicy, WeakMap<CaseState, Map<IsoDate, ReviewSchedule>>>();

/**
 * @internal The case's review schedule at `asOf` under the review policy, worked out once for
 * all the rules that read it (states and resolved policies are immutable, so the answer never
 * goes stale).
 *
 * @example
 * caseSchedule(state, asOf, policy.reviews).scheduled.filter((s) => s.overdue);
 */
export function caseSchedule(
  state: CaseState,
  asOf: IsoDate,
  policy: ReviewPolicy,
): ReviewSchedule {
  let byState = schedules.get(policy);
  if (!byState) {
    byState = new WeakMap();
    schedules.set(policy, byState);
  }
  let byDate = byState.get(state);
  if (!byDate) {
    byDate = new Map();
    byState.set(state, byDate);
  }
  let schedule = byDate.get(asOf);
  if (!schedule) {
    schedule = scheduleFor(state, asOf, policy);
    byDate.set(asOf, schedule);
  }
  return schedule;
}
