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

/**
 * Adds the plan version and review a record concerns, when it names them, to an entry being
 * built. Entries are built field by field rather than spread together: on Node 20 spreading a
 * fresh object into another costs about a microsecond, and a caseload files many records.
 */
function withConcerns<T extends object>(entry: T, r: InvolvementRecord): T {
  const out = entry as T & { planVersion?: number; reviewId?: string };
  if (r.planVersion !== undefined) out.planVersion = r.planVersion;
  if (r.reviewId !== undefined) out.reviewId = r.reviewId;
  return out;
}

const RESPONSE = {
  'support-offered': 'offered',
  'support-accepted': 'accepted',
  'support-declined': 'declined',
} as const;

/**
 * Files one record into its list. `plan-agreement` records go to the agreements instead. Each
 * entry starts with `recordId`, `on` and `recordedBy`, then what its kind records, in the order
 * the entry types declare.
 */
function file(lists: RecordLists, { record: r, recordedBy }: InvolvementEntry): void {
  switch (r.kind) {
    case 'invited':
      lists.invitations.push(
        withConcerns({ recordId: r.id, on: r.on, recordedBy, meeting: r.meeting }, r),
      );
      return;
    case 'attended': {
      const entry = withConcerns({ recordId: r.id, on: r.on, recordedBy, meeting: r.meeting }, r);
      lists.attendance.push(Object.assign(entry, { attended: true as const }));
      return;
    }
    case 'did-not-attend': {
      const entry = withConcerns({ recordId: r.id, on: r.on, recordedBy, meeting: r.meeting }, r);
      lists.attendance.push(Object.assign(entry, { attended: false as const, reason: r.reason }));
      return;
    }
    case 'views-recorded':
      lists.views.push(
        Object.assign(
          withConcerns({ source: 'involvement-record' as const, recordId: r.id }, r),
          { recordedBy },
          r.views,
        ),
      );
      return;
    case 'plan-agreement':
      return;
    case 'plan-copy-given': {
      const entry = { recordId: r.id, on: r.on, recordedBy, planVersion: r.planVersion };
      lists.copiesGiven.push(
        r.sharingOverride ? Object.assign(entry, { sharingOverride: r.sharingOverride }) : entry,
      );
      return;
    }
    case 'support-offered':
    case 'support-accepted':
    case 'support-declined': {
      const entry = Object.assign(withConcerns({ recordId: r.id, on: r.on, recordedBy }, r), {
        response: RESPONSE[r.kind],
        support: r.support,
      });
      lists.support.push(
        r.detail !== undefined ? Object.assign(entry, { detail: r.detail }) : entry,
      );
      return;
    }
    case 'parenting-contract-agreed':
      lists.parentingContracts.push({ recordId: r.id, on: r.on, recordedBy, until: r.until });
      return;
    case 'parenting-order-made':
      lists.parentingOrders.push({
        recordId: r.id,
        on: r.on,
        recordedBy,
        months: r.months,
        programmeMonths: r.programmeMonths,
      });
      return;
    case 'could-not-contact':
      lists.contactAttempts.push(
        Object.assign(withConcerns({ recordId: r.id, on: r.on, recordedBy }, r), {
          attempts: r.attempts,
        }),
      );
      return;
    case 'not-involved':
      lists.notInvolved.push({
        recordId: r.id,
        on: r.on,
        recordedBy,
        reason: r.reason,
        rationale: r.rationale,
      });
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
