import { ageOn } from '../_lib/calendar.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { InvolvementSummary, PersonInvolvement } from './types.js';

/**
 * The parents and carers the checks expect to be involved on the summary date: expected by role
 * (see `expectedToBeInvolved`) and with no excuse (no-contact restriction, recorded reason, or
 * failed contact not since overtaken).
 *
 * @example
 * expectedNow(summary).map((p) => p.personId); // ['pc-mum']
 */
export function expectedNow(summary: InvolvementSummary): PersonInvolvement[] {
  return summary.people.filter((p) => p.expected && p.excused === undefined);
}

/**
 * Whether the checks expect parents/carers to be involved with a step taken on a date: the child
 * was under the policy's age then.
 *
 * @example
 * involvementExpectedOn(state.record, '2025-09-22', 18); // true for a 15-year-old
 */
export function involvementExpectedOn(record: CaseRecord, on: IsoDate, belowAge: number): boolean {
  return ageOn(record.child.dateOfBirth, on) < belowAge;
}
