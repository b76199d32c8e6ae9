import type { InvolvementEntry } from '../lifecycle/record.js';
import type { InvolvementRecord } from '../model/involvement.js';
import type { PersonInvolvement } from './types.js';

/** @internal The lists a person's standing records are filed into (agreements are merged apart). */
export type RecordLists = {
  -readonly [K in
    | 'invitations'
    | 'attendance'
    | 'views'
    | 'copiesGiven'
    | 'support'
    | 'parentingContracts'
    | 'parentingOrders'
    | 'contactAttempts'
    | 'notInvolved']: PersonInvolvement[K][number][];
};

const concerns = (r: InvolvementRecord) => ({
  ...(r.planVersion !== undefined && { planVersion: r.planVersion }),
  ...(r.reviewId !== undefined && { reviewId: r.reviewId }),
});

const RESPONSE = {
  'support-offered': 'offered',
  'support-accepted': 'accepted',
  'support-declined': 'declined',
} as const;

/** Files one record into its list. `plan-agreement` records go to the agreements instead. */
function file(lists: RecordLists, { record: r, recordedBy }: InvolvementEntry): void {
  const at = { recordId: r.id, on: r.on, recordedBy };
  switch (r.kind) {
    case 'invited':
      lists.invitations.push({ ...at, meeting: r.meeting, ...concerns(r) });
      return;
    case 'attended':
      lists.attendance.push({ ...at, meeting: r.meeting, ...concerns(r), attended: true });
      return;
    case 'did-not-attend':
      lists.attendance.push({
        ...at,
        meeting: r.meeting,
        ...concerns(r),
        attended: false,
        reason: r.reason,
      });
      return;
    case 'views-recorded':
      lists.views.push({
        source: 'involvement-record',
        recordId: r.id,
        ...concerns(r),
        recordedBy,
        ...r.views,
      });
      return;
    case 'plan-agreement':
      return;
    case 'plan-copy-given':
      lists.copiesGiven.push({
        ...at,
        planVersion: r.planVersion,
        ...(r.sharingOverride && { sharingOverride: r.sharingOverride }),
      });
      return;
    case 'support-offered':
    case 'support-accepted':
    case 'support-declined':
      lists.support.push({
        ...at,
        ...concerns(r),
        response: RESPONSE[r.kind],
        support: r.support,
        ...(r.detail !== undefined && { detail: r.detail }),
      });
      return;
    case 'parenting-contract-agreed':
      lists.parentingContracts.push({ ...at, until: r.until });
      return;
    case 'parenting-order-made':
      lists.parentingOrders.push({ ...at, months: r.months, programmeMonths: r.programmeMonths });
      return;
    case 'could-not-contact':
      lists.contactAttempts.push({ ...at, ...concerns(r), attempts: r.attempts });
      return;
    case 'not-involved':
      lists.notInvolved.push({ ...at, reason: r.reason, rationale: r.rationale });
      return;
  }
}

/**
 * @internal Files each record into exactly one list, in log order, with who recorded it.
 * `plan-agreement` records are left to `agreementEntries`, which lists each of them once as
 * agreement evidence.
 */
export function recordLists(entries: readonly InvolvementEntry[]): RecordLists {
  const lists: RecordLists = {
    invitations: [],
    attendance: [],
    views: [],
    copiesGiven: [],
    support: [],
    parentingContracts: [],
    parentingOrders: [],
    contactAttempts: [],
    notInvolved: [],
  };
  for (const e of entries) file(lists, e);
  return lists;
}
