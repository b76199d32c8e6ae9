import { filter, find, some } from '../_lib/lists.js';
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
  return filter(record.plans, (p) => p.drafted.on <= asOf).map(({ version }) => {
    const agreement = find(agreements, (a) => a.planVersion === version)?.status;
    const plans = (m: InvitationEntry) => plannedVersion(record, m, asOf) === version;
    return {
      planVersion: version,
      invited: some(lists.invitations, plans) || some(lists.attendance, plans),
      attended: some(lists.attendance, (a) => a.attended && plans(a)),
      viewsRecorded: some(lists.views, (v) => v.planVersion === version),
      ...(agreement !== undefined && { agreement }),
      copyGiven: some(lists.copiesGiven, (c) => c.planVersion === version),
    };
  });
}
