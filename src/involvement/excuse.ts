import type { IsoDate } from '../model/dates.js';
import type { InvolvementRecord } from '../model/involvement.js';
import type { ParentCarer } from '../model/parentCarer.js';
import { noContactOn } from '../model/restrictions.js';
import type { Excuse } from './types.js';

/**
 * Why a person is not expected to be involved on a date, if they are not: a no-contact
 * restriction that applies that day, or a `not-involved` / `could-not-contact` record that is
 * the person's newest record on or before that day. Any later record (an invitation, views,
 * support...) shows the person involved again, so the excuse lapses.
 *
 * @param records the person's standing (not invalidated) records, in log order.
 * @example
 * excuseOn(father, fatherRecords, '2025-09-24'); // { kind: 'no-contact-restriction' }
 */
export function excuseOn(
  person: ParentCarer,
  records: readonly InvolvementRecord[],
  on: IsoDate,
): Excuse | undefined {
  if (noContactOn(person, on)) return { kind: 'no-contact-restriction' };
  let newest: InvolvementRecord | undefined;
  for (const r of records) {
    if (r.on <= on && (newest === undefined || r.on >= newest.on)) newest = r;
  }
  if (newest?.kind === 'not-involved') {
    return { kind: 'not-involved', recordId: newest.id, reason: newest.reason };
  }
  if (newest?.kind === 'could-not-contact')
    return { kind: 'could-not-contact', recordId: newest.id };
  return undefined;
}
