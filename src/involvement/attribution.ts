import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { MeetingKind } from '../model/involvement.js';

/** @internal Meetings where the plan is made or agreed. */
export const PLANNING_MEETINGS: readonly MeetingKind[] = ['planning-meeting', 'panel'];

/**
 * @internal The plan version a planning meeting or panel concerns: the version the record names,
 * else the newest version drafted on or before the meeting's record date (agreement follows a
 * draft), else the first version (a meeting before any draft plans version 1). Undefined for
 * other meetings, for a panel record naming a review and no version (a progress meeting, not
 * planning), or when the case has no plan version on or before `asOf`.
 */
export function plannedVersion(
  record: CaseRecord,
  entry: {
    readonly meeting: MeetingKind;
    readonly on: IsoDate;
    readonly planVersion?: number;
    readonly reviewId?: string;
  },
  asOf: IsoDate,
): number | undefined {
  if (!PLANNING_MEETINGS.includes(entry.meeting)) return undefined;
  if (entry.planVersion !== undefined) return entry.planVersion;
  if (entry.reviewId !== undefined) return undefined;
  let version: number | undefined;
  for (const p of record.plans) {
    if (p.drafted.on > asOf) break;
    if (version === undefined || p.drafted.on <= entry.on) version = p.version;
  }
  return version;
}
