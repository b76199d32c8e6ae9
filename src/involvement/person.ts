import type { CaseRecord, InvolvementEntry } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { ParentCarer } from '../model/parentCarer.js';
import { planSharingRestrictions, restrictionsOn } from '../model/restrictions.js';
import { agreementEntries } from './agreement.js';
import { excuseOn } from './excuse.js';
import { planVersionInvolvement } from './planVersions.js';
import { recordLists } from './recordLists.js';
import { expectedToBeInvolved } from './roles.js';
import type { InvalidatedEntry, PersonInvolvement } from './types.js';
import { viewsInAssessmentsAndReviews } from './views.js';

/** Splits a person's entries dated by `asOf` into standing entries and invalidated ones. */
function split(entries: readonly InvolvementEntry[], asOf: IsoDate) {
  const standing: InvolvementEntry[] = [];
  const invalidated: InvalidatedEntry[] = [];
  for (const entry of entries) {
    const { record: r, invalidated: x } = entry;
    if (r.on > asOf) continue;
    if (!x) standing.push(entry);
    else {
      invalidated.push({
        recordId: r.id,
        kind: r.kind,
        on: r.on,
        recordedBy: entry.recordedBy,
        invalidatedOn: x.on,
        invalidatedBy: x.by,
        reason: x.reason,
      });
    }
  }
  return { standing, invalidated };
}

/**
 * @internal One person's involvement as of a date: every standing record of theirs dated on or
 * before `asOf` lands in exactly one list; invalidated ones are listed apart and never counted.
 */
export function personInvolvement(
  record: CaseRecord,
  person: ParentCarer,
  entries: readonly InvolvementEntry[],
  asOf: IsoDate,
): PersonInvolvement {
  const { standing, invalidated } = split(entries, asOf);
  const lists = recordLists(standing);
  lists.views.push(...viewsInAssessmentsAndReviews(record, person.id, asOf));
  const agreements = agreementEntries(record, person.id, standing, asOf);
  const excused = excuseOn(
    person,
    standing.map((e) => e.record),
    asOf,
  );
  return {
    personId: person.id,
    role: person.role,
    relationship: person.relationship,
    parentalResponsibility: person.parentalResponsibility,
    expected: expectedToBeInvolved(person),
    restrictions: restrictionsOn(person, asOf),
    planSharingRestricted: planSharingRestrictions(person, asOf).length > 0,
    ...(excused && { excused }),
    // Each list by name rather than `...lists`: spreading a fresh object first is slow on Node 20.
    invitations: lists.invitations,
    attendance: lists.attendance,
    views: lists.views,
    copiesGiven: lists.copiesGiven,
    support: lists.support,
    parentingContracts: lists.parentingContracts,
    parentingOrders: lists.parentingOrders,
    contactAttempts: lists.contactAttempts,
    notInvolved: lists.notInvolved,
    agreements,
    invalidated,
    byPlanVersion: planVersionInvolvement(record, lists, agreements, asOf),
    recordCount: standing.length,
  };
}
