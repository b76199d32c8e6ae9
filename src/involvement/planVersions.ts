import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import { plannedVersion } from './attribution.js';
import type { RecordLists } from './recordLists.js';
import type { AgreementEntry, InvitationEntry, PlanVersionInvolvement } from './types.js';

/**
 * @internal A person's involvement with each plan version drafted by `asOf`, at a glance:
 * invited to and attended its planning meeting or panel, views given for it, agreement, copy.
 */
export function planVersionInvolvement(
  record: CaseRecord,
  lists: RecordLists,
  agreements: readonly AgreementEntry[],
  asOf: IsoDate,
): PlanVersionInvolvement[] {
  return record.plans
    .filter((p) => p.drafted.on <= asOf)
    .map(({ version }) => {
      const agreement = agreements.find((a) => a.planVersion === version)?.status;
      const plans = (m: InvitationEntry) => plannedVersion(record, m, asOf) === version;
      return {
        planVersion: version,
        invited: lists.invitations.some(plans) || lists.attendance.some(plans),
        attended: lists.attendance.some((a) => a.attended && plans(a)),
        viewsRecorded: lists.views.some((v) => v.planVersion === version),
        ...(agreement !== undefined && { agreement }),
        copyGiven: lists.copiesGiven.some((c) => c.planVersion === version),
      };
    });
}
